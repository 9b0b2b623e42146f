package org.airegistry.search.models;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.airegistry.gpai.GpaiQueries;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.airegistry.search.index.AliasedIndex;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Wires the model index, its indexer and search, and fills the index with every published
 * model's latest version once the application is ready and the index is empty (in the
 * background: startup never waits for Elasticsearch).
 */
@Configuration(proxyBeanMethods = false)
class GpaiModelsConfiguration {

	/** The command-line reindex switch (see {@code search.index.ReindexCommand}). */
	static final String REINDEX_PROPERTY = "airegistry.reindex";

	private static final Log logger = LogFactory.getLog(GpaiModelsConfiguration.class);

	@Bean
	GpaiModelsIndex gpaiModelsIndex(ElasticsearchClient client, ElasticsearchReadiness readiness,
			@Value("${airegistry.search.index-prefix:}") String prefix) {
		return new GpaiModelsIndex(client, readiness, prefix);
	}

	@Bean
	GpaiModelIndexer gpaiModelIndexer(GpaiModelsIndex index, GpaiQueries queries) {
		return new GpaiModelIndexer(index, queries);
	}

	@Bean
	ElasticsearchModelSearch elasticsearchModelSearch(GpaiModelsIndex index) {
		return new ElasticsearchModelSearch(index);
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillIndexInBackground(ApplicationReadyEvent event) {
		boolean reindex = event.getApplicationContext()
			.getEnvironment()
			.getProperty(REINDEX_PROPERTY, Boolean.class, false);
		GpaiModelsIndex index = event.getApplicationContext().getBean(GpaiModelsIndex.class);
		GpaiModelIndexer indexer = event.getApplicationContext().getBean(GpaiModelIndexer.class);
		AliasedIndex.fillInBackground("gpai-models-index-init", logger,
				() -> reindex || index.count() == 0
						? "Indexed " + indexer.indexAllLatest() + " GPAI models into " + index.readAlias() : null,
				"GPAI model index not filled yet (%s); published models are indexed from the outbox");
	}

}
