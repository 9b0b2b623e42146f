package org.airegistry.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.airegistry.publication.PublicHold;
import org.airegistry.publication.VersionSummary;
import org.airegistry.registry.persistence.AiSystemRepository;
import org.airegistry.shared.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public read access: what the publication kernel's visibility rule lets through. */
@Service
@Transactional(readOnly = true)
class RegistryQueriesService implements RegistryQueries {

	private final AiSystemRepository repository;

	RegistryQueriesService(AiSystemRepository repository) {
		this.repository = repository;
	}

	@Override
	public Optional<PublicEntry> findLatest(String registrationNumber) {
		return repository.findLatest(registrationNumber);
	}

	@Override
	public Optional<PublicEntry> findLatest(AiSystemId id) {
		return repository.findLatest(id);
	}

	@Override
	public int latestVersionNumber(AiSystemId id) {
		return repository.latestVersionNumber(id);
	}

	@Override
	public boolean isSuspended(String registrationNumber) {
		return repository.publicState(registrationNumber).isWithheldBy(PublicHold.SUSPENDED);
	}

	@Override
	public Optional<PublicEntry> findVersion(String registrationNumber, int version) {
		return repository.findVersion(registrationNumber, version);
	}

	@Override
	public List<VersionSummary> history(String registrationNumber) {
		return repository.history(registrationNumber);
	}

	@Override
	public List<PublicEntry> searchInDatabase(String text, int limit) {
		return repository.searchLatest(text, limit);
	}

	@Override
	public long countPublished() {
		return repository.countPublished();
	}

	@Override
	public void forEachLatest(int batchSize, Consumer<List<PublicEntry>> batchConsumer) {
		repository.forEachLatest(batchSize, batchConsumer);
	}

	@Override
	public void forEachLatestDigest(int batchSize, Consumer<List<PublicEntryDigest>> batchConsumer) {
		repository.forEachLatestDigest(batchSize, batchConsumer);
	}

	@Override
	public void forEachLatestText(int batchSize, Consumer<List<EntryText>> batchConsumer) {
		repository.forEachLatestText(batchSize, batchConsumer);
	}

	@Override
	public List<PublicEntry> latestPublications(int limit) {
		return repository.searchLatest("", limit);
	}

	@Override
	public void forEachVersion(int batchSize, Consumer<List<PublicEntry>> batchConsumer) {
		repository.forEachVersion(batchSize, batchConsumer);
	}

	@Override
	public List<PublicEntry> recentVersions(int limit, Optional<OrganisationId> provider) {
		return repository.recentVersions(limit, provider);
	}

	@Override
	public List<AiSystemId> publishedSince(Instant since) {
		return repository.publishedSince(since);
	}

	@Override
	public List<PublicProvider> publicProviders() {
		return repository.publicProviders();
	}

	@Override
	public Map<String, PublicEntry> latestPublic(Collection<String> registrationNumbers) {
		return repository.latestPublic(registrationNumbers);
	}

}
