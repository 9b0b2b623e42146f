package org.airegistry.deployment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.airegistry.publication.VersionSummary;
import org.airegistry.shared.OrganisationId;

/**
 * Read access to what the public may see of deployer registrations: public versions of
 * registrations of entries in the public section (the publication kernel's one rule),
 * never drafts, never the full FRIA. Needs no login.
 */
public interface DeploymentQueries {

	/** Every deployer with a public registration of the system, by name. */
	List<DeployerOfSystem> deployersOf(String providerRegistrationNumber);

	/**
	 * The deployers of several systems in one query (bulk indexing), keyed by the
	 * provider's registration number; systems without public registrations are absent.
	 */
	Map<String, List<DeployerOfSystem>> deployersOf(Collection<String> providerRegistrationNumbers);

	/** The latest public version of a registration. */
	Optional<PublicDeployment> findLatest(DeploymentId id);

	/**
	 * How current the registration is (issue 21, freshness): when its deployer last
	 * published or confirmed it; for the latest public version.
	 */
	org.airegistry.publication.Freshness.Standing standing(PublicDeployment latest);

	/** One given public version of a registration. */
	Optional<PublicDeployment> findVersion(DeploymentId id, int version);

	/** The public version history, newest first; empty if never published. */
	List<VersionSummary> history(DeploymentId id);

	/**
	 * Hands the latest public version of every registration to the consumer in batches
	 * (open-data downloads), the systems named as on the public pages; memory stays flat.
	 */
	void forEachLatest(int batchSize, Consumer<List<PublicDeployment>> batchConsumer);

	/** A deployer's public page, if it has at least one public registration. */
	Optional<PublicDeployer> deployer(OrganisationId id);

}
