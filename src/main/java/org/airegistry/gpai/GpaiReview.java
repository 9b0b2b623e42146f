package org.airegistry.gpai;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.airegistry.gpai.persistence.GpaiModelRepository;
import org.airegistry.notification.MailOutbox;
import org.airegistry.notification.MailTemplate;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.publication.Freshness;
import org.airegistry.publication.ReviewedKind;
import org.airegistry.publication.store.PublicationStore;
import org.airegistry.publication.store.PublicationStore.LastConfirmed;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * GPAI model pages under the kernel's review rule (issue 21, freshness): named by the
 * model's name; the reminder goes to the provider's functional mailbox, in the language
 * its people chose (else its Member State's, {@link OrganisationService#mailbox}), with a
 * link to the provider's model pages, where "Still accurate" confirms the page with one
 * click.
 */
@Component
class GpaiReview implements ReviewedKind<GpaiModelId, GpaiModelData> {

	/** Where the provider confirms its model pages. */
	static final String MODELS_ROUTE = "workspace/models";

	private final GpaiModelRepository repository;

	private final OrganisationService organisations;

	private final MailTemplate mails;

	private final Freshness freshness;

	GpaiReview(GpaiModelRepository repository, OrganisationService organisations, MailOutbox outbox,
			Freshness freshness) {
		this.repository = repository;
		this.organisations = organisations;
		this.mails = outbox.template("gpai.mail.review", "model review reminder");
		this.freshness = freshness;
	}

	@Override
	public PublicationStore<GpaiModelId, GpaiModelData> store() {
		return repository.store();
	}

	@Override
	public Field<String> reference() {
		return repository.reference();
	}

	@Override
	public String name(LastConfirmed<GpaiModelId, GpaiModelData> model) {
		return model.data().name();
	}

	@Override
	public String permalink(LastConfirmed<GpaiModelId, GpaiModelData> model) {
		return GpaiRoutes.permalink(model.id());
	}

	@Override
	public String overdueKey() {
		return "dashboard.attention.notConfirmedModel";
	}

	@Override
	public boolean remind(LastConfirmed<GpaiModelId, GpaiModelData> model, LocalDate dueOn) {
		return organisations.mailbox(model.owner()).map(to -> {
			mails.sendIfPossible(to, "", model.data().name(), organisations.legalName(model.owner()).orElse(""),
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(to.language()).format(dueOn),
					mails.link(MODELS_ROUTE), freshness.reviewInterval().toTotalMonths());
			return true;
		}).orElse(false);
	}

}
