package org.airegistry.search.index;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jooq.DSLContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

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
	CorpusWordCounts corpusWordCounts(DSLContext dsl, TransactionTemplate transactions, RegistryQueries registry,
			ObjectProvider<Clock> clock) {
		return new CorpusWordCounts(dsl, transactions, registry, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	RegistryEntryIndexer registryEntryIndexer(RegistryEntriesIndex index, RegistryQueries registry,
			ObjectProvider<DeploymentFacts.Source> deployments, CorpusWordCounts corpus) {
		return new RegistryEntryIndexer(index, registry, deployments.getIfAvailable(() -> DeploymentFacts.Source.NONE),
				corpus);
	}

	@Bean
	RegistryEntriesReindexer registryEntriesReindexer(RegistryEntriesIndex index, RegistryQueries registry,
			CorpusWordCounts corpus, ObjectProvider<Clock> clock, ObjectProvider<DeploymentFacts.Source> deployments,
			@Value("${airegistry.search.reindex.concurrency:" + RegistryEntriesReindexer.DEFAULT_CONCURRENCY
					+ "}") int concurrency,
			@Value("${airegistry.search.reindex.keep-indices:" + RegistryEntriesReindexer.DEFAULT_KEEP_INDICES
					+ "}") int keepIndices) {
		return new RegistryEntriesReindexer(index, registry, clock.getIfAvailable(Clock::systemUTC),
				deployments.getIfAvailable(() -> DeploymentFacts.Source.NONE), concurrency, keepIndices, corpus);
	}

	/**
	 * Counts the corpus words of existing entries once after the migration that keeps
	 * them (DD039), in the background; a reindex before it finishes waits for it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void countCorpusWordsInBackground(ApplicationReadyEvent event) {
		CorpusWordCounts counts = event.getApplicationContext().getBean(CorpusWordCounts.class);
		Thread.ofVirtual().name("search-corpus-recount").start(() -> {
			try {
				counts.recountIfPending();
			}
			catch (RuntimeException ex) {
				logger.warn("Corpus words not counted yet (%s); counted before the next reindex"
					.formatted(ex.getMessage()));
			}
		});
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
