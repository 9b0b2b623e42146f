package org.airegistry.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaBasis;
import org.airegistry.deployment.FriaData;
import org.airegistry.deployment.FriaService;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiSamples;
import org.airegistry.gpai.GpaiService;
import org.airegistry.moderation.Moderation;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.publication.Draft;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public pages over HTTP, as crawlers, readers without JavaScript and link checkers see
 * them (DD035): the content in the first response, its metadata, and the HTTP status of
 * every case.
 */
@PostgresTest
class PublicPagesHttpIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	Moderation moderation;

	@Autowired
	DeploymentService deployments;

	@Autowired
	FriaService frias;

	@Autowired
	GpaiService models;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	final JsonMapper json = JsonMapper.builder().build();

	HttpResponse<String> get(String path, String... headers) throws Exception {
		return send(http, "GET", path, headers);
	}

	HttpResponse<String> send(HttpClient client, String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	Document page(String path, String... headers) throws Exception {
		HttpResponse<String> response = get(path, headers);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body(), "http://localhost:" + port + path);
	}

	/** The page Vaadin takes over: the server-written one. */
	static org.jsoup.nodes.Element written(Document document) {
		org.jsoup.nodes.Element page = document.getElementById("ssr-page");
		assertThat(page).as("the page written into the first response").isNotNull();
		return page;
	}

	JsonNode structuredData(Document document) {
		org.jsoup.nodes.Element script = document.selectFirst("script[type=application/ld+json]");
		assertThat(script).isNotNull();
		return json.readTree(script.data());
	}

	String publish(String tradeName) {
		return testData.publish(testData.provider(), TestData.sample(tradeName));
	}

	TestUser regulator() {
		return testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
	}

	@Test
	@DisplayName("An entry's first response holds its content, description, canonical address, alternates, Open Graph and schema.org data")
	void entryIsADocument() throws Exception {
		String number = publish("Document Check System");
		Document document = page("/systems/" + number);
		String base = "http://localhost:" + port;

		assertThat(document.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(document.title()).isEqualTo("Document Check System · AI Act Transparency Registry");
		org.jsoup.nodes.Element main = written(document).selectFirst("main#main-content");
		assertThat(main.selectFirst("h1").text()).isEqualTo("Document Check System");
		assertThat(main.select("dt").eachText()).contains("Trade name (Annex VIII A.4)",
				"Intended purpose (Annex VIII A.5)");
		assertThat(main.text()).contains(number).contains("Screens job applications");
		assertThat(main.select("a[href]").eachAttr("href")).anyMatch(href -> href.endsWith("/versions/1"));
		assertThat(document.selectFirst("meta[name=description]").attr("content"))
			.startsWith("Document Check System of ")
			.contains(number);
		assertThat(document.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(base + "/systems/" + number);
		// every offered language (DD050: those whose bundles are complete), then the
		// default
		java.util.List<String> alternates = new java.util.ArrayList<>(org.airegistry.shared.i18n.Translations.standard()
			.offered()
			.stream()
			.map(java.util.Locale::getLanguage)
			.toList());
		alternates.add("x-default");
		assertThat(alternates).contains("en", "de", "fr", "nl", "it", "es", "pl");
		assertThat(document.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
			.containsExactlyElementsOf(alternates);
		assertThat(document.selectFirst("link[hreflang=de]").attr("href"))
			.isEqualTo(base + "/systems/" + number + "?lang=de");
		assertThat(document.selectFirst("meta[property=og:title]").attr("content")).startsWith("Document Check System");
		assertThat(document.selectFirst("meta[property=og:url]").attr("content"))
			.isEqualTo(base + "/systems/" + number);
		JsonNode data = structuredData(document);
		assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(data.get("mainEntity").get("@type").asString()).isEqualTo("SoftwareApplication");
		assertThat(data.get("mainEntity").get("identifier").asString()).isEqualTo(number);
		assertThat(data.get("mainEntity").get("name").asString()).isEqualTo("Document Check System");
		assertThat(document.select("meta[name=robots]")).isEmpty();
	}

	@Test
	@DisplayName("The first response escapes an entry's text exactly as the view does; structured data cannot close its script")
	void escaping() throws Exception {
		String number = publish("</script><script>alert(1)</script><b>x</b>");
		HttpResponse<String> response = get("/systems/" + number);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>x</b>");
		Document document = Jsoup.parse(response.body());
		assertThat(written(document).selectFirst("h1").text()).isEqualTo("</script><script>alert(1)</script><b>x</b>");
		assertThat(written(document).selectFirst("h1").children()).isEmpty();
		assertThat(structuredData(document).get("name").asString())
			.isEqualTo("</script><script>alert(1)</script><b>x</b>");
	}

	@Test
	@DisplayName("In German (browser preference) the first response is German, with <html lang=\"de\">")
	void german() throws Exception {
		String number = publish("German Document System");
		HttpResponse<String> response = get("/systems/" + number, "Accept-Language", "de-DE,de;q=0.9");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Language")).contains("de");
		Document document = Jsoup.parse(response.body());
		assertThat(document.selectFirst("html").attr("lang")).isEqualTo("de");
		assertThat(written(document).select("dt").eachText()).contains("Handelsname (Anhang VIII A.4)");
		assertThat(document.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("de_DE");
	}

	@Test
	@DisplayName("A version's own address is a fixed document: ETag and Last-Modified, 304 when unchanged")
	void versionIsCacheable() throws Exception {
		String number = publish("Fixed Version System");
		HttpResponse<String> first = get("/systems/" + number + "/versions/1");
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		assertThat(Jsoup.parse(first.body()).selectFirst("link[rel=canonical]").attr("href"))
			.endsWith("/systems/" + number + "/versions/1");

		HttpResponse<String> again = get("/systems/" + number + "/versions/1", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(get("/systems/" + number + "/versions/1", "If-None-Match", "W/\"other\"").statusCode())
			.isEqualTo(200);
		assertThat(get("/systems/" + number).headers().firstValue("ETag")).as("the latest changes over time").isEmpty();
	}

	@Test
	@DisplayName("Unknown records and unknown addresses answer 404 with the portal's not-found page, never a login redirect")
	void notFound() throws Exception {
		String number = publish("Versions Check System");
		for (String path : new String[] { "/systems/AIR-999999", "/systems/AIR-999999/versions/1",
				"/systems/" + number + "/versions/abc", "/systems/" + number + "/versions/2", "/deployments/not-a-uuid",
				"/models/00000000-0000-0000-0000-000000000000", "/deployers/00000000-0000-0000-0000-000000000000",
				"/no-such-page", "/oversight/no-such-console" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			Document document = Jsoup.parse(response.body());
			assertThat(written(document).selectFirst("h1").text()).as(path).isEqualTo("Page not found");
			assertThat(written(document).selectFirst(".site-header")).as("in the portal's frame").isNotNull();
			assertThat(document.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
		}
	}

	@Test
	@DisplayName("Art 49(4): a restricted entry's page is not found")
	void restrictedNotFound() throws Exception {
		String number = testData.publish(testData.provider(),
				TestData.sample("Restricted HTTP System")
					.withAnnexIIIPoint(AnnexIIIPoint.P6B, false)
					.minimisedForRestrictedSection());
		assertThat(get("/systems/" + number).statusCode()).isEqualTo(404);
		assertThat(get("/systems/" + number).body()).doesNotContain("Restricted HTTP System");
	}

	@Test
	@DisplayName("Art 74/79: a suspended entry's page answers 451 with the authority's notice, not the content")
	void suspended() throws Exception {
		String number = publish("Suspended HTTP System");
		testData.run(regulator(), () -> moderation.suspend(number, "Withheld pending an Art 79 evaluation."));
		for (String path : new String[] { "/systems/" + number, "/systems/" + number + "/versions/1" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(451);
			assertThat(response.body()).as(path)
				.contains("Withheld pending an Art 79 evaluation.")
				.doesNotContain("Suspended HTTP System")
				.doesNotContain("Screens job applications");
			assertThat(Jsoup.parse(response.body()).selectFirst("meta[name=robots]").attr("content"))
				.contains("noindex");
		}
	}

	@Test
	@DisplayName("Old and non-canonical addresses answer 301 to the canonical one")
	void redirects() throws Exception {
		String number = publish("Redirect System");
		HttpResponse<String> slash = get("/systems/" + number + "/");
		assertThat(slash.statusCode()).isEqualTo(301);
		assertThat(slash.headers().firstValue("Location")).contains("http://localhost:" + port + "/systems/" + number);
		HttpResponse<String> models = get("/models?q=vision");
		assertThat(models.statusCode()).isEqualTo(301);
		assertThat(models.headers().firstValue("Location").orElseThrow())
			.startsWith("http://localhost:" + port + "/search?")
			.contains("kind=models")
			.contains("q=vision");
	}

	@Test
	@DisplayName("Pages are read, not sent to: other methods answer 405 with Allow, not a 403 from the CSRF check")
	void methodNotAllowed() throws Exception {
		String number = publish("Method System");
		for (String method : new String[] { "POST", "PUT", "DELETE", "PATCH" }) {
			HttpResponse<String> response = send(http, method, "/systems/" + number);
			assertThat(response.statusCode()).as(method).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).as(method).contains("GET, HEAD");
			assertThat(response.body()).as(method).contains("This page can only be read");
		}
		assertThat(send(http, "POST", "/").statusCode()).isEqualTo(405);
		assertThat(send(http, "POST", "/robots.txt").statusCode()).isEqualTo(405);
		assertThat(send(http, "DELETE", "/systems/" + number + "/documents/" + "0".repeat(64)).statusCode())
			.isEqualTo(405);
	}

	@Test
	@DisplayName("HEAD of a page answers like GET, without a body")
	void head() throws Exception {
		String number = publish("Head System");
		assertThat(send(http, "HEAD", "/systems/" + number).statusCode()).isEqualTo(200);
		assertThat(send(http, "HEAD", "/systems/AIR-999999").statusCode()).isEqualTo(404);
	}

	@Test
	@DisplayName("Signed in: an unknown address is the 404 page, a page of another role the 403 page, both in the portal's frame")
	void signedIn() throws Exception {
		TestUser provider = testData.provider();
		HttpClient session = login(provider);
		HttpResponse<String> unknown = send(session, "GET", "/no-such-page");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(written(Jsoup.parse(unknown.body())).selectFirst("h1").text()).isEqualTo("Page not found");

		HttpResponse<String> console = send(session, "GET", "/oversight");
		assertThat(console.statusCode()).isEqualTo(403);
		Document forbidden = Jsoup.parse(console.body());
		assertThat(written(forbidden).selectFirst("h1").text()).isEqualTo("Not available to your account");
		assertThat(console.body()).doesNotContain("Whitelabel").doesNotContain("may not be published");
		assertThat(forbidden.selectFirst(".site-header")).isNotNull();
	}

	HttpClient login(TestUser user) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();
		Document login = Jsoup.parse(send(client, "GET", "/login").body());
		String token = login.selectFirst("meta[name=_csrf]").attr("content");
		String form = "username=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> response = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Origin", "http://localhost:" + port)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("login").isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	@Test
	@DisplayName("Every public record page has its content in the first response: deployment, deployer, model, guide, open data, search")
	void otherRecordPages() throws Exception {
		String number = publish("Deployed Document System");
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		Deployment use = publishUse(deployer, number);
		Document deployment = page("/deployments/" + use.id().value());
		assertThat(written(deployment).selectFirst("h1").text()).contains(deployer.organisationName())
			.contains("Deployed Document System");
		assertThat(structuredData(deployment).get("about").get("identifier").asString()).isEqualTo(number);
		Document deployerPage = page("/deployers/" + deployer.organisation().value());
		assertThat(written(deployerPage).selectFirst("h1").text()).isEqualTo(deployer.organisationName());
		assertThat(structuredData(deployerPage).get("@type").asString()).isEqualTo("Organization");

		TestUser provider = testData.provider();
		var model = testData.as(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> draft = models.createDraft(GpaiSamples.complete("Document Model"));
			models.publish(draft.id(), draft.lockVersion(), "");
			return draft.id();
		});
		Document modelPage = page("/models/" + model);
		assertThat(written(modelPage).selectFirst("h1").text()).isEqualTo("Document Model");
		assertThat(written(modelPage).select("vaadin-button")).as("the print button needs JavaScript").isEmpty();
		assertThat(structuredData(modelPage).get("mainEntity").get("name").asString()).isEqualTo("Document Model");

		Document guide = page("/guide");
		assertThat(written(guide).selectFirst("h1").text()).isNotBlank();
		assertThat(written(guide).select("form[action=guide] input[type=radio]")).as("answerable without JavaScript")
			.isNotEmpty();

		Document openData = page("/open-data");
		assertThat(written(openData).select("table.field-dictionary code").eachText()).contains("registration_number");
		JsonNode dataset = structuredData(openData);
		assertThat(dataset.get("@type").asString()).isEqualTo("Dataset");
		assertThat(dataset.get("distribution").get(0).get("contentUrl").asString())
			.isEqualTo("http://localhost:" + port + "/api/v1/downloads/entries.csv");

		// the index follows the publication asynchronously (the outbox): wait for it
		Document search = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> page("/search?q=" + URLEncoder.encode("Deployed Document", StandardCharsets.UTF_8)),
					found -> written(found).select("article.result a").eachText().contains("Deployed Document System"));
		assertThat(written(search).select("form[action=search] input[name=q]").attr("value"))
			.isEqualTo("Deployed Document");
		assertThat(search.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
		assertThat(structuredData(search).get("@type").asString()).isEqualTo("SearchResultsPage");

		Document home = page("/");
		assertThat(structuredData(home).get("potentialAction").get("target").asString())
			.isEqualTo("http://localhost:" + port + "/search?q={search_term_string}");
	}

	Deployment publishUse(TestUser deployer, String number) {
		return testData.as(deployer, () -> {
			Fria fria = frias.openOrStart(number);
			fria = frias.save(fria.id(), fria.lockVersion(),
					new FriaData(FriaBasis.PUBLIC_LAW_BODY, "Pre-sorting of applications.", "Daily from 2028.",
							"Applicants.", "Wrongful rejection.", "A caseworker reviews every proposal.",
							"Complaints desk.", "DPIA 2027-14", ""));
			fria = frias.complete(fria.id(), fria.lockVersion());
			frias.notifyAuthority(fria.id(), fria.lockVersion());
			Deployment draft = deployments.start(number);
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(),
					new DeploymentData("Rathausplatz 1, 10115 Berlin", "ai-registry@city.example",
							"Digital Services, ai-registry@city.example", "Summary of the assessment.", false, "",
							Set.of(MemberState.DE), LocalDate.of(2028, 1, 1), null, RegistrationBasis.PUBLIC_AUTHORITY,
							""));
			deployments.publish(saved.id(), saved.lockVersion(), "");
			return deployments.open(saved.id());
		});
	}

	@Test
	@DisplayName("robots.txt and the sitemaps: public entries with lastmod, never restricted or suspended ones")
	void sitemaps() throws Exception {
		String shown = publish("Sitemap Public System");
		String suspended = publish("Sitemap Suspended System");
		testData.run(regulator(), () -> moderation.suspend(suspended, "Withheld pending an Art 79 evaluation."));
		String restricted = testData.publish(testData.provider(),
				TestData.sample("Sitemap Restricted System")
					.withAnnexIIIPoint(AnnexIIIPoint.P6B, false)
					.minimisedForRestrictedSection());

		HttpResponse<String> robots = get("/robots.txt");
		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.body()).contains("Sitemap: http://localhost:" + port + "/sitemap.xml")
			.contains("Disallow: /workspace")
			// the Art 85 complaint links carry personal tokens, like the Art 86 ones
			.contains("Disallow: /explanations/")
			.contains("Disallow: /complaints/");

		HttpResponse<String> index = get("/sitemap.xml");
		assertThat(index.statusCode()).isEqualTo(200);
		Document sitemapIndex = Jsoup.parse(index.body(), "", org.jsoup.parser.Parser.xmlParser());
		assertThat(sitemapIndex.select("sitemap > loc").eachText()).contains(
				"http://localhost:" + port + "/sitemaps/entries-1.xml",
				"http://localhost:" + port + "/sitemaps/models.xml");
		StringBuilder entries = new StringBuilder();
		for (String location : sitemapIndex.select("sitemap > loc").eachText()) {
			if (location.contains("/sitemaps/entries-")) {
				HttpResponse<String> sitemap = get(location.substring(("http://localhost:" + port).length()));
				assertThat(sitemap.statusCode()).isEqualTo(200);
				entries.append(sitemap.body());
			}
		}
		Document urls = Jsoup.parse(entries.toString(), "", org.jsoup.parser.Parser.xmlParser());
		assertThat(urls.select("url > loc").eachText()).contains("http://localhost:" + port + "/systems/" + shown)
			.doesNotContain("http://localhost:" + port + "/systems/" + suspended)
			.doesNotContain("http://localhost:" + port + "/systems/" + restricted);
		assertThat(urls.select("url:has(loc:containsOwn(" + shown + ")) > lastmod").text())
			.matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
	}

	@Test
	@DisplayName("The favicon is there")
	void favicon() throws Exception {
		HttpResponse<String> icon = get("/favicon.ico");
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type").orElse("")).contains("icon");
	}

	@Test
	@DisplayName("Malformed addresses: invalid UTF-8, a NUL byte, a query over 8 KB get the error page or a problem document, never a 500 or the container's page")
	void malformedAddresses() throws Exception {
		for (String path : new String[] { "/api/v1/search?q=%C3%28", "/api/v1/models?q=%C3%28",
				"/api/v1/search?q=%00" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
			assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(400);
		}
		for (String path : new String[] { "/search?q=%C3%28", "/systems/AIR-000001?lang=%FF", "/guide?q=%E2%82" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.body()).as(path).contains("This address cannot be read").doesNotContain("Tomcat");
		}
		HttpResponse<String> nul = get("/systems/AIR%00-000001");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("This address cannot be read").doesNotContain("Tomcat");
		String longQuery = "a".repeat(9 * 1024);
		HttpResponse<String> api = get("/api/v1/search?q=" + longQuery);
		assertThat(api.statusCode()).isEqualTo(414);
		assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
		HttpResponse<String> page = get("/search?q=" + longQuery);
		assertThat(page.statusCode()).isEqualTo(414);
		assertThat(page.body()).contains("This address is too long");
		HttpResponse<String> huge = get("/search?q=" + "a".repeat(40 * 1024));
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(huge.body()).contains("This address cannot be read").doesNotContain("Tomcat");
	}

	@Test
	@DisplayName("Under /api everything is a problem document: unknown path 404, other methods 405 with Allow")
	void apiProblems() throws Exception {
		HttpResponse<String> unknown = get("/api/v1/no-such-thing");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(unknown.body()).doesNotContain("<html");
		HttpResponse<String> post = send(http, "POST", "/api/v1/search");
		assertThat(post.statusCode()).isEqualTo(405);
		assertThat(post.headers().firstValue("Allow").orElse("")).contains("GET");
		assertThat(post.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(send(http, "DELETE", "/api/v1/entries/AIR-000001").statusCode()).isEqualTo(405);
	}

}
