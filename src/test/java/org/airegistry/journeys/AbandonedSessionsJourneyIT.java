package org.airegistry.journeys;

import static org.airegistry.journeys.ProviderPublishJourneyIT.waitForVaadin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collections;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.browser.SecondFactorSupport;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.HttpSession;

/**
 * An anonymous visitor's session ends when the visitor's last open page says goodbye
 * (Vaadin's unload beacon), and not before; a signed-in user's session stays (DD037).
 * Watched in the server's session manager while a real browser opens and leaves pages.
 */
@PostgresTest
class AbandonedSessionsJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	ServletWebServerApplicationContext web;

	@Autowired
	TestData testData;

	Page first;

	@AfterEach
	void close() {
		if (first != null) {
			BrowserSupport.close(first);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	@DisplayName("An anonymous session stays while one of its pages is open and ends when the last one is left")
	void anonymousSessionEndsWithItsLastPage() throws Exception {
		first = BrowserSupport.newPage();
		open(first, "/");
		Page second = first.context().newPage();
		open(second, "/search?q=hiring");
		String id = sessionId(first.context());
		assertThat(openPages(id)).isEqualTo(2);

		leave(first);
		await().atMost(Duration.ofSeconds(20)).until(() -> openPages(id) == 1);
		assertThat(session(id)).as("a page of the session is still open").isNotNull();

		leave(second);
		await().atMost(Duration.ofSeconds(20)).until(() -> session(id) == null);
	}

	@Test
	@DisplayName("A signed-in user's session stays when the user's last page is left")
	void signedInSessionStays() throws Exception {
		first = BrowserSupport.newPage();
		open(first, "/login");
		first.locator("input[name='username']").fill(testData.provider().email());
		first.locator("input[name='password']").fill(TestData.PASSWORD);
		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		SecondFactorSupport.enterCodeIfAsked(first);
		first.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));
		open(first, "/search?q=hiring");
		String id = sessionId(first.context());
		// the search page, and the login page's UI when its goodbye came before the
		// session got its new id at sign-in (then it waits for the heartbeat timeout)
		int open = openPages(id);
		assertThat(open).isPositive();

		leave(first);
		await().atMost(Duration.ofSeconds(20)).until(() -> openPages(id) != open);
		assertThat(session(id)).as("the signed-in session after its page closed").isNotNull();
		assertThat(openPages(id)).isEqualTo(open - 1);

		Page again = first.context().newPage();
		open(again, "/");
		assertThat(sessionId(again.context())).isEqualTo(id);
	}

	void open(Page page, String path) {
		page.navigate(url(path));
		waitForVaadin(page);
	}

	/** The visitor goes elsewhere: the page says goodbye with Vaadin's unload beacon. */
	static void leave(Page page) {
		page.navigate("about:blank");
	}

	static String sessionId(BrowserContext context) {
		return context.cookies()
			.stream()
			.filter(cookie -> cookie.name.equals("JSESSIONID"))
			.map((Cookie cookie) -> cookie.value)
			.findFirst()
			.orElseThrow();
	}

	/** The valid session of that id, or null when it has ended. */
	@Nullable HttpSession session(String id) throws Exception {
		Context context = (Context) ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren()[0];
		Session session = context.getManager().findSession(id);
		return session != null && session.isValid() ? session.getSession() : null;
	}

	/** The UIs of the session that are not closing. */
	int openPages(String id) throws Exception {
		HttpSession session = session(id);
		if (session == null) {
			return -1;
		}
		for (String name : Collections.list(session.getAttributeNames())) {
			if (session.getAttribute(name) instanceof VaadinSession vaadin) {
				vaadin.getLockInstance().lock();
				try {
					return (int) vaadin.getUIs().stream().filter(ui -> !ui.isClosing()).count();
				}
				finally {
					vaadin.getLockInstance().unlock();
				}
			}
		}
		return 0;
	}

}
