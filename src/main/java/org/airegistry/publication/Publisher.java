package org.airegistry.publication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.airegistry.publication.store.PublicationStore;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one publish flow of every kind of record: lock check, may the owner publish at all,
 * is there anything new, the kind's rules and the change summary, then the new version
 * with its visibility, the kernel's {@link RecordPublished} (from which the audit trail
 * records it) and the kind's domain events, all in one transaction. Callers (the kinds'
 * services) authorise the caller and name the author.
 */
@Component
public class Publisher {

	private final PublishingPermission permission;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Publisher(PublishingPermission permission, ApplicationEventPublisher events, Clock clock) {
		this.permission = permission;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes the owner's saved draft as the record's next version.
	 * @param expectedLockVersion the lock version of the draft as the author saw it
	 * @throws NotFoundException when the author's organisation has no such record
	 * @throws ConcurrentEditException when somebody saved the record in between
	 * @throws ActionRefusedException when the organisation may not publish, or nothing
	 * changed since the last version
	 * @throws InvalidInputException with every problem the kind's rules and the change
	 * summary have
	 */
	@Transactional
	public <ID extends RecordId, D> Publication publish(PublicationStore<ID, D> store, PublicationRules<ID, D> rules,
			Author author, ID id, long expectedLockVersion, String changeSummary) {
		Draft<ID, D> draft = store.draft(id, author.organisation())
			.orElseThrow(() -> new NotFoundException(rules.subject()));
		if (draft.lockVersion() != expectedLockVersion) {
			throw new ConcurrentEditException(rules.subject());
		}
		refuseUnpublishable(draft);
		String summary = changeSummary.strip();
		List<FieldError> problems = new ArrayList<>(rules.problems(draft));
		problems.addAll(ChangeSummary.problems(summary, draft.isPublished()));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Visibility visibility = rules.visibility(draft);
		int number = draft.nextVersion();
		if (!store.insertVersion(new PublicationStore.NewVersion<>(draft, draft.data(), number, visibility, summary,
				author.user(), clock.instant(), draft.data(), false))) {
			throw new ConcurrentEditException(rules.subject());
		}
		return announce(rules, draft, draft.publishedVersion(), new Publication(number, visibility));
	}

	/**
	 * What publishing the owner's saved draft would do, checked as {@link #publish}
	 * checks it (except for the lock and the change summary, which come with the
	 * publication): the editors show it in the confirmation they ask before publishing.
	 * @throws NotFoundException when the author's organisation has no such record
	 * @throws ActionRefusedException when the organisation may not publish, or nothing
	 * changed since the last version
	 */
	@Transactional(readOnly = true)
	public <ID extends RecordId, D> PublishPreview<D> preview(PublicationStore<ID, D> store,
			PublicationRules<ID, D> rules, Author author, ID id) {
		Draft<ID, D> draft = store.draft(id, author.organisation())
			.orElseThrow(() -> new NotFoundException(rules.subject()));
		refuseUnpublishable(draft);
		return new PublishPreview<>(rules.problems(draft),
				draft.isPublished() ? store.latestVersion(id).orElse(null) : null);
	}

	private void refuseUnpublishable(Draft<?, ?> draft) {
		if (!permission.mayPublish(draft.owner())) {
			throw new ActionRefusedException("publish.refused.organisationNotActive");
		}
		if (draft.isPublished() && !draft.draftChanged()) {
			throw new ActionRefusedException("publish.refused.nothingChanged");
		}
	}

	/**
	 * Publishes a change an authority makes to a published record (e.g. a designation) as
	 * its next version: the change applies to the latest version, and to the owner's
	 * working copy, which keeps its unpublished changes. The caller checks that the
	 * author may make the change.
	 * @throws NotFoundException when the record was never published
	 * @throws ActionRefusedException when the change changes nothing
	 * @throws ConcurrentEditException when the owner saved the record in between
	 */
	@Transactional
	public <ID extends RecordId, D> Publication amend(PublicationStore<ID, D> store, PublicationRules<ID, D> rules,
			Author author, ID id, UnaryOperator<D> change, String changeSummary) {
		Draft<ID, D> draft = store.draft(id).orElseThrow(() -> new NotFoundException(rules.subject()));
		PublishedVersion<D> latest = store.latestVersion(id).orElseThrow(() -> new NotFoundException(rules.subject()));
		D changed = change.apply(latest.data());
		if (changed.equals(latest.data())) {
			throw new ActionRefusedException("publish.refused.nothingChanged");
		}
		List<FieldError> problems = new ArrayList<>(rules.problems(draft));
		problems.addAll(ChangeSummary.problems(changeSummary.strip(), true));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Visibility visibility = rules.visibility(draft);
		int number = latest.latestVersion() + 1;
		if (!store
			.insertVersion(new PublicationStore.NewVersion<>(draft, changed, number, visibility, changeSummary.strip(),
					author.user(), clock.instant(), change.apply(draft.data()), draft.draftChanged()))) {
			throw new ConcurrentEditException(rules.subject());
		}
		return announce(rules, draft, latest.latestVersion(), new Publication(number, visibility));
	}

	/**
	 * Announces the new version in the publication's transaction: the kernel's
	 * {@link RecordPublished} (the audit trail records it) and the kind's own events.
	 */
	private <ID extends RecordId, D> Publication announce(PublicationRules<ID, D> rules, Draft<ID, D> draft,
			@Nullable Integer previousVersion, Publication publication) {
		events.publishEvent(RecordPublished.of(rules.audited(draft, publication), previousVersion, publication));
		rules.published(draft, publication).forEach(events::publishEvent);
		return publication;
	}

}
