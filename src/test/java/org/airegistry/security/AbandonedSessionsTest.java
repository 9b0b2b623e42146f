package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * Which sessions end after a request when their pages have closed (DD037); the journey in
 * a real browser is {@code AbandonedSessionsJourneyIT}.
 */
class AbandonedSessionsTest {

	static final Instant NOW = Instant.parse("2026-12-05T06:00:00Z");

	final AbandonedSessions sessions = new AbandonedSessions(Clock.fixed(NOW, ZoneOffset.UTC));

	static MockHttpSession session(UI... uis) {
		MockHttpSession session = new MockHttpSession();
		VaadinSession vaadin = mock(VaadinSession.class);
		when(vaadin.getLockInstance()).thenReturn(new ReentrantLock());
		when(vaadin.getUIs()).thenReturn(List.of(uis));
		session.setAttribute(VaadinSession.class.getName() + ".springServlet", vaadin);
		return session;
	}

	static UI ui(boolean closing) {
		UI ui = mock(UI.class);
		when(ui.isClosing()).thenReturn(closing);
		return ui;
	}

	@Test
	@DisplayName("An anonymous session without an open page ends; with one it stays")
	void anonymous() {
		MockHttpSession closed = session(ui(true));
		sessions.endIfAbandoned(closed);
		assertThat(closed.isInvalid()).isTrue();

		MockHttpSession empty = session();
		empty.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(new AnonymousAuthenticationToken("key", "anonymousUser",
						AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));
		sessions.endIfAbandoned(empty);
		assertThat(empty.isInvalid()).isTrue();

		MockHttpSession open = session(ui(true), ui(false));
		sessions.endIfAbandoned(open);
		assertThat(open.isInvalid()).isFalse();
	}

	@Test
	@DisplayName("A signed-in user's session and a sign-in in progress stay without an open page")
	void signedIn() {
		MockHttpSession signedIn = session();
		signedIn.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("someone@example.org", null,
						AuthorityUtils.createAuthorityList("ROLE_PROVIDER"))));
		sessions.endIfAbandoned(signedIn);
		assertThat(signedIn.isInvalid()).isFalse();

		MockHttpSession pending = session();
		pending.setAttribute(PendingLogin.ATTRIBUTE, "second factor asked");
		sessions.endIfAbandoned(pending);
		assertThat(pending.isInvalid()).isFalse();
	}

	@Test
	@DisplayName("A session whose next page was just served stays until that page starts, but not for ever")
	void nextPageLoading() {
		MockHttpSession loading = session();
		loading.setAttribute(AbandonedSessions.PAGE_LOADING, NOW.minusSeconds(5).toEpochMilli());
		sessions.endIfAbandoned(loading);
		assertThat(loading.isInvalid()).isFalse();

		MockHttpSession neverStarted = session();
		neverStarted.setAttribute(AbandonedSessions.PAGE_LOADING,
				NOW.minus(AbandonedSessions.PAGE_START).minusSeconds(1).toEpochMilli());
		sessions.endIfAbandoned(neverStarted);
		assertThat(neverStarted.isInvalid()).isTrue();
	}

}
