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
 * {@code robots.txt} and the sitemaps are public files: anyone may read them, no session;
 * the controller maps GET only (Spring MVC answers other methods with 405).
 */
@Configuration(proxyBeanMethods = false)
class CrawlerSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 22)
	SecurityFilterChain crawlerSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/robots.txt", "/sitemap.xml", "/sitemaps/*")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
