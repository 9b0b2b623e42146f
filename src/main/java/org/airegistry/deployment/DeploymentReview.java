package org.airegistry.deployment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.airegistry.deployment.persistence.DeploymentRepository;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.publication.Freshness;
import org.airegistry.publication.ReviewedKind;
import org.airegistry.publication.store.PublicationStore;
import org.airegistry.publication.store.PublicationStore.LastConfirmed;
import org.airegistry.registry.RegistryRoutes;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * Deployer registrations under the kernel's review rule (issue 21, freshness): named by
 * the registration number of the system used; the reminder goes to the deployer's
 * functional mailbox, in the language of its Member State, with a link to "My
 * deployments", where "Still accurate" confirms the registration with one click.
 */
@Component
class DeploymentReview implements ReviewedKind<DeploymentId, DeploymentData> {

	private final DeploymentRepository repository;

	private final OrganisationService organisations;

	private final DeploymentMailer mailer;

	private final Freshness freshness;

	DeploymentReview(DeploymentRepository repository, OrganisationService organisations, DeploymentMailer mailer,
			Freshness freshness) {
		this.repository = repository;
		this.organisations = organisations;
		this.mailer = mailer;
		this.freshness = freshness;
	}

	@Override
	public PublicationStore<DeploymentId, DeploymentData> store() {
		return repository.store();
	}

	@Override
	public Field<String> reference() {
		return repository.systemReference();
	}

	@Override
	public String name(LastConfirmed<DeploymentId, DeploymentData> registration) {
		return organisations.legalName(registration.owner()).orElse("");
	}

	@Override
	public String permalink(LastConfirmed<DeploymentId, DeploymentData> registration) {
		// a registration in the non-public section (Art 49(4)) has no public page: the
		// competent authorities' page of the system it registers (only they see it
		// listed)
		return registration.publicSection() ? DeploymentRoutes.permalink(registration.id())
				: RegistryRoutes.nonPublicEntry(registration.reference());
	}

	@Override
	public String overdueKey() {
		return "dashboard.attention.notConfirmedDeployment";
	}

	@Override
	public boolean remind(LastConfirmed<DeploymentId, DeploymentData> registration, LocalDate dueOn) {
		String deployerName = organisations.legalName(registration.owner()).orElse("");
		return mailer.sendIfPossible(registration.owner(), "review",
				language -> new Object[] { registration.reference(), deployerName,
						DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(dueOn),
						mailer.link(DeploymentUiRoutes.MY_DEPLOYMENTS), freshness.reviewInterval().toTotalMonths() });
	}

}
