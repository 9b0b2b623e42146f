package org.airegistry.moderation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.moderation.persistence.ModerationRepository;
import org.airegistry.registry.AuthorityNotice;
import org.airegistry.registry.AuthorityNotices;
import org.airegistry.registry.LinkableEntry;
import org.airegistry.registry.ProviderEntries;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.PublicVisibility;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market surveillance authority's moderation of entries: flag an entry with a notice,
 * request a correction from the provider by a due date, suspend an entry from public view
 * with a reason. Every action and its closing is audited. Entries of the non-public
 * section (Art 49(4)) are moderated only by regulators who may read that section (DD074):
 * for every other regulator such an entry and its actions do not exist, and nothing of
 * them reaches a public page while the entry stays in that section.
 */
@Service
public class Moderation implements AuthorityNotices {

	public static final int NOTICE_MIN = 10;

	public static final int NOTICE_MAX = 4000;

	private final ModerationRepository repository;

	private final ProviderEntries entries;

	private final PublicVisibility visibility;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RegistryQueries registry;

	private final ModerationMailer mailer;

	Moderation(ModerationRepository repository, ProviderEntries entries, PublicVisibility visibility,
			CurrentActor currentActor, ApplicationEventPublisher events, Clock clock, RegistryQueries registry,
			ModerationMailer mailer) {
		this.registry = registry;
		this.mailer = mailer;
		this.repository = repository;
		this.entries = entries;
		this.visibility = visibility;
		this.currentActor = currentActor;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Flags an entry with a notice everyone sees on its public page; on an entry of the
	 * non-public section only its provider and the competent authorities see it (DD074).
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional
	public void flag(String registrationNumber, String notice) {
		open(registrationNumber, ModerationKind.FLAG, notice, null);
	}

	/** Asks the provider to correct the entry by the due date (not in the past). */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional
	public void requestCorrection(String registrationNumber, String notice, @Nullable LocalDate dueDate) {
		if (dueDate == null || dueDate.isBefore(LocalDate.now(clock))) {
			List<FieldError> errors = new ArrayList<>(noticeErrors(notice));
			errors.add(new FieldError("dueDate", "moderation.error.dueDate"));
			throw new InvalidInputException(errors);
		}
		open(registrationNumber, ModerationKind.CORRECTION_REQUEST, notice, dueDate);
	}

	/**
	 * Suspends an entry from public view (Art 74/79): its page shows only the reason, and
	 * it leaves every other public surface (search, API, exports, feeds, home page,
	 * deployer pages) through {@link PublicVisibility}. An entry of the non-public
	 * section is held as well (should it move to the public section, it stays suspended
	 * there), but no public surface changes now, so none is told (DD074).
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional
	public void suspend(String registrationNumber, String reason) {
		if (moderatable(registrationNumber).isPresent()
				&& !repository.openOfEntry(registrationNumber, ModerationKind.SUSPENSION).isEmpty()) {
			throw new ActionRefusedException("moderation.error.alreadySuspended");
		}
		LinkableEntry entry = open(registrationNumber, ModerationKind.SUSPENSION, reason, null);
		visibility.suspend(entry.entry().registrationNumber());
		if (!entry.restricted()) {
			events.publishEvent(new EntryModerated(entry.entry().id(), entry.entry().registrationNumber(), true));
		}
	}

	/**
	 * Closes an open action: lifts a flag or a suspension, closes a correction request.
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional
	public void close(UUID actionId) {
		Actor actor = currentActor.require();
		ModerationAction action = repository.byId(actionId)
			.filter(found -> !hiddenFromViewer(found.registrationNumber()))
			.orElseThrow(() -> new NotFoundException("Moderation action " + actionId));
		if (!repository.close(actionId, actor.userId(), clock.instant())) {
			throw new ActionRefusedException("moderation.error.notOpen");
		}
		events.publishEvent(new ModerationClosed(action.registrationNumber(), action.kind(), action.notice()));
		Optional<LinkableEntry> entry = entries.findLatest(action.registrationNumber());
		boolean restricted = entry.filter(LinkableEntry::restricted).isPresent();
		repository.organisationOf(actionId)
			.ifPresent(provider -> mailer.closed(provider, action.registrationNumber(), action.kind(), restricted));
		if (action.kind() == ModerationKind.SUSPENSION) {
			visibility.lift(action.registrationNumber());
			entry.filter(found -> !found.restricted())
				.ifPresent(found -> events
					.publishEvent(new EntryModerated(found.entry().id(), found.entry().registrationNumber(), false)));
		}
	}

	/**
	 * The latest published version of an entry the regulator may moderate, suspended or
	 * not, with its section: any public entry, and an entry of the non-public section
	 * only for a regulator who may read that section (Art 49(4), DD074); empty otherwise,
	 * exactly as for a number that never existed.
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional(readOnly = true)
	public Optional<LinkableEntry> entry(String registrationNumber) {
		return moderatable(registrationNumber);
	}

	private Optional<LinkableEntry> moderatable(String registrationNumber) {
		return entries.findLatest(registrationNumber)
			.filter(linkable -> !linkable.restricted() || currentActor.mayReadNonPublicSection());
	}

	/** An entry of the non-public section that the current user may not read. */
	private boolean hiddenFromViewer(String registrationNumber) {
		return !currentActor.mayReadNonPublicSection()
				&& entries.findLatest(registrationNumber).filter(LinkableEntry::restricted).isPresent();
	}

	/**
	 * The actions the current user may know of: for a user who may not read the
	 * non-public section, none on its entries.
	 */
	private List<ModerationAction> visible(List<ModerationAction> actions) {
		if (actions.isEmpty() || currentActor.mayReadNonPublicSection()) {
			return actions;
		}
		Map<String, LinkableEntry> latest = entries
			.findLatest(actions.stream().map(ModerationAction::registrationNumber).distinct().toList());
		return actions.stream().filter(action -> {
			LinkableEntry entry = latest.get(action.registrationNumber());
			return entry == null || !entry.restricted();
		}).toList();
	}

	/**
	 * All actions on an entry, newest first, for the regulator; none on an entry of the
	 * non-public section for a regulator who may not read it.
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional(readOnly = true)
	public List<ModerationAction> ofEntry(String registrationNumber) {
		return hiddenFromViewer(registrationNumber) ? List.of() : repository.ofEntry(registrationNumber);
	}

	/** Open correction requests on the current provider's entries. */
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	@Transactional(readOnly = true)
	public List<ModerationAction> correctionsForMyEntries() {
		return repository.openOfOrganisation(currentActor.require().organisationId(),
				ModerationKind.CORRECTION_REQUEST);
	}

	/**
	 * Every open action of the authority on the current provider's entries (flags,
	 * correction requests, suspensions), newest first.
	 */
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	@Transactional(readOnly = true)
	public List<ModerationAction> actionsOnMyEntries() {
		return repository.openOfOrganisation(currentActor.require().organisationId());
	}

	/**
	 * The workspace's view of the open actions on a provider's entries; only for the
	 * provider's own organisation.
	 */
	@Override
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	@Transactional(readOnly = true)
	public List<AuthorityNotice> openOn(OrganisationId provider) {
		if (!provider.equals(currentActor.require().organisationId())) {
			return List.of();
		}
		return repository.openOfOrganisation(provider)
			.stream()
			.map(action -> new AuthorityNotice(action.registrationNumber(), action.kind().name(), action.notice(),
					action.dueDate()))
			.toList();
	}

	/**
	 * Open public notices (flags) on an entry, newest first; public. Only for the page of
	 * an entry the caller read through the public reads ({@link RegistryQueries}): the
	 * flags of an entry of the non-public section are for its provider and the competent
	 * authorities (Art 49(4), DD074), and no public read finds such an entry.
	 */
	@Transactional(readOnly = true)
	public List<ModerationAction> publicNotices(String registrationNumber) {
		return repository.openOfEntry(registrationNumber, ModerationKind.FLAG);
	}

	/**
	 * The open suspension of an entry the public may know of (in the public section), if
	 * any; public (its reason is shown). Empty for an entry now in the non-public section
	 * (Art 49(4)), even if a suspension is open: its existence is not revealed.
	 */
	@Transactional(readOnly = true)
	public Optional<ModerationAction> suspension(String registrationNumber) {
		if (!registry.isSuspended(registrationNumber)) {
			return Optional.empty();
		}
		return repository.openOfEntry(registrationNumber, ModerationKind.SUSPENSION).stream().findFirst();
	}

	/** Whether an entry is suspended from public view (an open suspension action). */
	@Transactional(readOnly = true)
	public boolean isSuspended(String registrationNumber) {
		return !repository.openOfEntry(registrationNumber, ModerationKind.SUSPENSION).isEmpty();
	}

	/**
	 * Open actions of one kind on any entry the current user may know of (the attention
	 * list), correction requests by due date, at most {@code limit}.
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional(readOnly = true)
	public List<ModerationAction> openActions(ModerationKind kind, int limit) {
		return visible(repository.open(kind)).stream().limit(limit).toList();
	}

	/** Open flags on entries the current user may know of. */
	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	@Transactional(readOnly = true)
	public int flaggedCount() {
		return visible(repository.open(ModerationKind.FLAG)).size();
	}

	/** Overdue correction requests on entries the current user may know of. */
	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	@Transactional(readOnly = true)
	public int overdueCorrectionCount() {
		LocalDate today = LocalDate.now(clock);
		return (int) visible(repository.open(ModerationKind.CORRECTION_REQUEST)).stream()
			.filter(action -> action.isOverdue(today))
			.count();
	}

	/** Today, by the registry clock (for overdue markers). */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private LinkableEntry open(String registrationNumber, ModerationKind kind, String notice,
			@Nullable LocalDate dueDate) {
		Actor actor = currentActor.require();
		LinkableEntry found = moderatable(registrationNumber)
			.orElseThrow(() -> new NotFoundException("Entry " + registrationNumber));
		PublicEntry entry = found.entry();
		List<FieldError> errors = noticeErrors(notice);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		repository.insert(entry.registrationNumber(), entry.providerId(), kind, notice.strip(), dueDate, actor.userId(),
				clock.instant());
		mailer.opened(entry.providerId(), entry.registrationNumber(), kind, notice.strip(), dueDate,
				found.restricted());
		events.publishEvent(
				new ModerationOpened(entry.registrationNumber(), entry.providerId(), kind, notice.strip(), dueDate));
		return found;
	}

	private static List<FieldError> noticeErrors(@Nullable String notice) {
		String text = notice == null ? "" : notice.strip();
		if (text.length() < NOTICE_MIN || text.length() > NOTICE_MAX) {
			return List.of(new FieldError("notice", "moderation.error.notice", NOTICE_MIN, NOTICE_MAX));
		}
		List<FieldError> problems = new ArrayList<>();
		FreeText.check(problems, "notice", text);
		return problems;
	}

}
