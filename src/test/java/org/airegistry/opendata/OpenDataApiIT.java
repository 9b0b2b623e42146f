package org.airegistry.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data interface through the running server, on PostgreSQL and a real
 * Elasticsearch node (Art 71(4): public, machine-readable, no login).
 */
@PostgresTest
class OpenDataApiIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	final JsonMapper json = JsonMapper.builder().build();

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	JsonNode getJson(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		return json.readTree(response.body());
	}

	/** A published entry with two versions, and a draft of the same provider. */
	record Published(TestUser provider, String registrationNumber, String draftName, String tradeName) {
	}

	Published publishTwoVersionsAndADraft() {
		TestUser provider = testData.provider();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String tradeName = "Opendata Sorter " + unique;
		String number = testData.as(provider, () -> {
			DraftEntry draft = testData.registry()
				.createDraft(TestData.sample(tradeName)
					.withIntendedPurpose("=HYPERLINK(\"http://evil\") ranks candidates for interviews.")
					.withMemberStates(EnumSet.of(MemberState.AT, MemberState.DE)));
			testData.registry().publish(draft.id(), draft.lockVersion(), "");
			DraftEntry published = testData.registry().open(draft.id());
			DraftEntry changed = testData.registry()
				.saveDraft(draft.id(), published.lockVersion(),
						TestData.sample(tradeName)
							.withIntendedPurpose("Ranks candidates for interviews in several languages.")
							.withMemberStates(EnumSet.of(MemberState.AT, MemberState.DE, MemberState.FR)));
			testData.registry().publish(draft.id(), changed.lockVersion(), "Added France");
			return testData.registry().open(draft.id()).registrationNumber();
		});
		String draftName = "Opendata Draft " + unique;
		DraftEntry draft = testData.as(provider, () -> testData.registry()
			.createDraft(TestData.sample(draftName).withIntendedPurpose("Never published.")));
		assertThat(draft.registrationNumber()).as("a draft has no registration number yet").isNull();
		return new Published(provider, number, draftName, tradeName);
	}

	@Test
	@DisplayName("Art 71(4): search finds a published entry (mode FULL) and never a draft")
	void searchFindsPublishedNotDrafts() throws Exception {
		Published published = publishTwoVersionsAndADraft();
		String unique = published.tradeName().substring(published.tradeName().lastIndexOf(' ') + 1);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode results = getJson("/api/v1/search?q=" + unique + "&size=10");
			assertThat(results.get("mode").asString()).isEqualTo("FULL");
			List<String> numbers = new ArrayList<>();
			List<String> names = new ArrayList<>();
			results.get("hits").forEach(hit -> {
				numbers.add(hit.get("registrationNumber").asString());
				names.add(hit.get("tradeName").asString());
			});
			assertThat(numbers).contains(published.registrationNumber());
			assertThat(names).doesNotContain(published.draftName());
		});
		JsonNode hit = getJson("/api/v1/search?q=" + unique).get("hits").get(0);
		assertThat(hit.get("permalink").asString()).endsWith("/systems/" + published.registrationNumber());
		assertThat(hit.get("url").asString()).endsWith("/api/v1/entries/" + published.registrationNumber());

	}

	@Test
	@DisplayName("Search offers didYouMean for a misspelt word; names complete from a later word part; similar systems share the purpose")
	void didYouMeanSuggestionsAndSimilar() throws Exception {
		String word = "Zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
		TestUser provider = testData.provider();
		String purpose = "Screens applications for the " + word + " programme and proposes a shortlist to recruiters.";
		String first = testData.publish(provider, TestData.sample(word + "Hire Screener").withIntendedPurpose(purpose));
		String second = testData.publish(provider,
				TestData.sample("Other " + word + " Matcher").withIntendedPurpose(purpose + " Also ranks them."));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(getJson("/api/v1/search?q=" + word).get("total").asLong()).isEqualTo(2));

		// two letters swapped in a word of the purpose: found as a near miss, with a
		// correction
		JsonNode typo = getJson("/api/v1/search?q=shrotlist%20" + word.substring(0, word.length() - 2));
		assertThat(typo.get("didYouMean").isNull()).as(typo.toString()).isFalse();
		assertThat(getJson("/api/v1/search?q=" + word).get("didYouMean").isNull()).isTrue();
		JsonNode names = getJson("/api/v1/suggestions?q=hire%20scr");
		List<String> texts = new ArrayList<>();
		names.forEach(name -> texts.add(name.get("text").asString()));
		assertThat(texts).contains(word + "Hire Screener");
		JsonNode similar = getJson("/api/v1/entries/" + first + "/similar?size=20");
		List<String> numbers = new ArrayList<>();
		similar.forEach(hit -> numbers.add(hit.get("registrationNumber").asString()));
		assertThat(numbers).contains(second).doesNotContain(first);
		assertThat(get("/api/v1/entries/" + first + "/similar?size=0").statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/entries/AIR-999999/similar").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/suggestions?q=ab&size=99").statusCode()).isEqualTo(400);
	}

	@Test
	@DisplayName("Entry, given version and version history as JSON with ISO dates and permalinks")
	void entryVersionAndHistory() throws Exception {
		Published published = publishTwoVersionsAndADraft();
		String number = published.registrationNumber();

		JsonNode latest = getJson("/api/v1/entries/" + number);
		assertThat(latest.get("version").asInt()).isEqualTo(2);
		assertThat(latest.get("latestVersion").asInt()).isEqualTo(2);
		assertThat(latest.get("tradeName").asString()).isEqualTo(published.tradeName());
		assertThat(latest.get("providerName").asString()).isEqualTo(published.provider().organisationName());
		assertThat(latest.get("memberStates").toString()).isEqualTo("[\"AT\",\"DE\",\"FR\"]");
		assertThat(latest.get("publishedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z");
		assertThat(latest.get("permalink").asString()).isEqualTo("http://localhost:" + port + "/systems/" + number);
		assertThat(latest.get("versionPermalink").asString()).endsWith("/systems/" + number + "/versions/2");
		assertThat(latest.get("changeSummary").asString()).isEqualTo("Added France");

		JsonNode first = getJson("/api/v1/entries/" + number + "/versions/1");
		assertThat(first.get("version").asInt()).isEqualTo(1);
		assertThat(first.get("memberStates").toString()).isEqualTo("[\"AT\",\"DE\"]");

		JsonNode history = getJson("/api/v1/entries/" + number + "/versions");
		assertThat(history.get("versions")).hasSize(2);
		assertThat(history.get("versions").get(0).get("version").asInt()).isEqualTo(2);
		assertThat(history.get("versions").get(1).get("url").asString())
			.endsWith("/api/v1/entries/" + number + "/versions/1");

		JsonNode organisations = getJson("/api/v1/organisations");
		JsonNode mine = StreamSupport.stream(organisations.spliterator(), false)
			.filter(o -> o.get("id").asString().equals(published.provider().organisation().value().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(mine.get("legalName").asString()).isEqualTo(published.provider().organisationName());
		assertThat(mine.get("country").asString()).isEqualTo("DE");
		assertThat(mine.get("publishedEntries").asLong()).isEqualTo(1);

		// the same filters as the portal: a filtered search and counts under the filter;
		// the
		// index is filled by the outbox right after the commit (other tests' entries may
		// already carry the same facet values, so wait for this entry itself)
		String filteredSearch = "/api/v1/search?ms=AT&area=4&q="
				+ published.tradeName().substring(published.tradeName().lastIndexOf(' ') + 1);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> getJson(filteredSearch).get("hits").toString().contains(number));
		JsonNode underFilter = getJson("/api/v1/facets?ms=AT");
		assertThat(underFilter.get("annexIIIAreas").toString()).contains("\"value\":\"4\"");
		assertThat(underFilter.get("mode").asString()).isEqualTo("FULL");

		String areaFeed = get("/api/v1/feeds/annex-iii/4.atom").body();
		assertThat(areaFeed).contains("<feed").contains(number);
		assertThat(get("/api/v1/feeds/annex-iii/8.atom").body()).doesNotContain(number);
	}

	@Test
	@DisplayName("Unknown entries answer 404 and bad parameters 400 as problem details naming the parameter")
	void problemDetails() throws Exception {
		HttpResponse<String> unknown = get("/api/v1/entries/AIR-999999");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(json.readTree(unknown.body()).get("status").asInt()).isEqualTo(404);

		Map<String, String> badRequests = Map.of("/api/v1/search?page=-1", "page", "/api/v1/search?size=0", "size",
				"/api/v1/search?size=101", "size", "/api/v1/search?page=abc", "page",
				"/api/v1/search?page=5000&size=100", "page", "/api/v1/entries/AIR-000001/versions/0", "version",
				"/api/v1/entries/AIR-000001/versions/x", "version", "/api/v1/organisations/not-a-uuid/feed.atom",
				"organisationId");
		badRequests = new java.util.HashMap<>(badRequests);
		// the search filters are read strictly
		badRequests.put("/api/v1/search?ms=XX", "ms");
		badRequests.put("/api/v1/facets?area=9", "area");
		badRequests.put("/api/v1/search?from=yesterday", "from");
		badRequests.put("/api/v1/feeds/annex-iii/9.atom", "area");
		for (Map.Entry<String, String> bad : badRequests.entrySet()) {
			HttpResponse<String> response = get(bad.getKey());
			assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(bad.getKey())
				.contains("application/problem+json");
			JsonNode problem = json.readTree(response.body());
			assertThat(problem.get("parameter").asString()).as(bad.getKey()).isEqualTo(bad.getValue());
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
		}
	}

	@Test
	@DisplayName("An unknown value of an enumerated parameter answers 400 naming the parameter and every value it takes")
	void unknownValuesOfEnumeratedParameters() throws Exception {
		// address → parameter, values it must list
		Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
		cases.put("/api/v1/search?kind=zzz", List.of("kind", "systems", "tests"));
		cases.put("/api/v1/search?kind=models", List.of("kind", "systems", "tests"));
		cases.put("/api/v1/search?q=x&sort=oldest", List.of("sort", "relevance", "newest", "name"));
		cases.put("/api/v1/search?ms=XX", List.of("ms", "DE", "EL", "SE"));
		cases.put("/api/v1/search?status=GONE", List.of("status", "ON_MARKET", "RECALLED"));
		cases.put("/api/v1/search?classification=SECTION_C", List.of("classification", "SECTION_A", "SECTION_B"));
		cases.put("/api/v1/search?point=9z", List.of("point", "1a", "4a", "8b"));
		cases.put("/api/v1/search?area=9", List.of("area", "1", "8"));
		cases.put("/api/v1/search?fria=maybe", List.of("fria", "true", "false"));
		cases.put("/api/v1/facets?ms=XX", List.of("ms", "DE"));
		cases.put("/api/v1/search?kind=tests&status=GONE", List.of("status", "REGISTERED", "NOT_TAKING_PLACE"));
		cases.put("/api/v1/search?kind=tests&ms=XX", List.of("ms", "DE"));
		cases.put("/api/v1/search?kind=tests&area=0", List.of("area", "1", "8"));
		cases.put("/api/v1/models?modelType=zzz", List.of("modelType", "LANGUAGE", "OTHER"));
		cases.put("/api/v1/models?modality=zzz", List.of("modality", "TEXT", "OTHER"));
		cases.put("/api/v1/models?systemicRisk=maybe", List.of("systemicRisk", "true", "false"));
		for (Map.Entry<String, List<String>> bad : cases.entrySet()) {
			HttpResponse<String> response = get(bad.getKey());
			assertThat(response.statusCode()).as(bad.getKey() + ": " + response.body()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(bad.getKey())
				.contains("application/problem+json");
			JsonNode problem = json.readTree(response.body());
			String parameter = bad.getValue().getFirst();
			List<String> expected = bad.getValue().subList(1, bad.getValue().size());
			assertThat(problem.get("status").asInt()).isEqualTo(400);
			assertThat(problem.get("title").asString()).isEqualTo("Invalid parameter");
			assertThat(problem.get("parameter").asString()).as(bad.getKey()).isEqualTo(parameter);
			List<String> allowed = StreamSupport.stream(problem.get("allowed").spliterator(), false)
				.map(JsonNode::asString)
				.toList();
			assertThat(allowed).as(bad.getKey()).containsAll(expected);
			assertThat(problem.get("detail").asString()).as(bad.getKey())
				.contains("“" + parameter + "”")
				.contains(String.join(", ", allowed));
		}
		// the problem speaks the client's language when it is offered
		HttpResponse<String> german = get("/api/v1/search?kind=zzz", "Accept-Language", "de-AT, en;q=0.5");
		assertThat(german.statusCode()).isEqualTo(400);
		assertThat(german.headers().firstValue("Content-Language")).contains("de");
		JsonNode problem = json.readTree(german.body());
		assertThat(problem.get("title").asString()).isEqualTo("Ungültiger Parameter");
		assertThat(problem.get("detail").asString())
			.isEqualTo("Der Parameter „kind“ kennt den Wert „zzz“ nicht. Zulässige Werte: systems, tests.");
		// the kinds the API knows still answer
		assertThat(get("/api/v1/search?kind=systems&q=x").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/search?kind=tests&q=x").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/search?kind=&q=x").statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("The search's kind is read in any case, like the other enumerated values (ms, status, sort): kind=Tests searches the tests")
	void kindInAnyCase() throws Exception {
		for (String tests : List.of("Tests", "TESTS", "%20tests%20")) {
			HttpResponse<String> response = get("/api/v1/search?q=x&kind=" + tests);
			assertThat(response.statusCode()).as(tests + ": " + response.body()).isEqualTo(200);
			assertThat(json.readTree(response.body()).get("kind").asString()).as(tests).isEqualTo("tests");
		}
		for (String systems : List.of("Systems", "SYSTEMS")) {
			HttpResponse<String> response = get("/api/v1/search?q=x&kind=" + systems);
			assertThat(response.statusCode()).as(systems + ": " + response.body()).isEqualTo(200);
			assertThat(json.readTree(response.body()).has("hits")).as(systems).isTrue();
		}
		// an unknown kind is still refused, with the value as sent
		JsonNode problem = json.readTree(get("/api/v1/search?kind=Models").body());
		assertThat(problem.get("value").asString()).isEqualTo("Models");
		assertThat(problem.get("parameter").asString()).isEqualTo("kind");
	}

	@Test
	@DisplayName("CORS is open for reading; writing is refused; responses carry the rate-limit budget")
	void corsAndReadOnly() throws Exception {
		HttpResponse<String> response = get("/api/v1/organisations", "Origin", "https://example.net");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("https://example.net");
		assertThat(response.headers().firstValue("X-RateLimit-Remaining")).isPresent();
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();

		HttpResponse<String> post = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisations"))
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.header("Content-Type", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isIn(401, 403, 405);
	}

	@Test
	@DisplayName("CSV download parses back and holds the published versions; formulas are defused")
	void csvDownloads() throws Exception {
		Published published = publishTwoVersionsAndADraft();

		HttpResponse<String> latest = get(OpenDataRoutes.ENTRIES_CSV);
		assertThat(latest.statusCode()).isEqualTo(200);
		assertThat(latest.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(latest.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).contains("attachment"));
		List<CSVRecord> rows = parse(latest.body());
		List<CSVRecord> mine = rows.stream()
			.filter(r -> r.get("registration_number").equals(published.registrationNumber()))
			.toList();
		assertThat(mine).hasSize(1);
		assertThat(mine.getFirst().get("version")).isEqualTo("2");
		assertThat(mine.getFirst().get("member_states")).isEqualTo("AT;DE;FR");
		assertThat(mine.getFirst().get("provider_name")).isEqualTo(published.provider().organisationName());
		assertThat(rows).noneMatch(r -> r.get("trade_name").equals(published.draftName()));

		List<CSVRecord> history = parse(get(OpenDataRoutes.VERSIONS_CSV).body()).stream()
			.filter(r -> r.get("registration_number").equals(published.registrationNumber()))
			.toList();
		assertThat(history).extracting(r -> r.get("version")).containsExactly("1", "2");
		assertThat(history.getFirst().get("intended_purpose")).startsWith("'=HYPERLINK");
	}

	@Test
	@DisplayName("JSON downloads parse and hold the published versions")
	void jsonDownloads() throws Exception {
		Published published = publishTwoVersionsAndADraft();

		JsonNode latest = getJson(OpenDataRoutes.ENTRIES_JSON);
		assertThat(latest.isArray()).isTrue();
		assertThat(StreamSupport.stream(latest.spliterator(), false)
			.filter(e -> e.get("registrationNumber").asString().equals(published.registrationNumber()))
			.map(e -> e.get("version").asInt())).containsExactly(2);

		JsonNode versions = getJson(OpenDataRoutes.VERSIONS_JSON);
		assertThat(StreamSupport.stream(versions.spliterator(), false)
			.filter(e -> e.get("registrationNumber").asString().equals(published.registrationNumber()))
			.map(e -> e.get("intendedPurpose").asString())).hasSize(2).first().asString().startsWith("=HYPERLINK");
	}

	@Test
	@DisplayName("Atom feeds list new and changed entries newest first with stable ids and version permalinks")
	void atomFeeds() throws Exception {
		Published published = publishTwoVersionsAndADraft();

		HttpResponse<String> all = get(OpenDataRoutes.FEED);
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
		SyndFeed feed = new SyndFeedInput().build(new StringReader(all.body()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		List<String> links = feed.getEntries().stream().map(SyndEntry::getLink).toList();
		assertThat(links)
			.contains("http://localhost:" + port + "/systems/" + published.registrationNumber() + "/versions/2");

		SyndFeed organisation = new SyndFeedInput().build(new StringReader(
				get(OpenDataRoutes.organisationFeed(published.provider().organisation().value().toString())).body()));
		assertThat(organisation.getEntries()).hasSize(2);
		assertThat(organisation.getEntries().get(0).getLink()).endsWith("/versions/2");
		assertThat(organisation.getEntries().get(1).getLink()).endsWith("/versions/1");
		assertThat(organisation.getEntries().get(0).getUri()).startsWith("urn:uuid:");
		SyndFeed again = new SyndFeedInput().build(new StringReader(
				get(OpenDataRoutes.organisationFeed(published.provider().organisation().value().toString())).body()));
		assertThat(again.getEntries().get(0).getUri()).isEqualTo(organisation.getEntries().get(0).getUri());

		assertThat(get(OpenDataRoutes.organisationFeed(UUID.randomUUID().toString())).statusCode()).isEqualTo(404);
	}

	@Test
	@DisplayName("The OpenAPI description and the interactive docs are served without login")
	void openApi() throws Exception {
		JsonNode openapi = getJson(OpenDataRoutes.OPENAPI);
		assertThat(openapi.get("openapi").asString()).startsWith("3.");
		assertThat(openapi.get("paths").has("/api/v1/search")).isTrue();
		assertThat(openapi.get("paths").has("/api/v1/entries/{registrationNumber}/versions/{version}")).isTrue();

		HttpResponse<String> docs = get(OpenDataRoutes.API_DOCS);
		assertThat(docs.statusCode()).isIn(200, 302);
		String location = docs.statusCode() == 302 ? docs.headers().firstValue("Location").orElseThrow()
				: OpenDataRoutes.API_DOCS;
		HttpResponse<String> ui = get(URI.create("http://localhost:" + port).resolve(location).getRawPath());
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).containsIgnoringCase("swagger");
	}

	private static List<CSVRecord> parse(String csv) throws Exception {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
	}

}
