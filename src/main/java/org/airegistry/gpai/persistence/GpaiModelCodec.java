package org.airegistry.gpai.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.TrainingContentSummary;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Canonical JSON of model data (properties sorted, sets and maps in a fixed order), the
 * form each version is stored, hashed and downloaded in.
 */
@Component
public class GpaiModelCodec {

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	public String toJson(GpaiModelData data) {
		return mapper.writeValueAsString(data);
	}

	public String toJson(TrainingContentSummary summary) {
		return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(summary);
	}

	public GpaiModelData fromJson(String json) {
		return mapper.readValue(json, GpaiModelData.class);
	}

	public static String sha256(String json) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
