package org.airegistry.search.models;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.airegistry.search.index.AliasedIndex;

/**
 * The gpai-models index: created from the versioned definition {@value #DEFINITION}
 * behind a read alias ({@code gpai-models}) and a write alias
 * ({@code gpai-models-write}).
 */
public class GpaiModelsIndex extends AliasedIndex {

	/** Classpath location of the index definition (settings and mappings). */
	public static final String DEFINITION = "search/gpai-models.v1.json";

	/** Version of the index definition. */
	public static final int DEFINITION_VERSION = 1;

	public GpaiModelsIndex(ElasticsearchClient client, ElasticsearchReadiness readiness, String prefix) {
		super(client, readiness, prefix, "gpai-models", DEFINITION, DEFINITION_VERSION);
	}

}
