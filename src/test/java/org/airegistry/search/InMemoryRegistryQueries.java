package org.airegistry.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.PublicProvider;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.publication.VersionSummary;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;

/**
 * A hand-written {@link RegistryQueries} for search tests: holds the latest public
 * version of each entry in memory. Like the real one, it leaves suspended entries out of
 * every read.
 */
public class InMemoryRegistryQueries implements RegistryQueries {

	private final Map<AiSystemId, PublicEntry> all = new ConcurrentHashMap<>();

	private final Set<String> suspended = ConcurrentHashMap.newKeySet();

	private int counter;

	/** Stores (or replaces) the latest public version of an entry. */
	public PublicEntry put(PublicEntry entry) {
		all.put(entry.id(), entry);
		return entry;
	}

	/** Publishes version 1 of a new entry written in the given language. */
	public PublicEntry publish(org.airegistry.registry.ContentLanguage language, String tradeName,
			String intendedPurpose, String providerName, Set<MemberState> memberStates, Instant publishedAt) {
		PublicEntry english = publish(tradeName, intendedPurpose, providerName, memberStates, publishedAt);
		return put(new PublicEntry(english.id(), english.registrationNumber(), english.providerId(),
				english.providerName(), english.version(), english.version(), english.data().withLanguage(language), "",
				publishedAt, publishedAt, english.contentSha256()));
	}

	/** Suspends an entry from public view: it leaves every read. */
	public void suspend(String registrationNumber) {
		suspended.add(registrationNumber);
	}

	private Map<AiSystemId, PublicEntry> latest() {
		return all.entrySet()
			.stream()
			.filter(e -> !suspended.contains(e.getValue().registrationNumber()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Publishes version 1 of a new entry. */
	public PublicEntry publish(String tradeName, String intendedPurpose, String providerName,
			Set<MemberState> memberStates, Instant publishedAt) {
		counter++;
		return put(entry(AiSystemId.random(), "EU-AI-%06d".formatted(counter), 1, tradeName, intendedPurpose,
				providerName, memberStates, publishedAt));
	}

	public static PublicEntry entry(AiSystemId id, String registrationNumber, int version, String tradeName,
			String intendedPurpose, String providerName, Set<MemberState> memberStates, Instant publishedAt) {
		return new PublicEntry(id, registrationNumber, new OrganisationId(new UUID(0, 1)), providerName, version,
				version, EntryData.of(tradeName, intendedPurpose, memberStates), "", publishedAt, publishedAt,
				"0".repeat(64));
	}

	/** A later version of a stored entry with other data. */
	public static PublicEntry nextVersion(PublicEntry entry, String tradeName, String intendedPurpose,
			Instant publishedAt) {
		return new PublicEntry(entry.id(), entry.registrationNumber(), entry.providerId(), entry.providerName(),
				entry.version() + 1, entry.version() + 1,
				EntryData.of(tradeName, intendedPurpose, entry.data().memberStates()), "", entry.firstPublishedAt(),
				publishedAt, entry.contentSha256());
	}

	@Override
	public Optional<PublicEntry> findLatest(String registrationNumber) {
		return latest().values().stream().filter(e -> e.registrationNumber().equals(registrationNumber)).findFirst();
	}

	@Override
	public Optional<PublicEntry> findLatest(AiSystemId id) {
		return Optional.ofNullable(latest().get(id));
	}

	@Override
	public int latestVersionNumber(AiSystemId id) {
		return Optional.ofNullable(all.get(id)).map(PublicEntry::version).orElse(0);
	}

	@Override
	public boolean isSuspended(String registrationNumber) {
		return suspended.contains(registrationNumber);
	}

	@Override
	public Map<String, PublicEntry> latestPublic(Collection<String> registrationNumbers) {
		return latest().values()
			.stream()
			.filter(e -> registrationNumbers.contains(e.registrationNumber()))
			.collect(Collectors.toMap(PublicEntry::registrationNumber, e -> e));
	}

	@Override
	public Optional<PublicEntry> findVersion(String registrationNumber, int version) {
		return findLatest(registrationNumber).filter(e -> e.version() == version);
	}

	@Override
	public List<VersionSummary> history(String registrationNumber) {
		return findLatest(registrationNumber)
			.map(e -> List.of(new VersionSummary(e.version(), e.publishedAt(), e.changeSummary(), e.contentSha256())))
			.orElse(List.of());
	}

	@Override
	public List<PublicEntry> searchInDatabase(String text, int limit) {
		String needle = text.toLowerCase(Locale.ROOT);
		return newestFirst().stream()
			.filter(e -> e.data().tradeName().toLowerCase(Locale.ROOT).contains(needle)
					|| e.data().intendedPurpose().toLowerCase(Locale.ROOT).contains(needle))
			.limit(limit)
			.toList();
	}

	@Override
	public long countPublished() {
		return latest().size();
	}

	@Override
	public void forEachLatest(int batchSize, Consumer<List<PublicEntry>> batchConsumer) {
		List<PublicEntry> all = newestFirst();
		for (int i = 0; i < all.size(); i += batchSize) {
			batchConsumer.accept(new ArrayList<>(all.subList(i, Math.min(all.size(), i + batchSize))));
		}
	}

	@Override
	public List<PublicEntry> latestPublications(int limit) {
		return newestFirst().stream().limit(limit).toList();
	}

	/** Only the latest versions are held: the history is the latest versions. */
	@Override
	public void forEachVersion(int batchSize, Consumer<List<PublicEntry>> batchConsumer) {
		forEachLatest(batchSize, batchConsumer);
	}

	@Override
	public List<AiSystemId> publishedSince(Instant since) {
		return latest().values().stream().filter(e -> !e.publishedAt().isBefore(since)).map(PublicEntry::id).toList();
	}

	@Override
	public List<PublicEntry> recentVersions(int limit, Optional<OrganisationId> provider) {
		return newestFirst().stream()
			.filter(e -> provider.map(id -> id.equals(e.providerId())).orElse(true))
			.limit(limit)
			.toList();
	}

	@Override
	public List<PublicProvider> publicProviders() {
		return latest().values()
			.stream()
			.collect(Collectors.groupingBy(PublicEntry::providerId, Collectors.toList()))
			.entrySet()
			.stream()
			.map(e -> new PublicProvider(e.getKey(), e.getValue().getFirst().providerName(), "DE", e.getValue().size()))
			.toList();
	}

	private List<PublicEntry> newestFirst() {
		return latest().values().stream().sorted(Comparator.comparing(PublicEntry::publishedAt).reversed()).toList();
	}

}
