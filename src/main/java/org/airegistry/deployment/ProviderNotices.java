package org.airegistry.deployment;

import java.util.List;

import org.airegistry.deployment.persistence.DeploymentRepository;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notices deployers sent to the caller's provider organisation (Art 26(8)). */
@Service
@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
public class ProviderNotices {

	private final DeploymentRepository repository;

	private final CurrentActor currentActor;

	ProviderNotices(DeploymentRepository repository, CurrentActor currentActor) {
		this.repository = repository;
		this.currentActor = currentActor;
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	public List<ProviderNotice> myNotices() {
		return repository.noticesFor(currentActor.require().organisationId());
	}

}
