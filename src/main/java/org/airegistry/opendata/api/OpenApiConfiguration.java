package org.airegistry.opendata.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title page. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI openDataApi() {
		return new OpenAPI().info(new Info().title("AI Act Transparency Registry: open data API")
			.version("v1")
			.description("Read-only access to the public part of the registry (Art 71(4) AI Act): published entries, "
					+ "their version history, providers, facet counts, bulk downloads and Atom feeds. No login, free of "
					+ "charge, CORS open. Rate limited per client IP: over the limit the API answers 429 with Retry-After. "
					+ "Errors are RFC 9457 problem details (application/problem+json). Dates are ISO-8601 in UTC.")
			.license(new License().name("Public registry data")));
	}

}
