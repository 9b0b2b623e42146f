package org.airegistry.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Document downloads get their own security chain ahead of the Vaadin chain: anyone may
 * read, no session; the controller maps GET only, so Spring MVC answers other methods
 * with 405. Which documents exist for the public is decided by the registry (published,
 * public entries only).
 */
@Configuration(proxyBeanMethods = false)
class PublicDocumentSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 20)
	SecurityFilterChain publicDocumentSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/systems/*/documents/*")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
