package org.airegistry.moderation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The market surveillance authority's moderation of public entries: flag an entry with a
 * public notice, request a correction from the provider by a due date, suspend an entry
 * from public view with a public reason. Every action and its closing is audited.
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

	/** Flags a public entry with a notice everyone sees on its page. */
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
	 * deployer pages) through {@link PublicVisibility}.
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional
	public void suspend(String registrationNumber, String reason) {
		if (!repository.openOfEntry(registrationNumber, ModerationKind.SUSPENSION).isEmpty()) {
			throw new ActionRefusedException("moderation.error.alreadySuspended");
		}
		PublicEntry entry = open(registrationNumber, ModerationKind.SUSPENSION, reason, null);
		visibility.suspend(entry.registrationNumber());
		events.publishEvent(new EntryModerated(entry.id(), entry.registrationNumber(), true));
	}

	/**
	 * Closes an open action: lifts a flag or a suspension, closes a correction request.
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional
	public void close(UUID actionId) {
		Actor actor = currentActor.require();
		ModerationAction action = repository.byId(actionId)
			.orElseThrow(() -> new NotFoundException("Moderation action " + actionId));
		if (!repository.close(actionId, actor.userId(), clock.instant())) {
			throw new ActionRefusedException("moderation.error.notOpen");
		}
		events.publishEvent(new ModerationClosed(action.registrationNumber(), action.kind(), action.notice()));
		repository.organisationOf(actionId)
			.ifPresent(provider -> mailer.closed(provider, action.registrationNumber(), action.kind()));
		if (action.kind() == ModerationKind.SUSPENSION) {
			visibility.lift(action.registrationNumber());
			moderatable(action.registrationNumber()).ifPresent(
					entry -> events.publishEvent(new EntryModerated(entry.id(), entry.registrationNumber(), false)));
		}
	}

	/**
	 * The latest published version of an entry the regulator may moderate: in the public
	 * section, suspended or not.
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional(readOnly = true)
	public Optional<PublicEntry> entry(String registrationNumber) {
		return moderatable(registrationNumber);
	}

	private Optional<PublicEntry> moderatable(String registrationNumber) {
		return entries.findLatest(registrationNumber)
			.filter(linkable -> !linkable.restricted())
			.map(LinkableEntry::entry);
	}

	/** All actions on an entry, newest first, for the regulator. */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional(readOnly = true)
	public List<ModerationAction> ofEntry(String registrationNumber) {
		return repository.ofEntry(registrationNumber);
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

	/** Open public notices (flags) on an entry, newest first; public. */
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
	 * Open actions of one kind on any entry (the attention list), correction requests by
	 * due date, at most {@code limit}.
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional(readOnly = true)
	public List<ModerationAction> openActions(ModerationKind kind, int limit) {
		return repository.open(kind, limit);
	}

	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	@Transactional(readOnly = true)
	public int flaggedCount() {
		return repository.countOpen(ModerationKind.FLAG);
	}

	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	@Transactional(readOnly = true)
	public int overdueCorrectionCount() {
		return repository.countOverdue(LocalDate.now(clock));
	}

	/** Today, by the registry clock (for overdue markers). */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private PublicEntry open(String registrationNumber, ModerationKind kind, String notice,
			@Nullable LocalDate dueDate) {
		Actor actor = currentActor.require();
		PublicEntry entry = moderatable(registrationNumber)
			.orElseThrow(() -> new NotFoundException("Entry " + registrationNumber));
		List<FieldError> errors = noticeErrors(notice);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		repository.insert(entry.registrationNumber(), entry.providerId(), kind, notice.strip(), dueDate, actor.userId(),
				clock.instant());
		mailer.opened(entry.providerId(), entry.registrationNumber(), kind, notice.strip(), dueDate);
		events.publishEvent(
				new ModerationOpened(entry.registrationNumber(), entry.providerId(), kind, notice.strip(), dueDate));
		return entry;
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
