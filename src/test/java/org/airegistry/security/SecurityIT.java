package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.airegistry.testsupport.PostgresTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HTTP-level security of the running application: headers, CSRF, deny by default. */
@PostgresTest
class SecurityIT {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	@DisplayName("Public pages carry security headers (CSP, frame denial, no sniffing, referrer policy)")
	void securityHeaders() throws Exception {
		HttpResponse<String> response = get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
	}

	@Test
	@DisplayName("Login CSRF: a login posted from another site is refused")
	void crossSiteLoginRefused() throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Origin", "https://evil.example")
				.POST(HttpRequest.BodyPublishers.ofString("username=a%40b.org&password=x"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("CSRF protection is on for everything else: a logout post without a token is refused")
	void csrfOnLogout() throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("Deny by default: the workspace sends anonymous visitors to the login page")
	void workspaceNeedsLogin() throws Exception {
		HttpResponse<String> response = get("/workspace");
		assertThat(response.statusCode()).isIn(302, 303);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	@Test
	@DisplayName("Unknown pages never show a stack trace")
	void notFound() throws Exception {
		HttpResponse<String> response = get("/systems/AIR-999999");
		assertThat(response.statusCode()).isLessThan(500);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

}
