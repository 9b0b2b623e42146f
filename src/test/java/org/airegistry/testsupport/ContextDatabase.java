package org.airegistry.testsupport;

import java.util.Locale;

import org.airegistry.search.embedded.EmbeddedElasticsearchEnvironmentPostProcessor;
import org.springframework.core.env.Environment;

/**
 * The name of a test application context's own database (DD092): every Spring test
 * context gets index names of its own on the shared Elasticsearch node (the search
 * module's test defaults give it a random index prefix), and a database named after that
 * prefix, so that no context ever sees rows its index does not hold. Whatever shares the
 * prefix shares the database.
 */
final class ContextDatabase {

	private ContextDatabase() {
	}

	/**
	 * The database of the context with this environment: index prefix
	 * {@code test-1a2b3c4d-} gives {@code context_test_1a2b3c4d}.
	 */
	static String name(Environment environment) {
		String prefix = environment.getRequiredProperty(EmbeddedElasticsearchEnvironmentPostProcessor.INDEX_PREFIX);
		String name = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		return "context_" + name;
	}

}
