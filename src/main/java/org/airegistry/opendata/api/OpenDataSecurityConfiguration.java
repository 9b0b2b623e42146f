package org.airegistry.opendata.api;

import java.util.List;

import org.airegistry.opendata.OpenDataRoutes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The open data API's own security chain, ahead of the Vaadin chain (which keeps denying
 * by default): anyone may read, no session, CORS open for reading, a rate limit per
 * client IP. The API has read operations only ({@code OpenDataReadOnlyTest}): another
 * method reaches Spring MVC, which answers 405 with {@code Allow}, an unknown path 404,
 * both as problem documents.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenDataProperties.class)
class OpenDataSecurityConfiguration {

	/** Paths of the API and its documentation. */
	static final String[] PATHS = { "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	/**
	 * Content security policy of the API's data (JSON, CSV, Atom, problem documents): no
	 * script, no style, nothing runs even if a browser renders a response. Not for the
	 * API documentation (Swagger UI), which is a page.
	 */
	static final String DATA_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
			+ "form-action 'none'; sandbox";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain openDataSecurityFilterChain(HttpSecurity http, OpenDataProperties properties) throws Exception {
		http.securityMatcher(PATHS)
			// other methods reach Spring MVC, which answers 405 with Allow (no mapping
			// but
			// GET/HEAD exists: AuthorizationMatrixTest)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					PathPatternRequestMatcher.withDefaults().matcher(OpenDataRoutes.API + "/**"),
					new StaticHeadersWriter("Content-Security-Policy", DATA_CONTENT_SECURITY_POLICY))))
			.cors(cors -> cors.configurationSource(corsConfiguration()))
			// read-only, no session, no cookies: nothing for a forged request to ride on
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.addFilterBefore(new ApiRateLimitFilter(properties.rateLimit().requestsPerMinute()),
					AuthorizationFilter.class);
		return http.build();
	}

	static CorsConfigurationSource corsConfiguration() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(List.of("*"));
		cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		cors.setAllowedHeaders(List.of("*"));
		cors.setExposedHeaders(List.of("Retry-After", ApiRateLimitFilter.REMAINING_HEADER, "Content-Disposition"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(OpenDataRoutes.API + "/**", cors);
		source.registerCorsConfiguration(OpenDataRoutes.OPENAPI + "/**", cors);
		return source;
	}

}
