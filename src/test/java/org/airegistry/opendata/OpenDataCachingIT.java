package org.airegistry.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.airegistry.testsupport.PostgresTest;
import org.awaitility.Awaitility;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP caching of the open data API over the running server (DD036): immutable versions,
 * revalidated lists, downloads and feeds generated once per change.
 */
@PostgresTest
class OpenDataCachingIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	final JsonMapper json = JsonMapper.builder().build();

	HttpResponse<byte[]> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElse("");
	}

	@Test
	@DisplayName("A published version is immutable: cached for a year, with an ETag and 304; it carries nothing that changes later")
	void immutableVersion() throws Exception {
		String number = testData.publish(testData.provider(), TestData.sample("Immutable Version System"));
		HttpResponse<byte[]> version = get("/api/v1/entries/" + number + "/versions/1");
		assertThat(version.statusCode()).isEqualTo(200);
		assertThat(header(version, "Cache-Control")).contains("public")
			.contains("max-age=31536000")
			.contains("immutable");
		String etag = header(version, "ETag");
		assertThat(etag).isNotBlank();
		assertThat(json.readTree(text(version)).get("latestVersion").isNull()).isTrue();
		assertThat(get("/api/v1/entries/" + number + "/versions/1", "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(header(get("/api/v1/entries/" + number + "/versions/9"), "Cache-Control"))
			.as("a missing version is not kept")
			.doesNotContain("immutable");
	}

	@Test
	@DisplayName("The latest version and lists are revalidated: ETag, 304 when unchanged, a new answer after a publication")
	void latestAndLists() throws Exception {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Revalidated System"));
		// the index follows the publication asynchronously: until it has, two searches
		// may
		// rightly answer differently
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> text(get("/api/v1/search?q=Revalidated")).contains(number));
		for (String path : new String[] { "/api/v1/entries/" + number, "/api/v1/organisations",
				"/api/v1/search?q=Revalidated", "/api/v1/entries/" + number + "/versions" }) {
			HttpResponse<byte[]> first = get(path);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(header(first, "Cache-Control")).as(path).contains("no-cache").doesNotContain("no-store");
			String etag = header(first, "ETag");
			assertThat(etag).as(path).isNotBlank();
			assertThat(get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
		}
		String before = header(get("/api/v1/organisations"), "ETag");
		testData.publish(provider, TestData.sample("Revalidated Second System"));
		HttpResponse<byte[]> after = get("/api/v1/organisations", "If-None-Match", before);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(header(after, "ETag")).isNotEqualTo(before);
	}

	@Test
	@DisplayName("Downloads are generated once per change: the same file and ETag until a publication, 304, gzip, byte ranges")
	void downloads() throws Exception {
		TestUser provider = testData.provider();
		testData.publish(provider, TestData.sample("Download Cache System"));
		HttpResponse<byte[]> first = get("/api/v1/downloads/entries.csv");
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = header(first, "ETag");
		assertThat(etag).isNotBlank();
		assertThat(header(first, "Last-Modified")).isNotBlank();
		assertThat(text(first)).contains("Download Cache System");
		HttpResponse<byte[]> second = get("/api/v1/downloads/entries.csv");
		assertThat(header(second, "ETag")).isEqualTo(etag);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(get("/api/v1/downloads/entries.csv", "If-None-Match", etag).statusCode()).isEqualTo(304);

		HttpResponse<byte[]> gzip = get("/api/v1/downloads/entries.csv", "Accept-Encoding", "gzip");
		assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
		assertThat(String.join(",", gzip.headers().allValues("Vary"))).contains("Accept-Encoding");
		assertThat(gunzip(gzip.body())).isEqualTo(first.body());

		HttpResponse<byte[]> range = get("/api/v1/downloads/entries.csv", "Range", "bytes=0-9");
		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(range.body()).hasSize(10);

		testData.publish(provider, TestData.sample("Download Cache Later System"));
		HttpResponse<byte[]> changed = get("/api/v1/downloads/entries.csv", "If-None-Match", etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(header(changed, "ETag")).isNotEqualTo(etag);
		assertThat(text(changed)).contains("Download Cache Later System");
		for (String download : new String[] { "versions.csv", "entries.json", "versions.json" }) {
			assertThat(text(get("/api/v1/downloads/" + download))).as(download).contains("Download Cache Later System");
		}
	}

	@Test
	@DisplayName("Feeds are generated once per change: ETag, 304, a new feed after a publication")
	void feeds() throws Exception {
		TestUser provider = testData.provider();
		testData.publish(provider, TestData.sample("Feed Cache System"));
		for (String path : new String[] { "/api/v1/feeds/entries.atom", "/api/v1/feeds/annex-iii/4.atom",
				"/api/v1/organisations/" + provider.organisation().value() + "/feed.atom", "/api/v1/models/feed.atom",
				"/api/v1/models.csv", "/api/v1/models.json" }) {
			HttpResponse<byte[]> feed = get(path);
			assertThat(feed.statusCode()).as(path).isEqualTo(200);
			String etag = header(feed, "ETag");
			assertThat(etag).as(path).isNotBlank();
			assertThat(get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
		}
		String etag = header(get("/api/v1/feeds/entries.atom"), "ETag");
		testData.publish(provider, TestData.sample("Feed Cache Later System"));
		HttpResponse<byte[]> changed = get("/api/v1/feeds/entries.atom", "If-None-Match", etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(text(changed)).contains("Feed Cache Later System");
	}

	static byte[] gunzip(byte[] compressed) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
	}

}
