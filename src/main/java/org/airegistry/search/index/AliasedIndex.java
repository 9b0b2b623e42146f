package org.airegistry.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A small index of one record kind (GPAI models, real-world tests): created from a
 * versioned definition on the classpath behind a read alias ({@code <name>}) and a write
 * alias ({@code <name>-write}); a prefix (per test context) keeps several sets apart on
 * one cluster.
 */
public class AliasedIndex {

	/** The error type of a write whose external version is not newer than the index's. */
	public static final String VERSION_CONFLICT = "version_conflict_engine_exception";

	private static final Log logger = LogFactory.getLog(AliasedIndex.class);

	private final ElasticsearchClient client;

	private final ElasticsearchReadiness readiness;

	private final String prefix;

	private final String name;

	private final String definition;

	private final int definitionVersion;

	private volatile boolean ensured;

	private static final long WARN_INTERVAL_NANOS = 60_000_000_000L;

	private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_INTERVAL_NANOS);

	/**
	 * @param name the read alias without prefix, e.g. {@code gpai-models}
	 * @param definition classpath location of the settings and mappings
	 * @param definitionVersion version of that definition (part of the concrete name)
	 */
	public AliasedIndex(ElasticsearchClient client, ElasticsearchReadiness readiness, String prefix, String name,
			String definition, int definitionVersion) {
		this.client = client;
		this.readiness = readiness;
		this.prefix = prefix;
		this.name = name;
		this.definition = definition;
		this.definitionVersion = definitionVersion;
	}

	public ElasticsearchClient client() {
		return client;
	}

	public String readAlias() {
		return prefix + name;
	}

	public String writeAlias() {
		return prefix + name + "-write";
	}

	/** The concrete index created when none exists. */
	public String initialIndex() {
		return prefix + name + "-v" + definitionVersion + "-000001";
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

	/**
	 * Writes one document through the write alias with an external version, so an older
	 * version never replaces a newer one whatever order events arrive in.
	 * @return false when the index already holds this ({@link VersionType#External}) or a
	 * newer version: nothing written
	 * @throws IOException when Elasticsearch cannot be reached (the caller retries)
	 */
	public boolean writeVersioned(String id, long version, VersionType type, Map<String, Object> source)
			throws IOException {
		try {
			client.index(i -> i.index(writeAlias())
				.requireAlias(true)
				.id(id)
				.versionType(type)
				.version(version)
				.document(source));
			return true;
		}
		catch (ElasticsearchException ex) {
			if (VERSION_CONFLICT.equals(ex.error().type())) {
				return false;
			}
			if ("index_not_found_exception".equals(ex.error().type())) {
				forgetEnsured();
			}
			throw ex;
		}
	}

	/**
	 * Writes documents through the write alias in one bulk request, each with its
	 * external version.
	 * @return how many were written (version conflicts count as done)
	 */
	public <T> int writeAll(List<T> items, Function<T, String> id, ToLongFunction<T> version, VersionType type,
			Function<T, Map<String, Object>> source, String kind) throws IOException {
		if (items.isEmpty()) {
			return 0;
		}
		BulkResponse response = client.bulk(b -> {
			b.index(writeAlias());
			for (T item : items) {
				Map<String, Object> document = source.apply(item);
				b.operations(o -> o.index(i -> i.id(id.apply(item))
					.versionType(type)
					.version(version.applyAsLong(item))
					.document(document)));
			}
			return b;
		});
		return RegistryEntryIndexer.written(response, kind, writeAlias());
	}

	/** Work on an index that may fail; answers what to log, or nothing. */
	public interface Fill {

		@org.jspecify.annotations.Nullable
		String run() throws Exception;

	}

	/**
	 * Runs the fill of a secondary index in a virtual thread (startup never waits for
	 * Elasticsearch): logs what it did, or that the index is not filled yet and why.
	 * @param notYet the warning, with {@code %s} for the cause
	 */
	public static void fillInBackground(String threadName, Log log, Fill fill, String notYet) {
		Thread.ofVirtual().name(threadName).start(() -> {
			try {
				String done = fill.run();
				if (done != null) {
					log.info(done);
				}
			}
			catch (Exception ex) {
				log.warn(notYet.formatted(ex.getMessage()));
			}
		});
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

	/** A read of the index that may fail. */
	@FunctionalInterface
	public interface Read<T> {

		T read(ElasticsearchClient client) throws IOException;

	}

	/**
	 * Reads from the index once it exists; empty when Elasticsearch cannot be reached, so
	 * the caller answers from the database (one warning a minute, naming {@code what}).
	 */
	public <T> Optional<T> readOrEmpty(String what, Read<T> read) {
		try {
			ensureExists();
			return Optional.of(read.read(client));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ElasticsearchException es && "index_not_found_exception".equals(es.error().type())) {
				forgetEnsured();
			}
			long now = System.nanoTime();
			long last = lastWarning.get();
			if (now - last >= WARN_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
				logger.warn(what + " index unreachable (" + ex.getMessage() + "); answering from the database");
			}
			return Optional.empty();
		}
	}

	private void createInitialIndex() throws IOException {
		String index = initialIndex();
		try (InputStream stream = definition()) {
			client.indices()
				.create(c -> c.withJson(stream)
					.index(index)
					.aliases(readAlias(), a -> a)
					.aliases(writeAlias(), a -> a.isWriteIndex(true)));
			logger.info("Created search index " + index + " with aliases " + readAlias() + " and " + writeAlias());
		}
		catch (ElasticsearchException ex) {
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
			// another instance created it at the same moment, with both aliases
			logger.debug("Search index " + index + " was created concurrently");
		}
	}

	private InputStream definition() {
		InputStream stream = AliasedIndex.class.getClassLoader().getResourceAsStream(definition);
		if (stream == null) {
			throw new UncheckedIOException(new IOException("Index definition " + definition + " not on the classpath"));
		}
		return stream;
	}

}
