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

	/** Content security policy that Vaadin's client engine can live with. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle loginThrottle) throws Exception {
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
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
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
		return http.build();
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
	 * BCrypt by default, with the algorithm recorded in each hash so it can be upgraded
	 * later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
