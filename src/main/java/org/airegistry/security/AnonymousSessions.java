package org.airegistry.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Sessions of anonymous visitors are short (DD037): most of them only read public pages,
 * and an abandoned one should not hold memory for long. An open page keeps its session
 * alive with Vaadin's heartbeat (every 5 minutes by default), so the anonymous timeout
 * must stay above it. Signing in gives the session the normal timeout
 * ({@code server.servlet.session.timeout}).
 */
@Component
class AnonymousSessions implements HttpSessionListener {

	private final Duration anonymousTimeout;

	private final Duration signedInTimeout;

	AnonymousSessions(@Value("${airegistry.session.anonymous-timeout:PT10M}") Duration anonymousTimeout,
			@Value("${server.servlet.session.timeout:PT30M}") Duration signedInTimeout) {
		this.anonymousTimeout = anonymousTimeout;
		this.signedInTimeout = signedInTimeout;
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		event.getSession().setMaxInactiveInterval((int) anonymousTimeout.toSeconds());
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent success) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			if (session != null) {
				session.setMaxInactiveInterval((int) signedInTimeout.toSeconds());
			}
		}
	}

}
