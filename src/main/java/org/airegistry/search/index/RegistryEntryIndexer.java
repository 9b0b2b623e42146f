package org.airegistry.search.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Writes entries' latest public versions into the index. Documents carry the entry
 * version as external version, so an older version never replaces a newer one, whatever
 * order events arrive in.
 */
public class RegistryEntryIndexer {

	static final String VERSION_CONFLICT = AliasedIndex.VERSION_CONFLICT;

	private static final Log logger = LogFactory.getLog(RegistryEntryIndexer.class);

	private final RegistryEntriesIndex index;

	private final RegistryQueries registry;

	private final DeploymentFacts.Source deployments;

	private final CorpusWords.Keeper corpus;

	public RegistryEntryIndexer(RegistryEntriesIndex index, RegistryQueries registry) {
		this(index, registry, DeploymentFacts.Source.NONE);
	}

	public RegistryEntryIndexer(RegistryEntriesIndex index, RegistryQueries registry,
			DeploymentFacts.Source deployments) {
		this(index, registry, deployments, CorpusWords.Keeper.NONE);
	}

	/**
	 * @param corpus told of every entry brought up to date, so that the kept corpus words
	 * follow what the public may see (DD039)
	 */
	public RegistryEntryIndexer(RegistryEntriesIndex index, RegistryQueries registry,
			DeploymentFacts.Source deployments, CorpusWords.Keeper corpus) {
		this.index = index;
		this.registry = registry;
		this.deployments = deployments;
		this.corpus = corpus;
	}

	/** What became of an entry. */
	public enum Outcome {

		/** The document now holds the entry's latest public version. */
		INDEXED,

		/** The index already held this or a newer version: nothing to do. */
		ALREADY_CURRENT,

		/**
		 * The entry has no public version (or is in the non-public section, Art 49(4)):
		 * any document of it was removed from the index.
		 */
		NOT_PUBLIC

	}

	/**
	 * Indexes the latest public version of an entry through the write alias.
	 * @throws IOException when Elasticsearch cannot be reached (the caller retries)
	 */
	public Outcome index(AiSystemId id) throws IOException {
		return index(id, VersionType.External);
	}

	/**
	 * Indexes an entry whose document was removed while its version stayed the same (a
	 * lifted suspension): the delete left a tombstone at that version, so the same
	 * version must be accepted.
	 * @throws IOException when Elasticsearch cannot be reached (the caller retries)
	 */
	public Outcome reinstate(AiSystemId id) throws IOException {
		return index(id, VersionType.ExternalGte);
	}

	/**
	 * Rewrites an entry's document at its current version, because facts stored beside
	 * the entry changed (a deployer registered its use, with or without a FRIA): the
	 * entry's own version did not move, so {@link #index(AiSystemId)} would see a version
	 * conflict and keep the stale document.
	 * @throws IOException when Elasticsearch cannot be reached (the caller retries)
	 */
	public Outcome refresh(AiSystemId id) throws IOException {
		return index(id, VersionType.ExternalGte);
	}

	private Outcome index(AiSystemId id, VersionType versionType) throws IOException {
		Outcome outcome = write(id, versionType);
		// the kept corpus words follow the entry's public state, after the document (so
		// the search sees the entry no later than before); when this fails the event is
		// retried, and the document's write is then a no-op
		corpus.entryChanged(id);
		return outcome;
	}

	private Outcome write(AiSystemId id, VersionType versionType) throws IOException {
		// wait for Elasticsearch before touching the database
		index.ensureExists();
		// the registry's public reads apply the one visibility rule: an entry in the
		// non-public section or suspended from public view is absent here
		Optional<PublicEntry> latest = registry.findLatest(id);
		if (latest.isEmpty()) {
			// e.g. an entry that moved to the non-public section: its document must go
			try {
				long version = registry.latestVersionNumber(id);
				if (version > 0) {
					// keep the tombstone at the entry's version, so reinstate() can bring
					// it back
					index.client()
						.delete(d -> d.index(index.names().writeAlias())
							.id(id.toString())
							.versionType(VersionType.ExternalGte)
							.version(version));
				}
				else {
					index.client().delete(d -> d.index(index.names().writeAlias()).id(id.toString()));
				}
			}
			catch (ElasticsearchException ex) {
				if (ex.status() != 404 && !VERSION_CONFLICT.equals(ex.error().type())) {
					throw ex;
				}
			}
			logger.debug("Entry " + id + " has no public version; not in the index");
			return Outcome.NOT_PUBLIC;
		}
		PublicEntry entry = latest.get();
		try {
			index.client()
				.index(i -> i.index(index.names().writeAlias())
					.requireAlias(true)
					.id(SearchDocuments.id(entry))
					.versionType(versionType)
					.version((long) entry.version())
					.document(SearchDocuments.toSource(entry, deployments.of(entry.registrationNumber()))));
			logger.debug("Indexed entry " + entry.registrationNumber() + " version " + entry.version());
			return Outcome.INDEXED;
		}
		catch (ElasticsearchException ex) {
			if (VERSION_CONFLICT.equals(ex.error().type())) {
				logger.debug("Index already holds entry " + entry.registrationNumber() + " at version "
						+ entry.version() + " or newer");
				return Outcome.ALREADY_CURRENT;
			}
			if ("index_not_found_exception".equals(ex.error().type())) {
				// the write alias vanished: check again (and recreate) on the retry
				index.forgetEnsured();
			}
			throw ex;
		}
	}

	/**
	 * Writes a batch into a concrete index with external versions; documents the index
	 * already holds at the same or a newer version are left alone.
	 * @return how many documents were written
	 * @throws IllegalStateException when an item fails for another reason
	 */
	public static int bulkIndex(ElasticsearchClient client, String target, List<PublicEntry> entries)
			throws IOException {
		return bulkIndex(client, target, entries, DeploymentFacts.Source.NONE);
	}

	/**
	 * Writes a batch like {@link #bulkIndex(ElasticsearchClient, String, List)}, with
	 * each entry's deployment facts.
	 */
	public static int bulkIndex(ElasticsearchClient client, String target, List<PublicEntry> entries,
			DeploymentFacts.Source deployments) throws IOException {
		if (entries.isEmpty()) {
			return 0;
		}
		Map<String, DeploymentFacts> facts = deployments
			.ofAll(entries.stream().map(PublicEntry::registrationNumber).toList());
		BulkResponse response = client.bulk(b -> {
			b.index(target);
			for (PublicEntry entry : entries) {
				Map<String, Object> source = SearchDocuments.toSource(entry,
						facts.getOrDefault(entry.registrationNumber(), DeploymentFacts.NONE));
				b.operations(o -> o.index(i -> i.id(SearchDocuments.id(entry))
					.versionType(VersionType.External)
					.version((long) entry.version())
					.document(source)));
			}
			return b;
		});
		return written(response, "entry", target);
	}

	/**
	 * How many documents of an externally versioned bulk request were written; version
	 * conflicts (the index already holds that or a newer version) count as done.
	 * @throws IllegalStateException when an item failed for another reason
	 */
	public static int written(BulkResponse response, String kind, String target) {
		int written = 0;
		for (BulkResponseItem item : response.items()) {
			if (item.error() == null) {
				written++;
			}
			else if (!VERSION_CONFLICT.equals(item.error().type())) {
				throw new IllegalStateException("Indexing %s %s into %s failed: %s %s".formatted(kind, item.id(),
						target, item.error().type(), item.error().reason()));
			}
		}
		return written;
	}

}
