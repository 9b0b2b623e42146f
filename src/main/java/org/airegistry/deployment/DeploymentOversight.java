package org.airegistry.deployment;

import java.util.List;

import org.airegistry.deployment.persistence.DeploymentOversightRepository;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the market surveillance authority should look at among deployers: public
 * authorities without any registration (Art 49(3), 26(8)) and assessments awaiting an
 * update (Art 27(2)). Regulators only.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
public class DeploymentOversight {

	private final DeploymentOversightRepository repository;

	private final CurrentActor currentActor;

	DeploymentOversight(DeploymentOversightRepository repository, CurrentActor currentActor) {
		this.repository = repository;
		this.currentActor = currentActor;
	}

	/**
	 * Approved public-authority deployers with no published registration, by name. A
	 * registration in the non-public section (Art 49(4)) counts only for a regulator who
	 * may read that section (the one predicate, DD048): for anyone else an authority
	 * whose only registrations are there is listed like one without any, so the list does
	 * not tell that it uses a non-public system (DD075).
	 */
	@Transactional(readOnly = true)
	public List<UnregisteredAuthority> publicAuthoritiesWithoutRegistration() {
		return repository.publicAuthoritiesWithoutRegistration(currentActor.mayReadNonPublicSection());
	}

	/**
	 * Assessments the deployer marked as no longer up to date (Art 27(2)) and not yet
	 * notified again (Art 27(3)).
	 */
	@Transactional(readOnly = true)
	public int friasAwaitingUpdate() {
		return repository.friasAwaitingUpdate();
	}

}
