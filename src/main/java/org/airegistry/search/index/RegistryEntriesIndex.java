package org.airegistry.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The registry-entries index: created from the versioned definition {@value #DEFINITION}
 * behind a read alias and a write alias. {@link #ensureExists()} is idempotent and safe
 * when several application instances start at once.
 */
public class RegistryEntriesIndex {

	/** Classpath location of the index definition (settings and mappings). */
	public static final String DEFINITION = "search/registry-entries.v4.json";

	private static final Log logger = LogFactory.getLog(RegistryEntriesIndex.class);

	private final ElasticsearchClient client;

	private final ElasticsearchReadiness readiness;

	private final IndexNames names;

	private final AnalysisVocabulary vocabulary = AnalysisVocabulary.load();

	private volatile boolean ensured;

	public RegistryEntriesIndex(ElasticsearchClient client, ElasticsearchReadiness readiness, IndexNames names) {
		this.client = client;
		this.readiness = readiness;
		this.names = names;
	}

	public IndexNames names() {
		return names;
	}

	public ElasticsearchClient client() {
		return client;
	}

	/**
	 * Waits for Elasticsearch, then makes sure both aliases exist, creating the initial
	 * concrete index with both when neither does. Cheap after the first success.
	 * @throws IOException when Elasticsearch cannot be reached
	 */
	public void ensureExists() throws IOException {
		if (ensured) {
			return;
		}
		synchronized (this) {
			if (ensured) {
				return;
			}
			readiness.awaitReady();
			List<String> readIndices = indicesOf(names.readAlias());
			List<String> writeIndices = indicesOf(names.writeAlias());
			if (readIndices.isEmpty() && writeIndices.isEmpty()) {
				createInitialIndex();
			}
			else if (readIndices.isEmpty() || writeIndices.isEmpty()) {
				repairMissingAlias(readIndices, writeIndices);
			}
			ensured = true;
		}
	}

	/**
	 * Whether the read alias points at an index made from an older definition (e.g. v3
	 * after v4 shipped) or with another search vocabulary ({@link AnalysisVocabulary}):
	 * it then needs a full reindex.
	 */
	public boolean isOutdated() throws IOException {
		ensureExists();
		List<String> read = indicesOf(names.readAlias());
		if (read.stream().anyMatch(name -> !name.startsWith(names.concretePrefix()))) {
			return true;
		}
		for (var mapping : client.indices().getMapping(g -> g.index(names.readAlias())).mappings().values()) {
			var meta = mapping.mappings().meta();
			var recorded = meta == null ? null : meta.get("vocabulary");
			if (recorded == null || !vocabulary.fingerprint().equals(recorded.to(String.class))) {
				return true;
			}
		}
		return false;
	}

	/** The search vocabulary new indices are created with. */
	public AnalysisVocabulary vocabulary() {
		return vocabulary;
	}

	/**
	 * Every concrete index of this set (all definition versions), oldest first by name.
	 */
	public List<String> allIndices() throws IOException {
		String pattern = names.readAlias() + "-v*";
		return client.indices()
			.get(g -> g.index(pattern).allowNoIndices(true).ignoreUnavailable(true))
			.indices()
			.keySet()
			.stream()
			.sorted()
			.toList();
	}

	/** Forgets that the index was ensured, so the next use checks again. */
	public void forgetEnsured() {
		ensured = false;
	}

	/**
	 * Creates a concrete index from the definition.
	 * @param name the concrete index name
	 * @param withAliases whether the read and write aliases point at it from the start
	 */
	public void create(String name, boolean withAliases) throws IOException {
		create(name, withAliases, CorpusWords.NONE);
	}

	/**
	 * Creates a concrete index from the definition with the search vocabulary and the
	 * corpus's words for splitting compounds.
	 * @param name the concrete index name
	 * @param withAliases whether the read and write aliases point at it from the start
	 * @param corpus words of the entries to be indexed
	 */
	public void create(String name, boolean withAliases, CorpusWords corpus) throws IOException {
		String json;
		try (InputStream definition = definition()) {
			json = vocabulary.apply(new String(definition.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
					corpus);
		}
		try (java.io.Reader definition = new java.io.StringReader(json)) {
			client.indices().create(c -> {
				c.withJson(definition).index(name);
				if (withAliases) {
					c.aliases(names.readAlias(), a -> a).aliases(names.writeAlias(), a -> a.isWriteIndex(true));
				}
				return c;
			});
		}
	}

	/** Number of documents the read alias sees. */
	public long count() throws IOException {
		ensureExists();
		return client.count(c -> c.index(names.readAlias())).count();
	}

	/** The concrete indices an alias points at (empty if the alias does not exist). */
	public List<String> indicesOf(String alias) throws IOException {
		if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
			return List.of();
		}
		GetAliasResponse response = client.indices().getAlias(g -> g.name(alias));
		return new ArrayList<>(response.aliases().keySet());
	}

	/** Opens the index definition from the classpath. */
	public static InputStream definition() {
		InputStream stream = RegistryEntriesIndex.class.getClassLoader().getResourceAsStream(DEFINITION);
		if (stream == null) {
			throw new UncheckedIOException(new IOException("Index definition " + DEFINITION + " not on the classpath"));
		}
		return stream;
	}

	private void createInitialIndex() throws IOException {
		String name = names.initialIndex();
		try {
			create(name, true);
			logger.info("Created search index " + name + " with aliases " + names.readAlias() + " and "
					+ names.writeAlias());
		}
		catch (ElasticsearchException ex) {
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
			// another instance created it at the same moment, with both aliases
			logger.debug("Search index " + name + " was created concurrently");
		}
	}

	private void repairMissingAlias(List<String> readIndices, List<String> writeIndices) throws IOException {
		if (writeIndices.isEmpty()) {
			String target = readIndices.get(readIndices.size() - 1);
			client.indices()
				.updateAliases(u -> u
					.actions(a -> a.add(add -> add.index(target).alias(names.writeAlias()).isWriteIndex(true))));
			logger.warn("Write alias " + names.writeAlias() + " was missing; pointed it at " + target);
		}
		else {
			String target = writeIndices.get(0);
			client.indices()
				.updateAliases(u -> u.actions(a -> a.add(add -> add.index(target).alias(names.readAlias()))));
			logger.warn("Read alias " + names.readAlias() + " was missing; pointed it at " + target);
		}
	}

}
