package org.airegistry.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.airegistry.shared.OrganisationId;

/**
 * Read access to what the public may see: published versions only, never drafts, never
 * the non-public section (Art 49(4)), never entries suspended from public view by the
 * market surveillance authority (Art 74/79; see {@link #isSuspended(String)}). Needs no
 * login; used by public pages, the search indexer and the open data API.
 */
public interface RegistryQueries {

	/** The latest public version of an entry, by its stable registration number. */
	Optional<PublicEntry> findLatest(String registrationNumber);

	/**
	 * The latest public version of an entry, by id, <em>also while it is suspended</em>:
	 * for the search indexer only, which needs the version to withhold a suspended entry
	 * (and checks {@link #isSuspended(String)}).
	 */
	Optional<PublicEntry> findLatest(AiSystemId id);

	/**
	 * Whether the entry is suspended from public view by the market surveillance
	 * authority (Art 74/79): every other read here then behaves as if it had never been
	 * published, and public surfaces show the authority's notice instead.
	 */
	boolean isSuspended(String registrationNumber);

	/** {@link #isSuspended(String)} for several entries in one query (a reindex page). */
	Set<String> suspendedAmong(Collection<String> registrationNumbers);

	/** One given public version of an entry. */
	Optional<PublicEntry> findVersion(String registrationNumber, int version);

	/**
	 * The public version history of an entry, newest first; empty if it was never
	 * published.
	 */
	List<VersionSummary> history(String registrationNumber);

	/**
	 * Reduced-mode search straight in the database (used while Elasticsearch is
	 * unreachable): case-insensitive substring match on trade name and intended purpose,
	 * newest first.
	 */
	List<PublicEntry> searchInDatabase(String text, int limit);

	/** Number of entries with at least one public version. */
	long countPublished();

	/**
	 * Streams the latest public version of every published entry in batches, for a full
	 * reindex; memory stays flat however many entries there are.
	 */
	void forEachLatest(int batchSize, Consumer<List<PublicEntry>> batchConsumer);

	/** The newest public entries, newest first (home page). */
	List<PublicEntry> latestPublications(int limit);

	/**
	 * Streams every public version of every published entry (full history) in batches,
	 * ordered by entry and version; memory stays flat however many versions there are.
	 */
	void forEachVersion(int batchSize, Consumer<List<PublicEntry>> batchConsumer);

	/**
	 * The most recently published versions (new entries and new versions alike), newest
	 * first, optionally of one provider only (change feeds).
	 */
	List<PublicEntry> recentVersions(int limit, Optional<OrganisationId> provider);

	/**
	 * The public entries with a version published at or after the instant (a reindex
	 * catches up on them after its alias swap).
	 */
	List<AiSystemId> publishedSince(Instant since);

	/** Providers with at least one published entry, by legal name. */
	List<PublicProvider> publicProviders();

}
