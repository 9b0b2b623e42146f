package org.airegistry.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.airegistry.publication.VersionSummary;
import org.airegistry.shared.OrganisationId;

/**
 * Read access to what the public may see: published versions whose visibility is public,
 * of entries in the public section now and not suspended from public view by the market
 * surveillance authority (Art 74/79) — the publication kernel's one rule. A restricted,
 * unknown or unpublished entry is absent from every method alike. Needs no login; used by
 * public pages, the search indexer and the open data API.
 */
public interface RegistryQueries {

	/** The latest public version of an entry, by its stable registration number. */
	Optional<PublicEntry> findLatest(String registrationNumber);

	/** The latest public version of an entry, by id. */
	Optional<PublicEntry> findLatest(AiSystemId id);

	/**
	 * The number of the entry's latest version whatever the public may see of it (0 when
	 * never published): for the search index only, which deletes an entry's document at
	 * that version. Reveals nothing else and is never shown.
	 */
	int latestVersionNumber(AiSystemId id);

	/**
	 * Whether the entry is in the public section but suspended from public view by the
	 * market surveillance authority (Art 74/79): every other read here then behaves as if
	 * it had never been published, and public surfaces show the authority's notice
	 * instead. False for entries the public may not know of (non-public section,
	 * unknown).
	 */
	boolean isSuspended(String registrationNumber);

	/** One given public version of an entry. */
	Optional<PublicEntry> findVersion(String registrationNumber, int version);

	/**
	 * The public version history of an entry, newest first; empty if the public may not
	 * see it.
	 */
	List<VersionSummary> history(String registrationNumber);

	/**
	 * Reduced-mode search straight in the database (used while Elasticsearch is
	 * unreachable): case-insensitive substring match on trade name and intended purpose,
	 * newest first.
	 */
	List<PublicEntry> searchInDatabase(String text, int limit);

	/** Number of entries with a public version. */
	long countPublished();

	/**
	 * Streams the latest public version of every public entry in batches, for a full
	 * reindex; memory stays flat however many entries there are.
	 */
	void forEachLatest(int batchSize, Consumer<List<PublicEntry>> batchConsumer);

	/**
	 * Every latest public version as a digest, in batches of at most {@code batchSize} in
	 * no particular order (each once): only what lists and indices of entries need is
	 * read (DD090), in one pass of the database (DD094). For a whole register read once;
	 * memory stays flat however many entries there are.
	 */
	default void forEachLatestDigest(int batchSize, Consumer<List<PublicEntryDigest>> batchConsumer) {
		forEachLatest(batchSize, batch -> batchConsumer.accept(batch.stream().map(PublicEntryDigest::of).toList()));
	}

	/**
	 * Streams the texts (language, trade name, intended purpose) of the latest public
	 * version of every public entry in batches: what {@link #forEachLatest} gives,
	 * without building whole entries.
	 */
	default void forEachLatestText(int batchSize, Consumer<List<EntryText>> batchConsumer) {
		forEachLatest(batchSize,
				batch -> batchConsumer.accept(batch.stream().map(e -> EntryText.of(e.data())).toList()));
	}

	/** The newest public entries, newest first (home page). */
	List<PublicEntry> latestPublications(int limit);

	/**
	 * Streams every public version of every public entry (full history) in batches,
	 * ordered by entry and version; memory stays flat however many versions there are.
	 */
	void forEachVersion(int batchSize, Consumer<List<PublicEntry>> batchConsumer);

	/**
	 * The most recently published public versions (new entries and new versions alike),
	 * newest first, optionally of one provider only (change feeds).
	 */
	List<PublicEntry> recentVersions(int limit, Optional<OrganisationId> provider);

	/**
	 * The public entries with a public version published at or after the instant (a
	 * reindex catches up on them after its alias swap).
	 */
	List<AiSystemId> publishedSince(Instant since);

	/** Providers with at least one public entry, by legal name. */
	List<PublicProvider> publicProviders();

	/**
	 * The latest public versions of several entries, by registration number; entries the
	 * public may not see are absent. What other modules' public pages may name.
	 */
	Map<String, PublicEntry> latestPublic(Collection<String> registrationNumbers);

}
