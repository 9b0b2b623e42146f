package org.airegistry.registry;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.airegistry.registry.persistence.AiSystemRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published provider entries in both sections, for other modules' services that must link
 * to an entry the public cannot see (a deployer of a restricted system registers its use
 * under Art 49(4)). Callers authorise their users themselves; never for public pages.
 */
@Service
@Transactional(readOnly = true)
public class ProviderEntries {

	private final AiSystemRepository repository;

	ProviderEntries(AiSystemRepository repository) {
		this.repository = repository;
	}

	/** The latest published version of the entry with this registration number. */
	public Optional<LinkableEntry> findLatest(String registrationNumber) {
		return repository.findLatestInAnySection(registrationNumber);
	}

	/** The latest published versions of several entries, by registration number. */
	public Map<String, LinkableEntry> findLatest(Collection<String> registrationNumbers) {
		return repository.findLatestInAnySection(registrationNumbers);
	}

	/** The latest published version of the entry. */
	public Optional<LinkableEntry> findLatest(AiSystemId id) {
		return repository.registrationNumber(id).flatMap(repository::findLatestInAnySection);
	}

}
