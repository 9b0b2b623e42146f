package org.airegistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.browser.SecondFactorSupport;
import org.airegistry.security.SecondFactors;
import org.airegistry.security.TwoStepLogin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;

/**
 * Browserless HTTP sessions against a running portal: logged in through the login form
 * like a browser (same-origin post, session cookie), redirects not followed.
 * <p>
 * Accounts with a second factor (regulators and administrators must have one, DD045; the
 * tests give them {@link TestData#TOTP_SECRET}) are logged in only after the code page:
 * that page is a Vaadin view, so its step runs in a real browser on the same session and
 * the session's cookies come back into the client. A code is accepted once per account
 * and time step, so a second login of the same account within a step uses the next step's
 * code (accepted within one step of the server's clock).
 */
public final class WebSessions {

	/** The last time step whose code was used per account, by the logins made here. */
	private static final Map<String, Long> USED_STEPS = new ConcurrentHashMap<>();

	private static final long STEP_SECONDS = 30;

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
	 * A client whose cookie jar holds a session of the account (password of TestData),
	 * with the second factor entered when the account has one.
	 */
	public static HttpClient loggedIn(int port, String email) {
		HttpClient http = anonymous();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8);
		HttpResponse<String> response = send(http,
				HttpRequest.newBuilder(URI.create(origin(port) + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Origin", origin(port))
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build());
		assertThat(response.statusCode()).isIn(302, 303);
		String location = response.headers().firstValue("Location").orElse("");
		assertThat(location).doesNotContain("error");
		if (location.endsWith("/" + TwoStepLogin.CODE_PAGE)) {
			enterCode(http, port, email);
		}
		return http;
	}

	/** The code page in a browser on the client's session; its cookies come back. */
	private static void enterCode(HttpClient http, int port, String email) {
		CookieManager jar = (CookieManager) http.cookieHandler().orElseThrow();
		URI portal = URI.create(origin(port));
		Page page = BrowserSupport.newPage();
		try {
			page.context()
				.addCookies(jar.getCookieStore()
					.get(portal)
					.stream()
					.map(cookie -> new Cookie(cookie.getName(), cookie.getValue()).setUrl(origin(port)))
					.toList());
			page.navigate(origin(port) + "/" + TwoStepLogin.CODE_PAGE);
			SecondFactorSupport.enterCode(page, nextCode(email));
			List<Cookie> cookies = page.context().cookies(origin(port));
			jar.getCookieStore().removeAll();
			for (Cookie cookie : cookies) {
				HttpCookie copy = new HttpCookie(cookie.name, cookie.value);
				copy.setPath(cookie.path);
				copy.setHttpOnly(Boolean.TRUE.equals(cookie.httpOnly));
				copy.setVersion(0);
				jar.getCookieStore().add(portal, copy);
			}
		}
		finally {
			BrowserSupport.close(page);
		}
	}

	/**
	 * The code of {@link TestData#TOTP_SECRET} for a step not used yet by the account:
	 * the current one, else the next one, else (after two logins within one step) the
	 * next one once the clock has moved on.
	 */
	private static String nextCode(String email) {
		while (true) {
			long now = Instant.now().getEpochSecond() / STEP_SECONDS;
			long step = Math.max(now, USED_STEPS.getOrDefault(email, Long.MIN_VALUE) + 1);
			if (step <= now + 1) {
				USED_STEPS.put(email, step);
				return SecondFactors.code(TestData.TOTP_SECRET, Instant.ofEpochSecond(step * STEP_SECONDS));
			}
			try {
				Thread.sleep(Duration.ofSeconds(1));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static String origin(int port) {
		return "http://localhost:" + port;
	}

	/** GET of a path of the portal with the client's session. */
	public static HttpResponse<String> get(HttpClient http, int port, String path) {
		return send(http, HttpRequest.newBuilder(URI.create(origin(port) + path)).GET().build());
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
