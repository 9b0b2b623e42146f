package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentId;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaService;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.explanation.ComplainantKind;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiSamples;
import org.airegistry.gpai.GpaiService;
import org.airegistry.publication.Draft;
import org.airegistry.explanation.ComplaintService;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.NewExplanationRequest;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.Role;
import org.airegistry.explanation.NewComplaint;
import org.airegistry.moderation.InaccuracyReports;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.testsupport.ConsoleTestData;
import org.airegistry.testsupport.HostileInputs;
import org.airegistry.testsupport.HostileInputs.Input;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile test corpus ({@link HostileInputs}) against the running application on
 * PostgreSQL: every API parameter answers a 4xx problem document with a specific message
 * or a normal answer, never a 5xx; form services refuse with field messages or store the
 * value whole; stored hostile values come back exactly in API JSON, neutralised in CSV
 * cells and escaped in Atom XML.
 */
@PostgresTest
class HostileCorpusIT {

	/**
	 * Raw byte cases: a query string that is not percent-encoded UTF-8 or holds a NUL
	 * byte. {@link URI} refuses to build some of them (a lone {@code %}), so they are
	 * sent as raw HTTP ({@link #raw}). In a path, Tomcat refuses them before the
	 * application (see {@link #oversizedQueryAndNulPath}).
	 */
	static final Set<String> RAW_BYTES = Set.of("invalid UTF-8", "overlong UTF-8", "NUL", "percent alone");

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	InaccuracyReports reports;

	@Autowired
	ComplaintService complaints;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	final JsonMapper json = JsonMapper.builder().build();

	HttpResponse<String> get(String pathAndQuery) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** An HTTP answer read from a raw socket. */
	record RawAnswer(int statusCode, Optional<String> contentType, String body) {
	}

	/**
	 * Sends the request line exactly as given (HTTP/1.0, so the answer is neither chunked
	 * nor kept alive): bytes that {@link URI} would refuse reach the server.
	 */
	RawAnswer raw(String pathAndQuery) throws Exception {
		return raw(pathAndQuery.getBytes(StandardCharsets.US_ASCII));
	}

