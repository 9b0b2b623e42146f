package org.airegistry.deployment.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.FriaData;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Canonical JSON (properties sorted, sets in enum order) of registrations and
 * assessments, and its SHA-256, as shown with each public version.
 */
@Component
public class DeploymentCodec {

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	public String toJson(DeploymentData data) {
		return mapper.writeValueAsString(data);
	}

	public DeploymentData deployment(String json) {
		return mapper.readValue(json, DeploymentData.class);
	}

	public String toJson(FriaData data) {
		return mapper.writeValueAsString(data);
	}

	public FriaData fria(String json) {
		return mapper.readValue(json, FriaData.class);
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
