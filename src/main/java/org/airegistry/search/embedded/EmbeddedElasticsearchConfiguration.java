package org.airegistry.search.embedded;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Provides {@link ElasticsearchReadiness}: waits for the embedded node when
 * {@link EmbeddedElasticsearchEnvironmentPostProcessor} started one for this context,
 * else returns at once.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedElasticsearchConfiguration {

	@Bean
	ElasticsearchReadiness elasticsearchReadiness(Environment environment) {
		if (!environment.getProperty(EmbeddedElasticsearchEnvironmentPostProcessor.RUNNING, Boolean.class, false)) {
			return ElasticsearchReadiness.external();
		}
		String uri = environment.getRequiredProperty(EmbeddedElasticsearchEnvironmentPostProcessor.HTTP_URI);
		return () -> EmbeddedElasticsearch.sharedIfRunning()
			.filter(node -> node.httpUri().toString().equals(uri))
			.orElseThrow(() -> new IllegalStateException("The embedded Elasticsearch on " + uri + " is not running"))
			.awaitReady();
	}

}
