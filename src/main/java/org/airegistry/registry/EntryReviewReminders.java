package org.airegistry.registry;

import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.airegistry.publication.Freshness;
import org.airegistry.registry.persistence.AiSystemRepository;
import org.airegistry.registry.persistence.RegistryStatisticsRepository;
import org.airegistry.registry.persistence.RegistryStatisticsRepository.LastConfirmed;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.i18n.MailLanguages;
import org.airegistry.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds providers by mail before an entry's confirmation runs out (issue 21,
 * freshness): once a day, every published entry whose review falls due within
 * {@code airegistry.publication.reminder-before} (default one month) — or is already
 * overdue — gets one mail per due date to the provider's functional mailbox, in the
 * language of its Member State, with the due date and a link to the workspace, where
 * "Still accurate" confirms it with one click. Best effort: the entry's standing is shown
 * either way.
 */
@Component
public class EntryReviewReminders {

	private static final Logger log = LoggerFactory.getLogger(EntryReviewReminders.class);

	/** Where the provider confirms its entries. */
	static final String WORKSPACE_ROUTE = "workspace";

	private final Freshness freshness;

	private final AiSystemRepository entries;

	private final RegistryStatisticsRepository statistics;

	private final ProviderContacts contacts;

	private final MailOutbox outbox;

	private final Translations texts = Translations.standard();

	EntryReviewReminders(Freshness freshness, AiSystemRepository entries, RegistryStatisticsRepository statistics,
			ProviderContacts contacts, MailOutbox outbox) {
		this.freshness = freshness;
		this.entries = entries;
		this.statistics = statistics;
		this.contacts = contacts;
		this.outbox = outbox;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "${airegistry.publication.reminder-interval:PT6H}")
	@SchedulerLock(name = "entry-review-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
	public void run() {
		int sent = remindDue();
		if (sent > 0) {
			log.info("Entry reviews: {} reminders sent", sent);
		}
	}

	/** Sends the reminders due today; returns how many. */
	public int remindDue() {
		LocalDate today = freshness.today();
		// due on or before today + the lead time: last confirmed before the day after
		// (today + lead − interval)
		Instant cutoff = today.plus(freshness.reminderBefore())
			.minus(freshness.reviewInterval())
			.plusDays(1)
			.atStartOfDay()
			.toInstant(ZoneOffset.UTC);
		String kind = entries.store().kind();
		int sent = 0;
		for (LastConfirmed entry : statistics.notConfirmedSince(kind, cutoff)) {
			LocalDate due = LocalDate.ofInstant(entry.confirmedAt(), ZoneOffset.UTC).plus(freshness.reviewInterval());
			if (freshness.remind(kind, new AiSystemId(entry.id()), due)) {
				sent += mail(entry, due) ? 1 : 0;
			}
		}
		return sent;
	}

	private boolean mail(LastConfirmed entry, LocalDate due) {
		return contacts.mailbox(new OrganisationId(entry.owner())).map(mailbox -> {
			Locale locale = MailLanguages.of(null, mailbox.country());
			Object[] arguments = { entry.registrationNumber(), entry.tradeName(),
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(due),
					outbox.link(WORKSPACE_ROUTE), mailbox.legalName(), freshness.reviewInterval().toTotalMonths() };
			outbox.sendIfPossible(new Mail(mailbox.email(), "entry review reminder",
					texts.text("freshness.mail.subject", locale, arguments),
					texts.text("freshness.mail.body", locale, arguments)));
			return true;
		}).orElse(false);
	}

}
