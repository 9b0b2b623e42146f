package org.airegistry.opendata.api;

import java.lang.reflect.RecordComponent;
import java.util.List;

import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.TrainingContentSummary;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: its title page, and what every operation shares and a client
 * generator or a linter expects spelt out (Redocly's recommended rules): the API is
 * public (an explicit empty {@code security} on every operation, Art 71(4): free access
 * without login), and every operation documents its problem responses (RFC 9457) with
 * their schema: 429 for the rate limit, 400 where it takes parameters, 404 where it takes
 * a path parameter.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM_SCHEMA = "ProblemDetail";

	static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

	@Bean
	OpenAPI openDataApi() {
		return new OpenAPI().info(new Info().title("AI Act Transparency Registry: open data API")
			.version("v1")
			.description("Read-only access to the public part of the registry (Art 71(4) AI Act): published entries, "
					+ "their version history, providers, facet counts, bulk downloads and Atom feeds. No login, free of "
					+ "charge, CORS open. Rate limited per client IP: over the limit the API answers 429 with Retry-After. "
					+ "Errors are RFC 9457 problem details (application/problem+json). Dates are ISO-8601 in UTC.")
			.license(new License().name("Public registry data")));
	}

	@Bean
	OpenApiCustomizer publicAccessAndProblemResponses() {
		return openApi -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				// public: no authentication at all
				operation.setSecurity(new ArrayList<>());
				ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
						: operation.getResponses();
				operation.setResponses(responses);
				responses.computeIfAbsent("429", code -> problem("Too many requests from this client; see Retry-After")
					.addHeaderObject("Retry-After",
							new Header().description("Seconds to wait before retrying").schema(new IntegerSchema())));
				boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
				boolean pathParameters = parameters
						&& operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
				if (parameters) {
					responses.computeIfAbsent("400",
							code -> problem("A parameter is missing, malformed or out of range"));
				}
				if (pathParameters) {
					responses.computeIfAbsent("404", code -> problem("Nothing published under this address"));
				}
				// every 4xx answer is a problem detail with its schema
				for (Map.Entry<String, ApiResponse> response : responses.entrySet()) {
					if (response.getKey().startsWith("4")) {
						response.getValue().setContent(problemContent());
					}
				}
			}));
		};
	}

	/**
	 * The GPAI model's data is a record of the gpai module, which knows nothing of
	 * OpenAPI: its components marked {@code @Nullable} may be null in real answers, and
	 * the published schema says so (types with "null", and null among an enum's values).
	 */
	@Bean
	OpenApiCustomizer nullableModelData() {
		return openApi -> {
			if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
				return;
			}
			for (Class<?> type : List.of(GpaiModelData.class, TrainingContentSummary.class)) {
				Schema<?> schema = openApi.getComponents().getSchemas().get(type.getSimpleName());
				if (schema == null || schema.getProperties() == null) {
					continue;
				}
				for (RecordComponent component : type.getRecordComponents()) {
					Schema<?> property = schema.getProperties().get(component.getName());
					if (property != null && component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
						nullable(property);
					}
				}
			}
		};
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void nullable(Schema property) {
		if (property.get$ref() != null) {
			return;
		}
		if (property.getTypes() == null || property.getTypes().isEmpty()) {
			if (property.getType() != null) {
				property.addType(property.getType());
			}
		}
		property.addType("null");
		if (property.getEnum() != null && !property.getEnum().contains(null)) {
			property.getEnum().add(null);
		}
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(problemContent());
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_MEDIA_TYPE,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
	}

	/** RFC 9457 problem details as this API writes them. */
	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().description("A URI reference identifying the problem type"))
			.addProperty("title", new StringSchema().description("Short summary of the problem type"))
			.addProperty("status", new IntegerSchema().description("The HTTP status code"))
			.addProperty("detail", new StringSchema().description("What went wrong with this request"))
			.addProperty("instance", new StringSchema().description("The request path"))
			.addProperty("parameter", new StringSchema().description("The offending parameter, for 400 answers"))
			.addProperty("registrationNumber", new StringSchema().description("The entry, for 451 answers"))
			.addProperty("notice", new StringSchema().description("The authority's public notice, for 451 answers"))
			.addProperty("suspendedSince", new StringSchema().description("Since when, for 451 answers"));
	}

}
