package org.airegistry.registry.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.airegistry.registry.EntryData;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns entry data into the canonical JSON stored for each version (properties sorted,
 * sets in a fixed order) and back. The SHA-256 shown on public pages is taken over
 * exactly this JSON, so anyone can verify a downloaded version.
 */
@Component
public class EntryDataCodec {

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		// versions stored before a field was removed (e.g. by an amendment) stay readable
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// ... and fields added later read as their defaults
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	public String toJson(EntryData data) {
		return mapper.writeValueAsString(data);
	}

	public EntryData fromJson(String json) {
		return mapper.readValue(json, EntryData.class);
	}

	public static String sha256(String json) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
