package org.airegistry.registry;

import org.airegistry.publication.PublicHold;
import org.airegistry.registry.persistence.AiSystemRepository;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switches an entry's public visibility for the market surveillance authority (Art
 * 74/79): a suspension is a hold on the record ({@link PublicHold#SUSPENDED}), which the
 * publication kernel's one visibility rule applies to every public read of
 * {@link RegistryQueries} at once (pages, API, exports, feeds, search). Called by
 * moderation, which keeps the reason and the audit trail, in the same transaction.
 */
@Service
public class PublicVisibility {

	private final AiSystemRepository repository;

	PublicVisibility(AiSystemRepository repository) {
		this.repository = repository;
	}

	/** Suspends the entry from public view. */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional
	public void suspend(String registrationNumber) {
		set(registrationNumber, true);
	}

	/** Lifts the suspension: the entry is public again everywhere. */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional
	public void lift(String registrationNumber) {
		set(registrationNumber, false);
	}

	private void set(String registrationNumber, boolean suspended) {
		if (!repository.hold(registrationNumber, suspended ? PublicHold.SUSPENDED : null)) {
			throw new NotFoundException("Entry " + registrationNumber);
		}
	}

}
