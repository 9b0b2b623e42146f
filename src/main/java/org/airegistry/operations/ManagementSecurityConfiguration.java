package org.airegistry.operations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints, on the portal's port or on a separate management port
 * ({@code management.server.port}): health and its groups are open (load balancers and
 * orchestrators probe them; details only in the {@code degradable} group, never stack
 * traces); the Prometheus endpoint needs HTTP Basic credentials of the scrape account
 * {@code airegistry.metrics.username} / {@code airegistry.metrics.password} and is closed
 * when no password is set; every other endpoint is closed. No session, no login page,
 * separate from the users' accounts.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

	static final String SCRAPE_ROLE = "METRICS_SCRAPER";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 5)
	SecurityFilterChain managementSecurityFilterChain(HttpSecurity http, PasswordEncoder passwords,
			@Value("${airegistry.metrics.username:metrics}") String username,
			@Value("${airegistry.metrics.password:}") String password) throws Exception {
		InMemoryUserDetailsManager scrapers = new InMemoryUserDetailsManager();
		if (!password.isBlank()) {
			scrapers.createUser(
					User.withUsername(username).password(passwords.encode(password)).roles(SCRAPE_ROLE).build());
		}
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(scrapers);
		provider.setPasswordEncoder(passwords);
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.requestMatchers(EndpointRequest.to("prometheus"))
				.hasRole(SCRAPE_ROLE)
				.anyRequest()
				.denyAll())
			.authenticationManager(new ProviderManager(provider))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
