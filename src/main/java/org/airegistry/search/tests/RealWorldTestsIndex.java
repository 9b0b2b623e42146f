package org.airegistry.search.tests;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.airegistry.search.index.AliasedIndex;

/**
 * The real-world-tests index: created from the versioned definition {@value #DEFINITION}
 * behind a read alias ({@code real-world-tests}) and a write alias
 * ({@code real-world-tests-write}).
 */
public class RealWorldTestsIndex extends AliasedIndex {

	/** Classpath location of the index definition (settings and mappings). */
	public static final String DEFINITION = "search/real-world-tests.v1.json";

	/** Version of the index definition. */
	public static final int DEFINITION_VERSION = 1;

	public RealWorldTestsIndex(ElasticsearchClient client, ElasticsearchReadiness readiness, String prefix) {
		super(client, readiness, prefix, "real-world-tests", DEFINITION, DEFINITION_VERSION);
	}

}
