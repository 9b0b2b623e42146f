package org.airegistry.search.index;

import org.airegistry.search.index.persistence.CorpusWordCounts;
import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Wires the index, the indexer and the reindexer, and makes sure the index exists once
 * the application is ready (in the background: startup never waits for Elasticsearch).
 */
@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

	private static final Log logger = LogFactory.getLog(SearchIndexConfiguration.class);

	@Bean
	RegistryEntriesIndex registryEntriesIndex(ElasticsearchClient client, ElasticsearchReadiness readiness,
			@Value("${airegistry.search.index-prefix:}") String prefix) {
		return new RegistryEntriesIndex(client, readiness, IndexNames.withPrefix(prefix));
	}

	@Bean
	RegistryEntryIndexer registryEntryIndexer(RegistryEntriesIndex index, RegistryQueries registry,
			ObjectProvider<DeploymentFacts.Source> deployments, ObjectProvider<CorpusWordCounts> corpus) {
		// the kept corpus words (DD039) follow every entry the indexer brings up to date
		CorpusWordCounts counts = corpus.getIfAvailable();
		return new RegistryEntryIndexer(index, registry, deployments.getIfAvailable(() -> DeploymentFacts.Source.NONE),
				counts == null ? CorpusWords.Keeper.NONE : counts);
	}

	@Bean
	RegistryEntriesReindexer registryEntriesReindexer(RegistryEntriesIndex index, RegistryQueries registry,
			ObjectProvider<CorpusWordCounts> corpus, ObjectProvider<Clock> clock,
			ObjectProvider<DeploymentFacts.Source> deployments,
			@Value("${airegistry.search.reindex.concurrency:" + RegistryEntriesReindexer.DEFAULT_CONCURRENCY
					+ "}") int concurrency,
			@Value("${airegistry.search.reindex.keep-indices:" + RegistryEntriesReindexer.DEFAULT_KEEP_INDICES
					+ "}") int keepIndices) {
		// without a database (no kept counts) the reindex counts the corpus words first
		CorpusWordCounts counts = corpus.getIfAvailable();
		return new RegistryEntriesReindexer(index, registry, clock.getIfAvailable(Clock::systemUTC),
				deployments.getIfAvailable(() -> DeploymentFacts.Source.NONE), concurrency, keepIndices,
				counts == null ? CorpusWords.counting(registry) : counts);
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureIndexInBackground(ApplicationReadyEvent event) {
		if (event.getApplicationContext().getEnvironment().getProperty(ReindexCommand.PROPERTY, Boolean.class, false)) {
			// the command line reindex does it in the foreground
			return;
		}
		RegistryEntriesIndex index = event.getApplicationContext().getBean(RegistryEntriesIndex.class);
		RegistryEntriesReindexer reindexer = event.getApplicationContext().getBean(RegistryEntriesReindexer.class);
		Thread.ofVirtual().name("search-index-init").start(() -> {
			try {
				index.ensureExists();
				if (index.isOutdated()) {
					// an index from an older definition (e.g. v2): rebuild it from the
					// database; searches keep using the old index until the alias swap
					logger.info(
							"Search index definition changed; reindexing into " + index.names().concretePrefix() + "…");
					reindexer.reindexAll();
				}
			}
			catch (Exception ex) {
				logger.warn("Search index not ready yet (%s); it is created on first use".formatted(ex.getMessage()));
			}
		});
	}

}