	/** Like {@link #raw(String)}, with the target's bytes exactly as given. */
	RawAnswer raw(byte[] target) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write("GET ".getBytes(StandardCharsets.US_ASCII));
			out.write(target);
			out.write((" HTTP/1.0\r\nHost: localhost:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = answer.indexOf("\r\n\r\n");
			String[] head = answer.substring(0, end).split("\r\n");
			Optional<String> type = Stream.of(head)
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
				.map(line -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst();
			return new RawAnswer(Integer.parseInt(head[0].split(" ")[1]), type, answer.substring(end + 4));
		}
	}

	static final List<String> SEARCH_PARAMETERS = List.of("q", "page", "size", "mode", "area", "point",
			"classification", "ms", "status", "provider", "deployer", "fria", "from", "to", "sort",
			// enumerated since DD091: the search's kind, the models' filters
			"kind", "modelType", "modality", "openSource", "systemicRisk");

	static final List<String> PATHS = List.of("/api/v1/entries/%s", "/api/v1/entries/AIR-000001/versions/%s",
			"/api/v1/models/%s", "/api/v1/feeds/annex-iii/%s.atom", "/api/v1/organisations/%s/feed.atom");

	void assertHandled(HttpResponse<String> response, String what) {
		assertHandled(
				new RawAnswer(response.statusCode(), response.headers().firstValue("Content-Type"), response.body()),
				what);
	}

	void assertHandled(RawAnswer response, String what) {
		assertThat(response.statusCode()).as(what).isLessThan(500);
		if (response.statusCode() >= 400 && response.statusCode() != 404) {
			assertThat(response.contentType()).as(what)
				.hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
			JsonNode problem = json.readTree(response.body());
			assertThat(problem.path("detail").asString()).as(what).isNotBlank();
		}
	}

	@TestFactory
	@DisplayName("Every search, facet and model parameter with every raw hostile value: a 4xx problem with a message or an answer, never a 5xx")
	Stream<DynamicTest> apiParameters() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String endpoint : List.of("/api/v1/search", "/api/v1/facets", "/api/v1/models")) {
			for (String parameter : SEARCH_PARAMETERS) {
				for (Input input : HostileInputs.RAW_QUERY) {
					tests.add(DynamicTest.dynamicTest(endpoint + "?" + parameter + "=" + input.name(),
							() -> assertHandled(raw(endpoint + "?" + parameter + "=" + input.value()),
									endpoint + " " + parameter + " " + input.name())));
				}
			}
		}
		for (String path : PATHS) {
			for (Input input : HostileInputs.RAW_QUERY) {
				if (RAW_BYTES.contains(input.name()) || input.value().length() > 1000) {
					continue;
				}
				String encoded = input.value().replace("/", "%2F");
				tests.add(DynamicTest.dynamicTest(path.formatted(input.name()),
						() -> assertHandled(get(path.formatted(encoded)), path + " " + input.name())));
			}
		}
		return tests.stream();
	}

	@TestFactory
	@DisplayName("Invalid UTF-8, overlong UTF-8, NUL and a lone % in the query: 400 with a problem document, never a 5xx")
	Stream<DynamicTest> malformedQueryBytes() {
		return HostileInputs.RAW_QUERY.stream()
			.filter(input -> RAW_BYTES.contains(input.name()))
			.flatMap(input -> Stream.of("/api/v1/search", "/api/v1/facets", "/api/v1/models")
				.map(endpoint -> DynamicTest.dynamicTest(endpoint + "?q=" + input.name(), () -> {
					RawAnswer response = raw(endpoint + "?q=" + input.value());
					assertThat(response.statusCode()).as(input.name()).isEqualTo(400);
					assertHandled(response, input.name());
				})));
	}

	@Test
	@DisplayName("Refused before an operation runs: an encoded slash in a path answers 400 with a problem document, not Tomcat's HTML page")
	void encodedSlashInPath() throws Exception {
		RawAnswer answer = raw("/api/v1/entries/a%2Fb");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.contentType())
			.hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		assertThat(problem.path("detail").asString()).contains("encoded slash");
	}

	static byte[] bytes(String ascii, int... more) {
		byte[] start = ascii.getBytes(StandardCharsets.US_ASCII);
		byte[] all = java.util.Arrays.copyOf(start, start.length + more.length);
		for (int i = 0; i < more.length; i++) {
			all[start.length + i] = (byte) more[i];
		}
		return all;
	}

	/**
	 * Addresses the container refuses before the application sees them: raw bytes that
	 * are not allowed in a request line (a NUL, bytes of broken UTF-8, a brace), broken
	 * percent-encoding, a query over 8 KB, a request line over the header limit.
	 */
	static final Map<String, byte[]> REFUSED_BY_CONTAINER = new LinkedHashMap<>();
	static {
		REFUSED_BY_CONTAINER.put("NUL byte in the path", bytes("/systems/AIR", 0, 'x'));
		REFUSED_BY_CONTAINER.put("broken UTF-8 in the path", bytes("/systems/caf", 0xC3, 0x28));
		REFUSED_BY_CONTAINER.put("byte 0xFF in the query", bytes("/search?q=", 0xFF));
		REFUSED_BY_CONTAINER.put("a brace in the path", bytes("/systems/{x}"));
		REFUSED_BY_CONTAINER.put("broken percent-encoding in the path", bytes("/systems/%ZZ"));
		REFUSED_BY_CONTAINER.put("a cut-off percent-encoding", bytes("/systems/a%"));
		REFUSED_BY_CONTAINER.put("a request line over the header limit", bytes("/search?q=" + "a".repeat(40 * 1024)));
	}

	@TestFactory
	@DisplayName("Refused by the container: a problem document under /api, the portal's error page elsewhere, never Tomcat's page")
	Stream<DynamicTest> refusedByTheContainer() {
		return REFUSED_BY_CONTAINER.entrySet().stream().flatMap(refused -> {
			byte[] page = refused.getValue();
			String pageText = new String(page, StandardCharsets.ISO_8859_1);
			byte[] api = ("/api/v1"
					+ (pageText.startsWith("/search") ? pageText : pageText.replace("/systems/", "/entries/")))
				.getBytes(StandardCharsets.ISO_8859_1);
			return Stream.of(DynamicTest.dynamicTest("/api: " + refused.getKey(), () -> {
				RawAnswer answer = raw(api);
				assertThat(answer.statusCode()).as(refused.getKey()).isEqualTo(400);
				assertThat(answer.contentType()).as(refused.getKey())
					.hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
				JsonNode problem = json.readTree(answer.body());
				assertThat(problem.path("status").asInt()).isEqualTo(400);
				assertThat(problem.path("detail").asString()).isNotBlank();
			}), DynamicTest.dynamicTest("page: " + refused.getKey(), () -> {
				RawAnswer answer = raw(page);
				assertThat(answer.statusCode()).as(refused.getKey()).isEqualTo(400);
				assertThat(answer.contentType()).as(refused.getKey())
					.hasValueSatisfying(type -> assertThat(type).contains("text/html"));
				assertThat(answer.body()).contains("This address cannot be read").doesNotContain("Tomcat");
			}));
		});
	}

	@Test
	@DisplayName("A query string over 8 KB, sent as raw bytes: 414 with a problem document under /api, the portal's page elsewhere")
	void rawLongQuery() throws Exception {
		String query = "?q=" + "a".repeat(9 * 1024);
		RawAnswer api = raw("/api/v1/search" + query);
		assertThat(api.statusCode()).isEqualTo(414);
		assertThat(api.contentType()).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
		RawAnswer page = raw("/search" + query);
		assertThat(page.statusCode()).isEqualTo(414);
		assertThat(page.body()).contains("This address is too long").doesNotContain("Tomcat");
	}

	@Test
	@DisplayName("A query string over 8 KB and a NUL byte in the path are answered without a 5xx")
	void oversizedQueryAndNulPath() throws Exception {
		HttpResponse<String> longQuery = get("/api/v1/search?q=" + "x".repeat(9000));
		assertThat(longQuery.statusCode()).isLessThan(500);
		HttpResponse<String> nul = get("/api/v1/entries/AIR%00");
		assertThat(nul.statusCode()).isLessThan(500);
	}

	@Test
	@DisplayName("A provider's entry made of hostile text: stored whole, exact in API JSON, neutralised in CSV, escaped in Atom XML")
	void hostileEntryRendersSafely() throws Exception {
		TestUser provider = testData.provider();
		String tradeName = "=HYPERLINK(\"http://evil.example\") <script>alert(1)</script> \u202Etxt.exe & ]]>";
		String number = testData.publish(provider, TestData.sample(tradeName));

		HttpResponse<String> api = get("/api/v1/entries/" + number);
		JsonNode entry = json.readTree(api.body());
		assertThat(findText(entry, tradeName)).as("the exact trade name in the JSON").isTrue();
		// JSON is data, not HTML: the value stays exact; what keeps a browser from
		// running it is the type, nosniff and a sandboxing CSP
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(api.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'").contains("sandbox"));

		String csv = get("/api/v1/downloads/entries.csv").body();
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(rows).filteredOn(row -> row.get("registration_number").equals(number))
			.singleElement()
			.satisfies(row -> assertThat(row.get("trade_name")).isEqualTo("'" + tradeName));

		String atom = get("/api/v1/feeds/entries.atom").body();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		var document = factory.newDocumentBuilder()
			.parse(new java.io.ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getDocumentElement().getTextContent()).contains(tradeName);
		assertThat(atom).doesNotContain("<script>");
	}

	@TestFactory
	@DisplayName("The inaccuracy report form's service with every hostile text: refused with field messages or stored whole, nothing half-stored")
	Stream<DynamicTest> reportForm() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Reported Hostile"));
		return HostileInputs.TEXT.stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
			long before = jdbc.queryForObject("SELECT count(*) FROM inaccuracy_report WHERE registration_number = ?",
					Long.class, number);
			String description = "Hostile input follows: " + input.value();
			try {
				reports.file(number, null, description, input.value().contains("@") ? input.value() : null,
						"192.0.2." + (Math.abs(input.name().hashCode()) % 200), "en");
				assertThat(jdbc.queryForObject(
						"SELECT description FROM inaccuracy_report WHERE registration_number = ? ORDER BY created_at DESC LIMIT 1",
						String.class, number))
					.isEqualTo(description.strip());
			}
			catch (InvalidInputException refused) {
				assertThat(refused.errors()).as(input.name()).isNotEmpty().allSatisfy(error -> {
					assertThat(error.field()).isNotBlank();
					assertThat(error.messageKey()).isNotBlank();
				});
				assertThat(jdbc.queryForObject("SELECT count(*) FROM inaccuracy_report WHERE registration_number = ?",
						Long.class, number))
					.as("nothing stored half-way")
					.isEqualTo(before);
			}
			catch (ActionRefusedException limited) {
				assertThat(limited.messageKey()).isEqualTo("report.error.tooMany");
			}
		}));
	}

	@TestFactory
	@DisplayName("Art 85: the standalone complaint form's service with every hostile text in every text field: refused with field messages or stored, nothing half-stored")
	Stream<DynamicTest> complaintForm() {
		return HostileInputs.TEXT.stream()
			.flatMap(input -> Stream.of("complainant", "operator", "infringement")
				.map(field -> DynamicTest.dynamicTest(field + ": " + input.name(), () -> {
					long before = jdbc.queryForObject("SELECT count(*) FROM complaint", Long.class);
					String hostile = "Hostile input follows: " + input.value();
					NewComplaint complaint = new NewComplaint(MemberState.DE, ComplainantKind.LEGAL_PERSON,
							field.equals("complainant") ? hostile : "Hostile Test GmbH",
							field.equals("operator") ? hostile : "Some Operator", "",
							field.equals("infringement") ? hostile : "The operator infringed Art 26.",
							"hostile-" + Math.abs((field + input.name()).hashCode()) + "@example.org", "en");
					try {
						complaints.file(complaint, "198.51.100." + (Math.abs((field + input.name()).hashCode()) % 200));
						assertThat(jdbc.queryForObject("SELECT count(*) FROM complaint", Long.class))
							.isEqualTo(before + 1);
					}
					catch (InvalidInputException refused) {
						assertThat(refused.errors()).as(input.name()).isNotEmpty().allSatisfy(error -> {
							assertThat(error.field()).isNotBlank();
							assertThat(error.messageKey()).isNotBlank();
						});
						assertThat(jdbc.queryForObject("SELECT count(*) FROM complaint", Long.class))
							.as("nothing stored half-way")
							.isEqualTo(before);
					}
					catch (ActionRefusedException limited) {
						assertThat(limited.messageKey()).isNotBlank();
					}
				})));
	}

	@Autowired
	ExplanationService explanations;

	@TestFactory
	@DisplayName("Art 86: the explanation request form's service with every hostile text in every text field: refused with field messages or stored, nothing half-stored")
	Stream<DynamicTest> explanationRequestForm() {
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		String number = testData.publish(testData.provider(), TestData.sample("Explained Hostile"));
		return HostileInputs.TEXT.stream()
			.flatMap(input -> Stream.of("decision", "decisionReference", "adverse", "systemDescription")
				.map(field -> DynamicTest.dynamicTest(field + ": " + input.name(), () -> {
					long before = jdbc.queryForObject("SELECT count(*) FROM explanation_request", Long.class);
					String hostile = "Hostile input follows: " + input.value();
					int key = Math.abs((field + input.name()).hashCode());
					NewExplanationRequest request = new NewExplanationRequest(
							field.equals("systemDescription") ? "" : number, deployer.organisation(),
							field.equals("decision") ? hostile : "My application was rejected.", null,
							field.equals("decisionReference") ? hostile : "REF-1",
							field.equals("adverse") ? hostile : "The ranking discriminated against me.",
							"hostile-" + key + "@example.org", "en", field.equals("systemDescription") ? hostile : "");
					try {
						explanations.file(request, "203.0.113." + (key % 200));
						assertThat(jdbc.queryForObject("SELECT count(*) FROM explanation_request", Long.class))
							.isEqualTo(before + 1);
					}
					catch (InvalidInputException refused) {
						assertThat(refused.errors()).as(input.name()).isNotEmpty().allSatisfy(error -> {
							assertThat(error.field()).isNotBlank();
							assertThat(error.messageKey()).isNotBlank();
						});
						assertThat(jdbc.queryForObject("SELECT count(*) FROM explanation_request", Long.class))
							.as("nothing stored half-way")
							.isEqualTo(before);
					}
					catch (ActionRefusedException limited) {
						assertThat(limited.messageKey()).isNotBlank();
					}
				})));
	}

	@Autowired
	DeploymentService deployments;

	@Autowired
	FriaService frias;

	/**
	 * Art 49(3): a Section C registration "on behalf of" a named public authority, with
	 * every hostile text as the authority's name: refused with a field message (draft or
	 * publication) and nothing published, or published whole, exact in the API's JSON and
	 * neutralised in the CSV download.
	 */
	@TestFactory
	@DisplayName("Art 49(3): the Section C form's legal basis 'on behalf of' with every hostile authority name: refused with field messages or published exactly")
	Stream<DynamicTest> sectionCOnBehalfOf() {
		TestUser provider = testData.provider();
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		return HostileInputs.TEXT.stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
			String number = testData.publish(provider,
					TestData.sample("Hostile Basis " + Math.abs(input.name().hashCode())));
			String hostile = "Hostile authority: " + input.value();
			DeploymentId id = testData.as(deployer, () -> {
				Fria fria = frias.openOrStart(number);
				fria = frias.save(fria.id(), fria.lockVersion(), ConsoleTestData.completeFria("Risks"));
				frias.complete(fria.id(), fria.lockVersion());
				return deployments.start(number).id();
			});
			try {
				testData.run(deployer, () -> {
					Deployment draft = deployments.open(id);
					Deployment saved = deployments.save(id, draft.lockVersion(),
							new DeploymentData("Town hall 1", "ai@town.example", "IT department", "Summary", false, "",
									Set.of(MemberState.AT), java.time.LocalDate.of(2027, 1, 1), null,
									RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY, hostile));
					deployments.publish(id, saved.lockVersion(), "");
				});
				JsonNode api = json.readTree(get("/api/v1/deployments/" + id.value()).body());
				assertThat(api.get("onBehalfOf").asString()).as("exact in the API").isEqualTo(hostile.strip());
				assertThat(api.get("registrationBasis").asString()).isEqualTo("ON_BEHALF_OF_PUBLIC_AUTHORITY");
				List<CSVRecord> rows = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(new StringReader(get("/api/v1/downloads/deployments.csv").body()))
					.getRecords();
				assertThat(rows).filteredOn(row -> row.get("registration_id").equals(id.value().toString()))
					.singleElement()
					.satisfies(row -> assertThat(row.get("on_behalf_of")).isEqualTo(hostile.strip()));
			}
			catch (InvalidInputException refused) {
				assertThat(refused.errors()).as(input.name()).isNotEmpty().allSatisfy(error -> {
					assertThat(error.field()).isNotBlank();
					assertThat(error.messageKey()).isNotBlank();
				});
				assertThat(testData.as(deployer, () -> deployments.open(id)).publishedVersion())
					.as("nothing published half-way")
					.isNull();
				assertThat(get("/api/v1/deployments/" + id.value()).statusCode()).isEqualTo(404);
			}
		}));
	}

	@Test
	@DisplayName("Art 49(3): a registration without a basis, or naming an authority without acting on its behalf, is refused with the field's message")
	void sectionCBasisCombinations() {
		TestUser provider = testData.provider();
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		String number = testData.publish(provider, TestData.sample("Basis Combination"));
		testData.run(deployer, () -> {
			Fria fria = frias.openOrStart(number);
			fria = frias.save(fria.id(), fria.lockVersion(), ConsoleTestData.completeFria("Risks"));
			frias.complete(fria.id(), fria.lockVersion());
			Deployment draft = deployments.start(number);
			DeploymentData voluntaryNamed = new DeploymentData("Town hall 1", "ai@town.example", "IT department",
					"Summary", false, "", Set.of(MemberState.AT), java.time.LocalDate.of(2027, 1, 1), null,
					RegistrationBasis.VOLUNTARY, "=cmd|' /C calc'!A0");
			assertThatRefused(() -> deployments.save(draft.id(), draft.lockVersion(), voluntaryNamed), "onBehalfOf");
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(),
					new DeploymentData("Town hall 1", "ai@town.example", "IT department", "Summary", false, "",
							Set.of(MemberState.AT), java.time.LocalDate.of(2027, 1, 1), null, null, ""));
			assertThatRefused(() -> deployments.publish(saved.id(), saved.lockVersion(), ""), "registrationBasis");
			assertThat(deployments.open(saved.id()).publishedVersion()).isNull();
		});
	}

	@Autowired
	GpaiService models;

	/**
	 * Art 51(2), Annex XIII(c): the GPAI form's compute method with every hostile text:
	 * refused with a field message and nothing published, or published whole and exact in
	 * the API's JSON.
	 */
	@TestFactory
	@DisplayName("Art 51(2): the GPAI form's training-compute method with every hostile text: refused with field messages or published exactly")
	Stream<DynamicTest> gpaiComputeMethod() {
		TestUser provider = testData.provider();
		return HostileInputs.TEXT.stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
			String method = "Hostile method: " + input.value();
			GpaiModelData data = GpaiSamples.systemic("Hostile Compute " + Math.abs(input.name().hashCode()))
				.toBuilder()
				.computeMethod(method)
				.build();
			publishedOrRefused(provider, data,
					model -> assertThat(model.path("data").path("computeMethod").asString()).as("exact in the API")
						.isEqualTo(method.strip()));
		}));
	}

	/**
	 * Art 52(1): notification dates at the edges (before the threshold was met, far
	 * future, far past, the same day): refused with the field's message or published with
	 * the exact dates, never an error page.
	 */
	@TestFactory
	@DisplayName("Art 52(1): the GPAI form's threshold and notification dates at their edges: refused with field messages or published exactly")
	Stream<DynamicTest> gpaiNotificationDates() {
		TestUser provider = testData.provider();
		record Dates(String name, java.time.LocalDate threshold, java.time.LocalDate notified) {
		}
		return Stream
			.of(new Dates("notified before the threshold", java.time.LocalDate.of(2026, 4, 6),
					java.time.LocalDate.of(2026, 1, 1)),
					new Dates("far future", java.time.LocalDate.of(9999, 12, 31), java.time.LocalDate.of(9999, 12, 31)),
					new Dates("far past", java.time.LocalDate.of(1, 1, 1), java.time.LocalDate.of(1, 1, 2)),
					new Dates("same day", java.time.LocalDate.of(2026, 4, 6), java.time.LocalDate.of(2026, 4, 6)),
					new Dates("a leap day", java.time.LocalDate.of(2028, 2, 29), java.time.LocalDate.of(2028, 3, 14)))
			.map(dates -> DynamicTest.dynamicTest(dates.name(), () -> {
				GpaiModelData data = GpaiSamples.systemic("Hostile Dates " + Math.abs(dates.name().hashCode()))
					.toBuilder()
					.thresholdMetDate(dates.threshold())
					.notificationDate(dates.notified())
					.build();
				publishedOrRefused(provider, data, model -> {
					assertThat(model.path("data").path("thresholdMetDate").asString())
						.isEqualTo(dates.threshold().toString());
					assertThat(model.path("data").path("notificationDate").asString())
						.isEqualTo(dates.notified().toString());
				});
			}));
	}

	void publishedOrRefused(TestUser provider, GpaiModelData data, java.util.function.Consumer<JsonNode> published)
			throws Exception {
		java.util.concurrent.atomic.AtomicReference<GpaiModelId> id = new java.util.concurrent.atomic.AtomicReference<>();
		try {
			testData.run(provider, () -> {
				Draft<GpaiModelId, GpaiModelData> draft = models.createDraft(data);
				id.set(draft.id());
				models.publish(draft.id(), draft.lockVersion(), "");
			});
			HttpResponse<String> answer = get("/api/v1/models/" + id.get());
			assertThat(answer.statusCode()).isEqualTo(200);
			published.accept(json.readTree(answer.body()));
		}
		catch (InvalidInputException refused) {
			assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> {
				assertThat(error.field()).isNotBlank();
				assertThat(error.messageKey()).isNotBlank();
			});
			if (id.get() != null) {
				assertThat(get("/api/v1/models/" + id.get()).statusCode()).as("nothing published half-way")
					.isEqualTo(404);
			}
		}
	}

	static void assertThatRefused(Runnable action, String field) {
		try {
			action.run();
			throw new AssertionError("not refused: " + field);
		}
		catch (InvalidInputException refused) {
			assertThat(refused.errors()).extracting(error -> error.field()).contains(field);
		}
	}

	static boolean findText(JsonNode node, String text) {
		if (node.isString()) {
			return node.asString().equals(text);
		}
		for (JsonNode child : node) {
			if (findText(child, text)) {
				return true;
			}
		}
		return false;
	}

	@Autowired
	org.airegistry.registry.RegistryService registry;

	@Autowired
	org.airegistry.registry.RepresentativeMandates mandates;

	/**
	 * Art 22(3), Annex VIII A.3: the mandate form's e-mail address and organisation with
	 * every hostile text: refused with field messages and nothing named, or named whole;
	 * either way the published A.3 is the registry's statement, never the provider's
	 * text.
	 */
	@TestFactory
	@DisplayName("Art 22(3): the mandate form's e-mail and organisation with every hostile text: refused with field messages or named whole, never published as typed")
	Stream<DynamicTest> mandateForm() {
		TestUser provider = testData.providerOutsideEu();
		return HostileInputs.TEXT.stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
			var draft = testData.as(provider, () -> registry
				.createDraft(TestData.sample("Hostile Mandate " + Math.abs(input.name().hashCode()))));
			String organisation = "Rep " + input.value();
			List<org.airegistry.registry.MandateRequest> requests = List.of(
					new org.airegistry.registry.MandateRequest(input.value(), "EU Rep"),
					new org.airegistry.registry.MandateRequest(
							"rep-" + Math.abs(input.name().hashCode()) + "@eurep.example", organisation));
			for (var request : requests) {
				try {
					var named = testData.as(provider, () -> mandates.invite(draft.id(), request));
					assertThat(named.invitedOrganisation()).as("stored whole").isEqualTo(request.organisation());
				}
				catch (InvalidInputException refused) {
					assertThat(refused.errors()).as(input.name()).isNotEmpty().allSatisfy(error -> {
						assertThat(error.field()).isIn("email", "organisation");
						assertThat(error.messageKey()).isNotBlank();
					});
				}
			}
			if (testData.as(provider, () -> mandates.current(draft.id())).isEmpty()) {
				return;
			}
			String number = testData.as(provider, () -> {
				registry.publish(draft.id(), registry.open(draft.id()).lockVersion(), "");
				return registry.open(draft.id()).registrationNumber();
			});
			JsonNode api = json.readTree(get("/api/v1/entries/" + number).body());
			assertThat(api.path("authorisedRepresentative").asString()).as("the statement, not the typed text")
				.isEqualTo(
						"An authorised representative has been named; it has not yet confirmed its mandate (Art 22(3)).");
		}));
	}

	@Autowired
	org.airegistry.organisation.RepresentingPersons persons;

	/**
	 * Art 71(5), DD069: each field of a person with authority to represent the
	 * organisation (name, function, e-mail, telephone) with every hostile text: refused
	 * with a message on that field and nothing stored, or stored whole and read back
	 * exactly by regulators; never on the public API of the organisation's entry.
	 */
	@TestFactory
	@DisplayName("Art 71(5): each field of the persons form with every hostile text: refused on its field or stored whole, read only by regulators")
	Stream<DynamicTest> representingPersonsForm() {
		TestUser admin = testData.user(org.airegistry.shared.Role.ORG_ADMIN,
				org.airegistry.organisation.OrganisationRole.PROVIDER,
				org.airegistry.organisation.OrganisationStatus.ACTIVE);
		TestUser regulator = testData.regulator(org.airegistry.shared.MemberState.DE);
		var valid = new org.airegistry.organisation.RepresentingPerson("Bea Example", "Managing director",
				"bea@example.org", "+32 2 123 45 67");
		return HostileInputs.TEXT.stream()
			.flatMap(input -> Stream.of("name", "function", "email", "phone")
				.map(field -> DynamicTest.dynamicTest(field + ": " + input.name(), () -> {
					var person = new org.airegistry.organisation.RepresentingPerson(
							field.equals("name") ? input.value() : valid.name(),
							field.equals("function") ? input.value() : valid.function(),
							field.equals("email") ? input.value() : valid.email(),
							field.equals("phone") ? input.value() : valid.phone());
					testData.run(admin, () -> persons.replaceMine(List.of(valid)));
					try {
						testData.run(admin, () -> persons.replaceMine(List.of(person)));
						assertThat(testData.as(regulator, () -> persons.of(admin.organisation())))
							.as("stored whole, read back exactly")
							.containsExactly(person);
					}
					catch (InvalidInputException refused) {
						assertThat(refused.errors()).as(input.name())
							.isNotEmpty()
							.allSatisfy(error -> assertThat(error.field()).isEqualTo("persons[0]." + field));
						assertThat(testData.as(regulator, () -> persons.of(admin.organisation())))
							.as("nothing stored half-way")
							.containsExactly(valid);
					}
				})));
	}

}
