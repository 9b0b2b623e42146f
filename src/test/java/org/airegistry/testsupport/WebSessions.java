package org.airegistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Browserless HTTP sessions against a running portal: logged in through the login form
 * like a browser (same-origin post, session cookie), redirects not followed.
 */
public final class WebSessions {

	private WebSessions() {
	}

	/** A client without a session. */
	public static HttpClient anonymous() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * A client whose cookie jar holds a session of the account (password of TestData).
	 */
	public static HttpClient loggedIn(int port, String email) {
		HttpClient http = anonymous();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8);
		HttpResponse<String> response = send(http,
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Origin", "http://localhost:" + port)
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build());
		assertThat(response.statusCode()).isIn(302, 303);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return http;
	}

	/** GET of a path of the portal with the client's session. */
	public static HttpResponse<String> get(HttpClient http, int port, String path) {
		return send(http, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build());
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
