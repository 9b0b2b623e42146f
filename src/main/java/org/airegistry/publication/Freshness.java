package org.airegistry.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.airegistry.publication.persistence.ConfirmationRepository;
import org.airegistry.publication.store.PublicationStore;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Role;
import org.airegistry.shared.NonPublicSection;
import org.airegistry.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How current a published record is, for every kind (issue 21, DD071): a record counts as
 * confirmed when its owner last published a version of it or, without changing anything,
 * confirmed with one click that it is still accurate. A confirmation is no version (the
 * public history and its hashes stay as they are); it is stored by the kernel and
 * audited. A record is due for review when the review interval
 * ({@code airegistry.publication.review-interval}, default twelve months) has passed
 * since it was last confirmed.
 */
@Component
public class Freshness {

	private final ConfirmationRepository confirmations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Period reviewInterval;

	private final Period reminderBefore;

	private final ObjectProvider<ReviewedKind<?, ?>> kinds;

	private final NonPublicSection nonPublicSection;

	Freshness(ConfirmationRepository confirmations, ApplicationEventPublisher events, Clock clock,
			@Value("${airegistry.publication.review-interval:P12M}") Period reviewInterval,
			@Value("${airegistry.publication.reminder-before:P1M}") Period reminderBefore,
			ObjectProvider<ReviewedKind<?, ?>> kinds, NonPublicSection nonPublicSection) {
		this.nonPublicSection = nonPublicSection;
		this.reminderBefore = reminderBefore;
		this.kinds = kinds;
		this.confirmations = confirmations;
		this.events = events;
		this.clock = clock;
		this.reviewInterval = reviewInterval;
	}

	/** How long before the due date the owner is reminded. */
	public Period reminderBefore() {
		return reminderBefore;
	}

	/**
	 * Notes a reminder of the review due on the day, once per record and due date.
	 * @return whether the owner is to be reminded now (false when it already was)
	 */
	@Transactional
	public boolean remind(String kind, RecordId id, LocalDate dueOn) {
		return confirmations.insertReminder(kind, id, dueOn, clock.instant());
	}

	/** Today, as the review dates count days (UTC). */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	/** How long a confirmation holds. */
	public Period reviewInterval() {
		return reviewInterval;
	}

	/**
	 * The owner confirms that its published record is still accurate; audited with the
	 * version it confirms. Callers (the kinds' services) authorise the caller.
	 * @param subjectType the audit trail's name of the kind, e.g. {@code ai-system}
	 * @param subjectId which record, as the public and the authorities name it
	 * @param legalReference the article the record's registration fulfils
	 * @throws NotFoundException when the author's organisation has no such record
	 * @throws ActionRefusedException {@code freshness.refused.notPublished} for a record
	 * never published
	 */
	@Transactional
	public <ID extends RecordId, D> Standing confirm(PublicationStore<ID, D> store, Author author, ID id,
			String subjectType, String subjectId, String legalReference) {
		Draft<ID, D> draft = store.draft(id, author.organisation())
			.orElseThrow(() -> new NotFoundException(subjectType));
		if (!draft.isPublished()) {
			throw new ActionRefusedException("freshness.refused.notPublished");
		}
		confirmations.insert(store.kind(), id, author.organisation(), author.user(), clock.instant());
		events.publishEvent(new RecordConfirmed(subjectType, subjectId, legalReference, draft.publishedVersion()));
		return standing(store, id).orElseThrow();
	}

	/** The standing of a record's latest version; empty when it was never published. */
	@Transactional(readOnly = true)
	public <ID extends RecordId, D> Optional<Standing> standing(PublicationStore<ID, D> store, ID id) {
		return store.latestVersion(id).map(version -> standing(store.kind(), id, version.publishedAt()));
	}

	/**
	 * The standing of a record whose latest version was published at the given time.
	 * @param kind the kind's name ({@link PublicationStore#kind()})
	 */
	@Transactional(readOnly = true)
	public Standing standing(String kind, RecordId id, Instant lastPublished) {
		return Standing.of(lastPublished, confirmations.latest(kind, id), reviewInterval, today());
	}

	/**
	 * A published record of some kind that neither a new version nor a confirmation
	 * renewed within the review interval.
	 *
	 * @param kind the kind's name ({@link PublicationStore#kind()})
	 * @param textKey translation key naming it (arguments: reference, name, due date)
	 * @param dueOn the last day its confirmation held
	 * @param moderated whether the authorities moderate records of its kind
	 */
	public record Unconfirmed(String kind, String reference, String name, String permalink, String textKey,
			LocalDate dueOn, boolean moderated) {
	}

