package org.airegistry.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * An anonymous visitor's session ends when the visitor's last page closes (DD037), not at
 * the anonymous timeout: when a tab is closed or the visitor goes elsewhere, the page
 * says goodbye with Vaadin's unload beacon, Vaadin closes that UI, and after that request
 * a session with no open UI left is invalidated, so an abandoned public page holds no
 * memory. Kept are sessions of signed-in users (any authentication but the anonymous
 * one), sessions in the middle of a sign-in ({@link PendingLogin}), sessions with another
 * open page, and sessions in which a page has just been served whose UI has not started
 * yet (the next page of the same visitor, loading while the previous one says goodbye):
 * such a session ends at the anonymous timeout as before if the page never starts.
 */
@Component
class AbandonedSessions extends OncePerRequestFilter implements VaadinServiceInitListener {

	/** When the last page of this session was served and its UI has not started yet. */
	static final String PAGE_LOADING = AbandonedSessions.class.getName() + ".pageLoading";

	/** How long a served page may take to start its UI. */
	static final Duration PAGE_START = Duration.ofSeconds(30);

	private final Clock clock;

	@Autowired
	AbandonedSessions() {
		this(Clock.systemUTC());
	}

	AbandonedSessions(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(page -> {
			WrappedSession session = page.getVaadinRequest().getWrappedSession(false);
			if (session != null) {
				session.setAttribute(PAGE_LOADING, clock.millis());
			}
		});
		event.getSource().addUIInitListener(started -> {
			WrappedSession session = started.getUI().getSession().getSession();
			if (session != null) {
				session.removeAttribute(PAGE_LOADING);
			}
		});
	}

	/**
	 * Marks that a page of this session is about to be served by a request Vaadin does
	 * not see (a sign-in form's submission, answered with a redirect): the goodbye of the
	 * page that sent it must not end the session before the next page starts.
	 */
	static void nextPageComing(HttpSession session) {
		session.setAttribute(PAGE_LOADING, System.currentTimeMillis());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (closesUis(request)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				endIfAbandoned(session);
			}
		}
	}

	/** Vaadin's UI requests (the unload beacon is one) and heartbeats may close UIs. */
	private static boolean closesUis(HttpServletRequest request) {
		String query = request.getQueryString();
		return query != null && (query.contains("v-r=uidl") || query.contains("v-r=heartbeat"));
	}

	/**
	 * Ends the session when it is anonymous and none of its pages is open or starting.
	 */
	void endIfAbandoned(HttpSession session) {
		try {
			if (keep(session)) {
				return;
			}
			session.invalidate();
		}
		catch (IllegalStateException alreadyInvalid) {
			// another request ended it at the same moment
		}
	}

	private boolean keep(HttpSession session) {
		if (signedIn(session) || session.getAttribute(PendingLogin.ATTRIBUTE) != null
				|| session.getAttribute(PAGE_LOADING) instanceof Long served
						&& clock.millis() - served < PAGE_START.toMillis()) {
			return true;
		}
		VaadinSession vaadin = vaadinSession(session);
		return vaadin == null || hasOpenUi(vaadin);
	}

	static boolean signedIn(HttpSession session) {
		if (session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context) {
			Authentication authentication = context.getAuthentication();
			return authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken);
		}
		return false;
	}

	private static @Nullable VaadinSession vaadinSession(HttpSession session) {
		for (String name : Collections.list(session.getAttributeNames())) {
			if (session.getAttribute(name) instanceof VaadinSession vaadin) {
				return vaadin;
			}
		}
		return null;
	}

	private static boolean hasOpenUi(VaadinSession vaadin) {
		vaadin.getLockInstance().lock();
		try {
			return vaadin.getUIs().stream().anyMatch(ui -> !ui.isClosing());
		}
		finally {
			vaadin.getLockInstance().unlock();
		}
	}

}
