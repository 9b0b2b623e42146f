package org.airegistry.gpai.web;

import org.airegistry.shared.Competence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The Annex XI downloads: regulators only (their logged-in session), GET only; everybody
 * else gets 403 instead of a login redirect, so a leaked address shows nothing.
 */
@Configuration(proxyBeanMethods = false)
class TechnicalDocumentSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 21)
	SecurityFilterChain technicalDocumentSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/oversight/models/*/technical-documents/*")
			.authorizeHttpRequests(
					auth -> auth.requestMatchers(HttpMethod.GET).hasRole(Competence.Names.GPAI).anyRequest().denyAll())
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
			.requestCache(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
