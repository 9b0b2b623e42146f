package org.airegistry.search.tests;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.airegistry.search.index.AliasedIndex;
import org.airegistry.testing.TestPlanQueries;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Wires the real-world-tests index, its indexer and search, and brings the index in line
 * with the public tests once the application is ready (in the background: startup never
 * waits for Elasticsearch): every start, because the index is small and a consent
 * withdrawn while the index was unreachable must not stay findable.
 */
@Configuration(proxyBeanMethods = false)
class RealWorldTestsConfiguration {

	private static final Log logger = LogFactory.getLog(RealWorldTestsConfiguration.class);

	@Bean
	RealWorldTestsIndex realWorldTestsIndex(ElasticsearchClient client, ElasticsearchReadiness readiness,
			@Value("${airegistry.search.index-prefix:}") String prefix) {
		return new RealWorldTestsIndex(client, readiness, prefix);
	}

	@Bean
	RealWorldTestIndexer realWorldTestIndexer(RealWorldTestsIndex index, TestPlanQueries queries) {
		return new RealWorldTestIndexer(index, queries);
	}

	@Bean
	ElasticsearchTestSearch elasticsearchTestSearch(RealWorldTestsIndex index) {
		return new ElasticsearchTestSearch(index);
	}

	@EventListener(ApplicationReadyEvent.class)
	void syncIndexInBackground(ApplicationReadyEvent event) {
		RealWorldTestsIndex index = event.getApplicationContext().getBean(RealWorldTestsIndex.class);
		RealWorldTestIndexer indexer = event.getApplicationContext().getBean(RealWorldTestIndexer.class);
		AliasedIndex.fillInBackground("real-world-tests-index-init", logger, () -> {
			RealWorldTestIndexer.Result result = indexer.reindexAll();
			return "Indexed %d real-world tests into %s, removed %d".formatted(result.written(), index.readAlias(),
					result.removed());
		}, "Real-world test index not in line yet (%s); tests are indexed from the outbox");
	}

}
