package org.airegistry.search.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The gpai-models index: created from the versioned definition {@value #DEFINITION}
 * behind a read alias ({@code gpai-models}) and a write alias
 * ({@code gpai-models-write}); a prefix (per test context) keeps several sets apart on
 * one cluster.
 */
public class GpaiModelsIndex {

	/** Classpath location of the index definition (settings and mappings). */
	public static final String DEFINITION = "search/gpai-models.v1.json";

	/** Version of the index definition. */
	public static final int DEFINITION_VERSION = 1;

	private static final Log logger = LogFactory.getLog(GpaiModelsIndex.class);

	private final ElasticsearchClient client;

	private final ElasticsearchReadiness readiness;

	private final String prefix;

	private volatile boolean ensured;

	public GpaiModelsIndex(ElasticsearchClient client, ElasticsearchReadiness readiness, String prefix) {
		this.client = client;
		this.readiness = readiness;
		this.prefix = prefix;
	}

	public ElasticsearchClient client() {
		return client;
	}

	public String readAlias() {
		return prefix + "gpai-models";
	}

	public String writeAlias() {
		return prefix + "gpai-models-write";
	}

	/** The concrete index created when none exists. */
	public String initialIndex() {
		return prefix + "gpai-models-v" + DEFINITION_VERSION + "-000001";
	}

	/**
	 * Waits for Elasticsearch, then creates the initial index with both aliases unless
	 * the read alias exists. Cheap after the first success.
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
			if (!client.indices().existsAlias(e -> e.name(readAlias())).value()) {
				createInitialIndex();
			}
			ensured = true;
		}
	}

	/** Forgets that the index was ensured, so the next use checks again. */
	public void forgetEnsured() {
		ensured = false;
	}

	/** Number of documents the read alias sees. */
	public long count() throws IOException {
		ensureExists();
		return client.count(c -> c.index(readAlias())).count();
	}

	/** Makes indexed documents visible to searches at once (tests, bulk fill). */
	public void refresh() throws IOException {
		client.indices().refresh(r -> r.index(readAlias()));
	}

	private void createInitialIndex() throws IOException {
		String name = initialIndex();
		try (InputStream definition = definition()) {
			client.indices()
				.create(c -> c.withJson(definition)
					.index(name)
					.aliases(readAlias(), a -> a)
					.aliases(writeAlias(), a -> a.isWriteIndex(true)));
			logger.info("Created search index " + name + " with aliases " + readAlias() + " and " + writeAlias());
		}
		catch (ElasticsearchException ex) {
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
			// another instance created it at the same moment, with both aliases
			logger.debug("Search index " + name + " was created concurrently");
		}
	}

	private static InputStream definition() {
		InputStream stream = GpaiModelsIndex.class.getClassLoader().getResourceAsStream(DEFINITION);
		if (stream == null) {
			throw new UncheckedIOException(new IOException("Index definition " + DEFINITION + " not on the classpath"));
		}
		return stream;
	}

}
