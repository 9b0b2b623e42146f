package org.airegistry.security;

import org.airegistry.security.ui.LoginView;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Deny by default: Vaadin views must declare who may open them
 * ({@code @AnonymousAllowed}, {@code @RolesAllowed}); anything else needs a login.
 * Services check again with {@code @PreAuthorize} and organisation scope.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

	/**
	 * Content security policy of the pages, the tightest that Vaadin Flow's client engine
	 * can live with: it runs server-sent JavaScript through {@code new Function(…)}
	 * ({@code unsafe-eval}) and its bootstrap page has inline scripts without nonces
	 * ({@code unsafe-inline}); see DD042.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle loginThrottle, TwoStepLogin twoStepLogin)
			throws Exception {
		// the login's success handler decides whether a second factor comes first (DD045)
		http.setSharedObject(com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler.class,
				twoStepLogin);
		http.addFilterBefore(new SameOriginLoginFilter(), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(loginThrottle, UsernamePasswordAuthenticationFilter.class);
		http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/styles/**", "/images/**", "/favicon.ico", "/robots.txt", "/actuator/health",
					"/actuator/health/**")
			.permitAll()
			// an address that is no page: the 404 page for everyone, not a login redirect
			.requestMatchers(VaadinRoutes::isUnknownPage)
			.permitAll());
		// the API's data has its own policy, set by the API's chain
		// (OpenDataSecurityConfiguration)
		http.headers(headers -> headers
			.addHeaderWriter(new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(
					new org.springframework.security.web.util.matcher.NegatedRequestMatcher(
							org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher
								.withDefaults()
								.matcher("/api/v1/**")),
					new org.springframework.security.web.header.writers.StaticHeadersWriter("Content-Security-Policy",
							CONTENT_SECURITY_POLICY)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
			// write the headers before Vaadin renders a page: Vaadin's page responses
			// otherwise lose them
			.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
				@Override
				public <O extends HeaderWriterFilter> O postProcess(O filter) {
					filter.setShouldWriteHeadersEagerly(true);
					return filter;
				}
			}));
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
		SecurityFilterChain chain = http.build();
		org.springframework.security.web.savedrequest.RequestCache cache = http
			.getSharedObject(org.springframework.security.web.savedrequest.RequestCache.class);
		if (cache != null) {
			twoStepLogin.setRequestCache(cache);
		}
		return chain;
	}

	/**
	 * No observation around each filter of every request: with a meter registry present,
	 * Spring Security otherwise wraps each filter of each chain in an observation of its
	 * own, the largest single share of the public search API's own time (issue 20, DD038;
	 * no metric or alert of the project reads them). Logins and authorisation decisions
	 * are still observed; requests stay timed as {@code http.server.requests}.
	 */
	@Bean
	org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
		return org.springframework.security.config.observation.SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.build();
	}

	@Bean
	TwoStepLogin twoStepLogin(SecondFactors factors, TrustedDevices devices, LoginThrottle throttle,
			org.springframework.context.ApplicationEventPublisher events,
			org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock,
			org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategy) {
		return new TwoStepLogin(factors, devices, throttle, events, clock.getIfAvailable(java.time.Clock::systemUTC),
				strategy.getIfAvailable(
						org.springframework.security.core.context.SecurityContextHolder::getContextHolderStrategy));
	}

	/**
	 * The throttle runs inside the security chain only, not a second time as a plain
	 * servlet filter.
	 */
	@Bean
	FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle loginThrottle) {
		FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(loginThrottle);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Forwarded client addresses only from the configured proxies, before anything else
	 * looks at the client.
	 */
	@Bean
	FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(
			@org.springframework.beans.factory.annotation.Value("${airegistry.security.trusted-proxies:}") String proxies) {
		FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(
				new TrustedProxyFilter(proxies));
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Sessions end after their absolute lifetime, however active. */
	@Bean
	FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(
			@org.springframework.beans.factory.annotation.Value("${airegistry.security.session.absolute-timeout:PT12H}") java.time.Duration absolute,
			org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock) {
		FilterRegistrationBean<SessionLifetimeFilter> registration = new FilterRegistrationBean<>(
				new SessionLifetimeFilter(absolute, clock.getIfAvailable(java.time.Clock::systemUTC)));
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * BCrypt by default, with the algorithm recorded in each hash so it can be upgraded
	 * later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