	/**
	 * The published records of every kind not confirmed in time, longest unconfirmed
	 * first, for the market surveillance authorities' attention list: records of the
	 * non-public section (Art 49(4)) only for a user who may read it (the one predicate,
	 * {@link NonPublicSection}, DD048).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	public List<Unconfirmed> notConfirmedInTime() {
		Instant cutoff = today().minus(reviewInterval).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<Unconfirmed> all = new ArrayList<>();
		boolean nonPublicToo = nonPublicSection.mayReadNonPublicSection();
		kinds.orderedStream().forEach(kind -> all.addAll(unconfirmed(kind, cutoff, nonPublicToo)));
		all.sort(Comparator.comparing(Unconfirmed::dueOn).thenComparing(Unconfirmed::reference));
		return all;
	}

	private <ID extends RecordId, D> List<Unconfirmed> unconfirmed(ReviewedKind<ID, D> kind, Instant cutoff,
			boolean nonPublicToo) {
		return lastConfirmedBefore(kind, cutoff).stream()
			.filter(record -> nonPublicToo || record.publicSection())
			.map(record -> new Unconfirmed(kind.store().kind(), record.reference(), kind.name(record),
					kind.permalink(record), kind.overdueKey(), dueOn(record.confirmedAt()), kind.moderated()))
			.toList();
	}

	/**
	 * Reminds the owners of every kind's records whose review falls due within
	 * {@link #reminderBefore()} (or is overdue): one mail per record and due date,
	 * whatever the number of runs.
	 * @return how many mails went out
	 */
	public int remindDue() {
		// due on or before today + the lead time: last confirmed before the day after
		// (today + lead − interval)
		Instant cutoff = today().plus(reminderBefore)
			.minus(reviewInterval)
			.plusDays(1)
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		return kinds.orderedStream().mapToInt(kind -> remindDue(kind, cutoff)).sum();
	}

	private <ID extends RecordId, D> int remindDue(ReviewedKind<ID, D> kind, Instant cutoff) {
		int sent = 0;
		for (PublicationStore.LastConfirmed<ID, D> record : lastConfirmedBefore(kind, cutoff)) {
			LocalDate due = dueOn(record.confirmedAt());
			if (remind(kind.store().kind(), record.id(), due) && kind.remind(record, due)) {
				sent++;
			}
		}
		return sent;
	}

	private <ID extends RecordId, D> List<PublicationStore.LastConfirmed<ID, D>> lastConfirmedBefore(
			ReviewedKind<ID, D> kind, Instant cutoff) {
		PublicationStore<ID, D> store = kind.store();
		return store.lastConfirmedBefore(cutoff, kind.reference(),
				confirmations.latest(store.kind(), store.records().id()),
				confirmations.confirmedSince(store.kind(), store.records().id(), cutoff));
	}

	/** The last day a confirmation given at the time holds (days counted in UTC). */
	private LocalDate dueOn(Instant confirmedAt) {
		return confirmedAt.atZone(ZoneOffset.UTC).toLocalDate().plus(reviewInterval);
	}

	/**
	 * How current a record is.
	 *
	 * @param confirmedAt when its owner last published or confirmed it
	 * @param withoutChange whether that was a confirmation without a new version
	 * @param dueOn the last day the confirmation holds
	 * @param overdue whether it was not confirmed in time
	 */
	public record Standing(Instant confirmedAt, boolean withoutChange, LocalDate dueOn, boolean overdue) {

		/**
		 * The rule: the later of the latest publication and the latest confirmation (a
		 * confirmation before the latest version counts for nothing) holds for the
		 * interval, days counted in UTC; overdue from the day after.
		 */
		static Standing of(Instant lastPublished, Optional<Instant> lastConfirmation, Period interval,
				LocalDate today) {
			Optional<Instant> confirmed = lastConfirmation.filter(at -> at.isAfter(lastPublished));
			Instant at = confirmed.orElse(lastPublished);
			LocalDate due = at.atZone(ZoneOffset.UTC).toLocalDate().plus(interval);
			return new Standing(at, confirmed.isPresent(), due, today.isAfter(due));
		}

	}

}
