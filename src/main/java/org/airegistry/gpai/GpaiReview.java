package org.airegistry.gpai;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.airegistry.gpai.persistence.GpaiModelRepository;
import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.publication.Freshness;
import org.airegistry.publication.ReviewedKind;
import org.airegistry.publication.store.PublicationStore;
import org.airegistry.publication.store.PublicationStore.LastConfirmed;
import org.airegistry.shared.i18n.Translations;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * GPAI model pages under the kernel's review rule (issue 21, freshness): named by the
 * model's name; the reminder goes to the provider's functional mailbox, in the language
 * its people chose (else its Member State's, {@link OrganisationService#mailLanguage}),
 * with a link to the provider's model pages, where "Still accurate" confirms the page
 * with one click.
 */
@Component
class GpaiReview implements ReviewedKind<GpaiModelId, GpaiModelData> {

	/** Where the provider confirms its model pages. */
	static final String MODELS_ROUTE = "workspace/models";

	private final GpaiModelRepository repository;

	private final OrganisationService organisations;

	private final MailOutbox outbox;

	private final Freshness freshness;

	private final Translations texts = Translations.standard();

	GpaiReview(GpaiModelRepository repository, OrganisationService organisations, MailOutbox outbox,
			Freshness freshness) {
		this.repository = repository;
		this.organisations = organisations;
		this.outbox = outbox;
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
		return organisations.summary(model.owner())
			.filter(provider -> provider.functionalEmail() != null && !provider.functionalEmail().isBlank())
			.map(provider -> {
				Locale locale = organisations.mailLanguage(provider.id());
				Object[] arguments = { model.data().name(), provider.legalName(),
						DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(dueOn),
						outbox.link(MODELS_ROUTE), freshness.reviewInterval().toTotalMonths() };
				outbox.sendIfPossible(new Mail(provider.functionalEmail(), "model review reminder",
						texts.text("gpai.mail.review.subject", locale, arguments),
						texts.text("gpai.mail.review.body", locale, arguments)));
				return true;
			})
			.orElse(false);
	}

}
