package org.airegistry.security;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.airegistry.shared.Audited;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The login in two steps (DD045). After a right password, an account with a second factor
 * — or whose role requires one — is not logged in yet: the authentication waits in the
 * session ({@link PendingLogin}), the security context stays empty, and the browser goes
 * to the code page, which completes the login with a code ({@link #submitCode}) or, for a
 * required factor not set up yet, with the first code of a new one
 * ({@link #submitEnrolment}). Code guesses are throttled like passwords, before they are
 * checked. Every other account is logged in at once. Either way the browser then becomes
 * a trusted device of the account ({@link TrustedDevices}).
 */
public class TwoStepLogin extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

	/** The code page's route. */
	public static final String CODE_PAGE = "login/code";

	/** What became of a submitted code. */
	public enum Outcome {

		/** Logged in. */
		ACCEPTED,
		/** Not the code. */
		WRONG,
		/** Too many guesses: wait. */
		THROTTLED,
		/** The pending login lapsed: log in again. */
		EXPIRED

	}

	private final SecondFactors factors;

	private final TrustedDevices devices;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecurityContextHolderStrategy strategy;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private RequestCache cache = new HttpSessionRequestCache();

	TwoStepLogin(SecondFactors factors, TrustedDevices devices, LoginThrottle throttle,
			ApplicationEventPublisher events, Clock clock, SecurityContextHolderStrategy strategy) {
		this.factors = factors;
		this.devices = devices;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
		this.strategy = strategy;
		setDefaultTargetUrl("/");
	}

	@Override
	public void setRequestCache(RequestCache requestCache) {
		super.setRequestCache(requestCache);
		this.cache = requestCache;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof RegistryUserDetails details
				&& (SecondFactors.required(details.actor()) || factors.enabled(details.actor().userId()))) {
			SavedRequest saved = cache.getRequest(request, response);
			request.getSession()
				.setAttribute(PendingLogin.ATTRIBUTE, new PendingLogin(authentication,
						saved == null ? "/" : saved.getRedirectUrl(), clock.instant()));
			SecurityContext empty = strategy.createEmptyContext();
			strategy.setContext(empty);
			contexts.saveContext(empty, request, response);
			response.sendRedirect(request.getContextPath() + "/" + CODE_PAGE);
			return;
		}
		trust(request, response, authentication.getName());
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** The login waiting for its second factor in this session, if any and not lapsed. */
	public @Nullable PendingLogin pending(HttpSession session) {
		if (!(session.getAttribute(PendingLogin.ATTRIBUTE) instanceof PendingLogin pending)) {
			return null;
		}
		if (pending.expired(clock.instant())) {
			session.removeAttribute(PendingLogin.ATTRIBUTE);
			return null;
		}
		return pending;
	}

	/**
	 * Whether the pending account has a second factor already (else it must set one up).
	 */
	public boolean hasFactor(PendingLogin pending) {
		return factors.enabled(pending.user().actor().userId());
	}

	/** Checks a code (or recovery code) of a pending login; completes it when right. */
	public Outcome submitCode(String code, HttpServletRequest request, HttpServletResponse response) {
		PendingLogin pending = pending(request.getSession());
		if (pending == null) {
			return Outcome.EXPIRED;
		}
		String login = pending.user().getUsername();
		if (throttle.secondFactorAttempt(login, ClientAddress.key(request)).isPresent()) {
			return Outcome.THROTTLED;
		}
		if (!factors.verify(pending.user().actor().userId(), code)) {
			events.publishEvent(Audited.of("login.second-factor-failed", "account", login));
			return Outcome.WRONG;
		}
		complete(pending, request, response);
		return Outcome.ACCEPTED;
	}

	/**
	 * Sets up the required second factor of a pending login with its first code, then
	 * completes the login; returns the recovery codes (empty unless accepted).
	 */
	public Enrolled submitEnrolment(String secret, String code, HttpServletRequest request,
			HttpServletResponse response) {
		PendingLogin pending = pending(request.getSession());
		if (pending == null) {
			return new Enrolled(Outcome.EXPIRED, List.of());
		}
		String login = pending.user().getUsername();
		if (throttle.secondFactorAttempt(login, ClientAddress.key(request)).isPresent()) {
			return new Enrolled(Outcome.THROTTLED, List.of());
		}
		try {
			List<String> codes = factors.confirm(pending.user().actor().userId(), secret, code);
			complete(pending, request, response);
			return new Enrolled(Outcome.ACCEPTED, codes);
		}
		catch (IllegalArgumentException wrongCode) {
			return new Enrolled(Outcome.WRONG, List.of());
		}
	}

	/** The outcome of setting up a factor at login, with the recovery codes. */
	public record Enrolled(Outcome outcome, List<String> recoveryCodes) {
	}

	private void complete(PendingLogin pending, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = strategy.createEmptyContext();
		context.setAuthentication(pending.authentication());
		strategy.setContext(context);
		contexts.saveContext(context, request, response);
		request.getSession().removeAttribute(PendingLogin.ATTRIBUTE);
		trust(request, response, pending.user().getUsername());
		events.publishEvent(Audited.of("login.second-factor-verified", "account", pending.user().getUsername()));
	}

	private void trust(HttpServletRequest request, HttpServletResponse response, String login) {
		throttle.succeeded(login, devices.trustedDevice(request, login));
		devices.remember(request, response, login);
	}

}
