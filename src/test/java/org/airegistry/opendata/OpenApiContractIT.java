package org.airegistry.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiSamples;
import org.airegistry.gpai.GpaiService;
import org.airegistry.publication.Draft;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published OpenAPI description is what clients and linters expect (Art 71(4):
 * machine-readable): every operation declares public access and documents its problem
 * responses with their schema; and real answers of the running API validate against the
 * schemas it publishes, status by status. The description is also written to
 * {@code target/openapi.json} so that a linter can check it
 * ({@code npx @redocly/cli@2.77.0 lint target/openapi.json}).
 */
@PostgresTest
class OpenApiContractIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	GpaiService models;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	final JsonMapper json = JsonMapper.builder().build();

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	JsonNode spec() throws Exception {
		HttpResponse<String> response = get(OpenDataRoutes.OPENAPI);
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(response.body());
	}

	@Test
	@DisplayName("Art 71(4): every operation is public (security: []) and documents 4xx problem details with a schema")
	void everyOperationPublicWithProblems() throws Exception {
		JsonNode spec = spec();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String name = operation.getKey().toUpperCase() + " " + path.getKey();
				JsonNode security = operation.getValue().get("security");
				if (security == null || !security.isArray() || !security.isEmpty()) {
					problems.add(name + ": no explicit public security []");
				}
				List<String> fourXx = new ArrayList<>();
				operation.getValue().get("responses").properties().forEach(response -> {
					if (response.getKey().startsWith("4")) {
						fourXx.add(response.getKey());
						JsonNode schema = response.getValue()
							.path("content")
							.path("application/problem+json")
							.path("schema");
						if (!schema.path("$ref").asString("").equals("#/components/schemas/ProblemDetail")) {
							problems.add(name + " " + response.getKey() + ": no problem-details schema");
						}
					}
				});
				if (!fourXx.contains("429")) {
					problems.add(name + ": the rate limit (429) is not documented");
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(spec.path("components").path("schemas").path("ProblemDetail").path("properties").has("parameter"))
			.isTrue();
		Path target = Path.of("target", "openapi.json");
		Files.createDirectories(target.getParent());
		Files.writeString(target, spec.toString());
	}

	@Test
	@DisplayName("Art 71(4): real answers of the API validate against the schemas the description publishes")
	void responsesMatchThePublishedSchemas() throws Exception {
		String number = testData.publish(testData.provider(),
				TestData.sample("Contract System " + UUID.randomUUID().toString().substring(0, 8)));
		String model = testData.as(testData.provider(), () -> {
			Draft<GpaiModelId, GpaiModelData> draft = models
				.createDraft(GpaiSamples.systemic("Contract Model " + UUID.randomUUID().toString().substring(0, 8)));
			models.publish(draft.id(), draft.lockVersion(), "");
			return draft.id().value().toString();
		});
		JsonNode spec = spec();
		// the served description, held in memory under an address of its own (the default
		// schema loader fetches nothing from files or the network)
		String location = "https://registry.test/openapi.json";
		SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
				builder -> builder.schemas(Map.of(location, spec.toString())));

		record Call(String template, String path, int status) {
		}
		List<Call> calls = List.of(new Call("/api/v1/entries/{registrationNumber}", "/api/v1/entries/" + number, 200),
				new Call("/api/v1/entries/{registrationNumber}/versions", "/api/v1/entries/" + number + "/versions",
						200),
				new Call("/api/v1/entries/{registrationNumber}/versions/{version}",
						"/api/v1/entries/" + number + "/versions/1", 200),
				new Call("/api/v1/search", "/api/v1/search?q=Contract&size=5", 200),
				new Call("/api/v1/facets", "/api/v1/facets?q=Contract", 200),
				new Call("/api/v1/organisations", "/api/v1/organisations", 200),
				new Call("/api/v1/models/{id}", "/api/v1/models/" + model, 200),
				new Call("/api/v1/models/{id}/versions/{version}", "/api/v1/models/" + model + "/versions/1", 200),
				new Call("/api/v1/entries/{registrationNumber}", "/api/v1/entries/AIR-999999", 404),
				new Call("/api/v1/search", "/api/v1/search?size=1000", 400),
				new Call("/api/v1/entries/{registrationNumber}/versions/{version}",
						"/api/v1/entries/" + number + "/versions/abc", 400));
		List<String> problems = new ArrayList<>();
		for (Call call : calls) {
			HttpResponse<String> response = get(call.path());
			assertThat(response.statusCode()).as(call.path()).isEqualTo(call.status());
			JsonNode content = spec.path("paths")
				.path(call.template())
				.path("get")
				.path("responses")
				.path(String.valueOf(call.status()))
				.path("content");
			assertThat(content.isMissingNode()).as("documented: " + call).isFalse();
			String mediaType = content.properties().iterator().next().getKey();
			JsonNode schema = content.path(mediaType).path("schema");
			JsonNode body = json.readTree(response.body());
			String reference = schema.has("$ref") ? schema.get("$ref").asString()
					: schema.path("items").path("$ref").asString("");
			assertThat(reference).as("schema of " + call).startsWith("#/components/schemas/");
			Schema validator = registry.getSchema(SchemaLocation.of(location + reference));
			List<JsonNode> instances = new ArrayList<>();
			if (schema.has("$ref")) {
				instances.add(body);
			}
			else {
				body.forEach(instances::add);
			}
			for (JsonNode instance : instances) {
				List<Error> errors = validator.validate(instance.toString(), InputFormat.JSON);
				errors.forEach(error -> problems.add(call + ": " + error));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	@DisplayName("Art 71(4): the served Entry, Deployment and Model schemas have exactly the field dictionary's columns")
	void schemasAreTheDictionary() throws Exception {
		JsonNode schemas = spec().path("components").path("schemas");
		List<String> entry = new ArrayList<>();
		schemas.path("Entry").path("properties").properties().forEach(property -> entry.add(property.getKey()));
		List<String> expected = new ArrayList<>(
				java.util.Arrays.stream(ExportColumn.values()).map(DictionaryColumn::jsonName).toList());
		// whether a certificate has expired by now: the API's latest answer only (DD064)
		expected.add("certificateExpired");
		assertThat(entry).containsExactlyInAnyOrderElementsOf(expected);
		List<String> deployment = new ArrayList<>();
		schemas.path("Deployment")
			.path("properties")
			.properties()
			.forEach(property -> deployment.add(property.getKey()));
		assertThat(deployment).containsExactlyInAnyOrderElementsOf(
				java.util.Arrays.stream(DeploymentColumn.values()).map(DictionaryColumn::jsonName).toList());
		// the Model document nests the page's data: its paths are the dictionary's names
		List<String> model = new ArrayList<>();
		paths(schemas, schemas.path("Model"), "", model);
		List<String> expectedModel = new ArrayList<>(
				java.util.Arrays.stream(ModelColumn.values()).map(DictionaryColumn::jsonName).toList());
		// the version history: the API's answer for the latest version only
		expectedModel.add("versions");
		assertThat(model).containsExactlyInAnyOrderElementsOf(expectedModel);
	}

	/** The property paths of a schema, into the objects of this registry it refers to. */
	private static void paths(JsonNode schemas, JsonNode schema, String prefix, List<String> out) {
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			String reference = property.getValue().path("$ref").asString("");
			JsonNode referenced = schemas.path(reference.substring(reference.lastIndexOf('/') + 1));
			if (reference.startsWith("#/components/schemas/") && referenced.has("properties")) {
				paths(schemas, referenced, prefix + property.getKey() + ".", out);
			}
			else {
				out.add(prefix + property.getKey());
			}
		}
	}

}
