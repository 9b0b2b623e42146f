package org.airegistry.deployment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.deployment.persistence.DeploymentRepository;
import org.airegistry.deployment.persistence.FriaRepository;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.publication.Author;
import org.airegistry.publication.ChangeSummary;
import org.airegistry.publication.Draft;
import org.airegistry.publication.Publication;
import org.airegistry.publication.RecordPublished;
import org.airegistry.publication.PublicationRules;
import org.airegistry.publication.Freshness;
import org.airegistry.publication.PublishPreview;
import org.airegistry.publication.Publisher;
import org.airegistry.publication.Visibility;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.LinkableEntry;
import org.airegistry.registry.ProviderEntries;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistrationNumbers;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.security.MailLimits;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Audited;
import org.airegistry.shared.ConcurrentEditException;
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
 * What deployers do with their registrations (Annex VIII Section C): find the provider's
 * entry, register their use of it as a draft, publish it as a new version through the
 * publication kernel, and tell a provider whose system is not registered (Art 26(8)).
 * Every method acts for the caller's own organisation only; another organisation's
 * registration is reported as not found. Entries of the non-public section (Art 49(4))
 * are found only by an approved public authority, by their registration number, within an
 * hourly allowance, and every such lookup is audited; for every other deployer they
 * answer exactly like unknown numbers.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.DEPLOYER + "')")
public class DeploymentService {

	/** Longest change summary accepted for a version. */
	public static final int CHANGE_SUMMARY_MAX = ChangeSummary.MAX;

	/** The calendar in which the day an assessment was completed is counted. */
	private static final java.time.ZoneId CALENDAR = java.time.ZoneId.of("Europe/Brussels");

	private final DeploymentRepository repository;

	private final FriaRepository frias;

	private final ProviderEntries providerEntries;

	private final RegistryQueries registry;

	private final OrganisationService organisations;

	private final Freshness freshness;

	private final CurrentActor currentActor;

	private final DeploymentMailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Publisher publisher;

	private final RestrictedLookups restrictedLookups;

	private final MailLimits mailLimits;

	DeploymentService(DeploymentRepository repository, FriaRepository frias, ProviderEntries providerEntries,
			RegistryQueries registry, OrganisationService organisations, CurrentActor currentActor,
			DeploymentMailer mailer, ApplicationEventPublisher events, Clock clock, Publisher publisher,
			RestrictedLookups restrictedLookups, MailLimits mailLimits, Freshness freshness) {
		this.mailLimits = mailLimits;
		this.freshness = freshness;
		this.repository = repository;
		this.frias = frias;
		this.providerEntries = providerEntries;
		this.registry = registry;
		this.organisations = organisations;
		this.currentActor = currentActor;
		this.mailer = mailer;
		this.events = events;
		this.clock = clock;
		this.publisher = publisher;
		this.restrictedLookups = restrictedLookups;
	}

	/**
	 * Whether a new registration may link to the entry with this registration number
	 * (Annex VIII C.3): published, not recalled (Art 3(16)) and not suspended by an
	 * authority; withdrawn systems may be linked (see {@link SystemLink}). An entry of
	 * the non-public section is found only for an approved public authority (audited,
	 * within its hourly allowance) or when the caller already registered its use;
	 * otherwise it is {@link SystemLink.Outcome#NOT_REGISTERED} like any unknown number.
	 * @throws ActionRefusedException when the public authority's allowance of lookups in
	 * the non-public section is used up
	 */
	@Transactional
	public SystemLink check(String registrationNumber) {
		return resolve(currentActor.require(), registrationNumber).map(DeploymentService::link)
			.orElseGet(SystemLink::notRegistered);
	}

	/**
	 * The latest version of the entry as the caller may see it: public-section entries
	 * for every deployer, non-public ones as {@link #check} describes.
	 */
	private Optional<LinkableEntry> resolve(Actor actor, String registrationNumber) {
		Optional<String> number = RegistrationNumbers.parse(registrationNumber);
		if (number.isEmpty()) {
			return Optional.empty();
		}
		Optional<LinkableEntry> entry = providerEntries.findLatest(number.get());
		if (entry.isEmpty() || !entry.get().restricted()) {
			return entry;
		}
		if (repository.findOwnBySystem(actor.organisationId(), number.get()).isPresent()
				|| frias.findOwnBySystem(actor.organisationId(), number.get()).isPresent()) {
			// its own registration or assessment: it knows the system already
			return entry;
		}
		if (!organisations.isApprovedPublicAuthority(actor.organisationId())) {
			events.publishEvent(
					Audited.of("restricted.lookup-refused", "ai-system", number.get()).withLegalReference("Art 49(4)"));
			return Optional.empty();
		}
		if (!restrictedLookups.tryTake(actor.organisationId())) {
			throw new ActionRefusedException("deployment.lookup.tooMany");
		}
		events.publishEvent(
				Audited.of("restricted.looked-up", "ai-system", number.get()).withLegalReference("Art 49(4)"));
		return entry;
	}

	/**
	 * Finds provider entries by registration number (see {@link #check}) or by name
	 * (public entries only). An empty result means the system is not registered.
	 */
	@Transactional
	public List<SystemLink> find(String text) {
		String query = text.strip();
		if (query.isEmpty()) {
			return List.of();
		}
		if (RegistrationNumbers.parse(query).isPresent()) {
			SystemLink link = check(query);
			return link.outcome() == SystemLink.Outcome.NOT_REGISTERED ? List.of() : List.of(link);
		}
		List<SystemLink> links = new ArrayList<>();
		for (PublicEntry entry : registry.searchInDatabase(query, 20)) {
			links.add(link(new LinkableEntry(entry, false)));
		}
		return links;
	}

	static SystemLink link(LinkableEntry linkable) {
		PublicEntry entry = linkable.entry();
		EntryStatus status = linkable.status();
		SystemLink.Outcome outcome = linkable.suspended() ? SystemLink.Outcome.SUSPENDED : switch (status) {
			case RECALLED -> SystemLink.Outcome.RECALLED;
			case NO_LONGER_ON_MARKET, NO_LONGER_IN_SERVICE -> SystemLink.Outcome.WITHDRAWN;
			case ON_MARKET, IN_SERVICE -> SystemLink.Outcome.LINKABLE;
		};
		return new SystemLink(outcome, entry.registrationNumber(), entry.data().tradeName(), entry.providerName(),
				status, linkable.restricted());
	}

	/**
	 * Starts the caller's registration of its use of the system, or opens the one it
	 * already has. Refused unless the provider's entry may be linked.
	 */
	@Transactional
	public Deployment start(String registrationNumber) {
		Actor actor = currentActor.require();
		SystemLink link = check(registrationNumber);
		String number = link.registrationNumber() == null
				? RegistrationNumbers.parse(registrationNumber).orElse(registrationNumber) : link.registrationNumber();
		Optional<DeploymentRepository.OwnRegistration> existing = repository.findOwnBySystem(actor.organisationId(),
				number);
		if (existing.isPresent()) {
			return named(List.of(existing.get())).getFirst();
		}
		if (!link.linkable()) {
			throw new ActionRefusedException(link.outcome().translationKey());
		}
		DeploymentId id = DeploymentId.random();
		repository.insertDraft(id, actor.organisationId(), number, defaults(actor.organisationId()), link.status(),
				now());
		events.publishEvent(new DeploymentCreated(id, number));
		return open(id);
	}

	private DeploymentData defaults(OrganisationId organisation) {
		// a public authority registers under Art 49(3) itself; others choose
		RegistrationBasis basis = organisations.publicCharacter(organisation).publicAuthority()
				? RegistrationBasis.PUBLIC_AUTHORITY : null;
		return repository.contact(organisation)
			.map(contact -> new DeploymentData(contact.postalAddress(), contact.email(), contact.email(), "", false, "",
					java.util.Set.of(), null, null, basis, ""))
			.orElseGet(DeploymentData::empty);
	}

	/**
	 * Art 49(3), Art 26(8): only a public authority (or Union institution, body, office
	 * or agency) registers as one, and it registers because it must, never "voluntarily".
	 */
	private void basisProblems(List<FieldError> problems, @Nullable RegistrationBasis basis) {
		boolean publicAuthority = organisations.publicCharacter(currentActor.require().organisationId())
			.publicAuthority();
		if (basis == RegistrationBasis.PUBLIC_AUTHORITY && !publicAuthority) {
			problems.add(new FieldError("registrationBasis", "deployment.validation.basis.notPublicAuthority"));
		}
		if (basis == RegistrationBasis.VOLUNTARY && publicAuthority) {
			problems.add(new FieldError("registrationBasis", "deployment.validation.basis.mandatory"));
		}
	}

	/** The caller's organisation's registrations, most recently changed first. */
	@Transactional(readOnly = true)
	public List<Deployment> myDeployments() {
		return named(repository.listOwn(currentActor.require().organisationId()));
	}

	/** Opens one of the caller's organisation's registrations. */
	@Transactional(readOnly = true)
	public Deployment open(DeploymentId id) {
		return repository.findOwn(id, currentActor.require().organisationId())
			.map(found -> named(List.of(found)).getFirst())
			.orElseThrow(() -> new NotFoundException("deployer registration"));
	}

	/**
	 * The caller's registrations with their systems named and their section: a
	 * registration's own organisation may see the entry it registered the use of, in
	 * either section.
	 */
	private List<Deployment> named(List<DeploymentRepository.OwnRegistration> registrations) {
		Map<String, LinkableEntry> entries = providerEntries.findLatest(
				registrations.stream().map(DeploymentRepository.OwnRegistration::providerRegistrationNumber).toList());
		return registrations.stream().map(own -> {
			LinkableEntry entry = entries.get(own.providerRegistrationNumber());
			return new Deployment(own.id(), own.providerRegistrationNumber(),
					entry == null ? own.providerRegistrationNumber() : entry.entry().data().tradeName(),
					entry == null || entry.restricted(), own.data(), own.publishedVersion(), own.draftChanged(),
					own.providerStatus(), own.updatedAt(), own.lockVersion());
		}).toList();
	}

	/**
	 * Saves the working copy; refused if somebody saved since it was opened. For a system
	 * in the non-public section, items C.4 and C.5 are refused (Art 49(4)).
	 */
	@Transactional
	public Deployment save(DeploymentId id, long expectedLockVersion, DeploymentData data) {
		Actor actor = currentActor.require();
		Deployment current = open(id);
		rejectInvalid(data.draftProblems(current.restricted()));
		if (current.lockVersion() == expectedLockVersion && current.data().equals(data)) {
			return current;
		}
		if (current.lockVersion() != expectedLockVersion
				|| !repository.updateDraft(id, actor.organisationId(), expectedLockVersion, data, now())) {
			throw new ConcurrentEditException("deployer registration");
		}
		return open(id);
	}

	/**
	 * Publishes the working copy as the next version through the publication kernel. The
	 * version is in the section of the provider's entry now (Art 49(4)), and the
	 * registration follows that entry's section from then on. Refused while the
	 * organisation awaits approval, when nothing changed, when a first version would link
	 * to a recalled or suspended entry, before the fundamental-rights impact assessment
	 * is completed (spec §10.5 W2), or when an item is missing. A registration already
	 * published stays updatable whatever the provider's status; after a recall (Art
	 * 3(16)) the update must record the last day of use.
	 * @return the new version's number
	 */
	@Transactional
	public int publish(DeploymentId id, long expectedLockVersion, String changeSummary) {
		Actor actor = currentActor.require();
		Deployment current = open(id);
		return publisher
			.publish(repository.store(), new RegistrationRules(actor, current),
					new Author(actor.userId(), actor.organisationId()), id, expectedLockVersion, changeSummary)
			.version();
	}

	/**
	 * What publishing the saved working copy would do, for the confirmation the editor
	 * asks before an irreversible publication (issue 21): the problems {@link #publish}
	 * would refuse it for, and the version it would replace.
	 */
	@Transactional(readOnly = true)
	public PublishPreview<DeploymentData> previewPublication(DeploymentId id) {
		Actor actor = currentActor.require();
		Deployment current = open(id);
		return publisher.preview(repository.store(), new RegistrationRules(actor, current),
				new Author(actor.userId(), actor.organisationId()), id);
	}

	/**
	 * Confirms with one click that one of the organisation's published registrations is
	 * still accurate, without a new version (issue 21, freshness); audited.
	 * @throws ActionRefusedException {@code freshness.refused.notPublished} for a
	 * registration never published
	 */
	@Transactional
	public Freshness.Standing confirmCurrent(DeploymentId id) {
		Actor actor = currentActor.require();
		return freshness.confirm(repository.store(), new Author(actor.userId(), actor.organisationId()), id,
				"deployment", id.value().toString(), "Art 49(3)");
	}

	/**
	 * When one of the organisation's registrations was last published or confirmed as
	 * current; empty while never published.
	 */
	@Transactional(readOnly = true)
	public Optional<Freshness.Standing> standing(DeploymentId id) {
		open(id);
		return freshness.standing(repository.store(), id);
	}

	/** What registrations add to the publish flow. */
	private final class RegistrationRules implements PublicationRules<DeploymentId, DeploymentData> {

		private final Actor actor;

		private final Deployment current;

		RegistrationRules(Actor actor, Deployment current) {
			this.actor = actor;
			this.current = current;
		}

		@Override
		public String subject() {
			return "deployer registration";
		}

		@Override
		public List<FieldError> problems(Draft<DeploymentId, DeploymentData> draft) {
			SystemLink link = resolve(actor, current.providerRegistrationNumber()).map(DeploymentService::link)
				.orElseGet(SystemLink::notRegistered);
			if (!draft.isPublished() && !link.linkable()) {
				throw new ActionRefusedException(link.outcome().translationKey());
			}
			Optional<Fria> fria = frias.findOwnBySystem(actor.organisationId(), current.providerRegistrationNumber());
			if (!fria.map(Fria::isCompleted).orElse(false)) {
				throw new ActionRefusedException("deployment.refused.friaNotCompleted");
			}
			List<FieldError> problems = new ArrayList<>(draft.data().publicationProblems(current.restricted()));
			basisProblems(problems, draft.data().registrationBasis());
			Instant firstCompleted = fria.get().firstCompletedAt();
			LocalDate useStart = draft.data().useStart();
			if (useStart != null && firstCompleted != null
					&& useStart.isBefore(LocalDate.ofInstant(firstCompleted, CALENDAR))) {
				// Art 27(1): the assessment is carried out before the system is first
				// used
				problems.add(new FieldError("useStart", "deployment.validation.useStart.beforeFria",
						LocalDate.ofInstant(firstCompleted, CALENDAR).toString()));
			}
			if (draft.isPublished() && link.outcome() == SystemLink.Outcome.RECALLED && !current.restricted()
					&& draft.data().useEnd() == null) {
				// Art 3(16): a recalled system is taken out of service; the update says
				// when
				problems.add(new FieldError("useEnd", "deployment.validation.useEnd.recalled"));
			}
			return problems;
		}

		@Override
		public Visibility visibility(Draft<DeploymentId, DeploymentData> draft) {
			// the section of the provider's entry now
			return current.restricted() ? Visibility.RESTRICTED : Visibility.PUBLIC;
		}

		@Override
		public List<Object> published(Draft<DeploymentId, DeploymentData> draft, Publication publication) {
			List<Object> published = new ArrayList<>();
			if (publication.visibility().isPublic()) {
				published.add(new DeploymentPublished(draft.id(), publication.version(),
						current.providerRegistrationNumber()));
			}
			return published;
		}

		@Override
		public RecordPublished.Subject audited(Draft<DeploymentId, DeploymentData> draft, Publication publication) {
			return new RecordPublished.Subject("deployment.published", "deployment", draft.id().toString(),
					publication.visibility().isPublic() ? "Art 49(3)" : "Art 49(4)");
		}

	}

	/** Approved providers, by name, that a notice can go to. */
	@Transactional(readOnly = true)
	public List<ProviderOption> providers() {
		return repository.providers();
	}

	/**
	 * Tells a provider that a system the caller wants to use is not registered, so the
	 * deployer may not use it (Art 26(8)): stored for the provider's workspace; the
	 * provider's functional e-mail address gets a mail that there is a notice, with the
	 * link to it, never the deployer's free text (DD043). Only approved organisations may
	 * send notices, and only so many per day and per provider.
	 * @throws ActionRefusedException {@code deployment.notice.unapproved},
	 * {@code mail.limit.organisation}, {@code mail.limit.recipient}
	 */
	@Transactional
	public void sendNotice(@org.jspecify.annotations.Nullable OrganisationId provider, String system, String message) {
		Actor actor = currentActor.require();
		String systemText = system.strip();
		String messageText = message.strip();
		List<FieldError> problems = new ArrayList<>();
		Optional<ProviderOption> recipient = provider == null ? Optional.empty()
				: repository.providers().stream().filter(option -> option.id().equals(provider)).findFirst();
		if (recipient.isEmpty()) {
			problems.add(new FieldError("provider", "deployment.validation.provider.required"));
		}
		if (systemText.isEmpty()) {
			problems.add(new FieldError("system", "deployment.validation.required"));
		}
		if (systemText.length() > ProviderNotice.SYSTEM_MAX) {
			problems.add(new FieldError("system", "deployment.validation.tooLong", ProviderNotice.SYSTEM_MAX,
					systemText.length()));
		}
		if (messageText.length() > ProviderNotice.MESSAGE_MAX) {
			problems.add(new FieldError("message", "deployment.validation.tooLong", ProviderNotice.MESSAGE_MAX,
					messageText.length()));
		}
		FreeText.check(problems, "system", systemText);
		FreeText.check(problems, "message", messageText);
		rejectInvalid(problems);
		if (!organisations.mayPublish(actor.organisationId())) {
			throw new ActionRefusedException("deployment.notice.unapproved");
		}
		OrganisationId providerId = recipient.orElseThrow().id();
		mailLimits.takeOrRefuse("notice", actor.organisationId(), "provider:" + providerId.value());
		repository.insertNotice(UUID.randomUUID(), providerId, actor.organisationId(), systemText, messageText, now());
		String deployerName = organisations.legalName(actor.organisationId()).orElse("");
		mailer.send(providerId, "notice",
				language -> new Object[] { deployerName, mailer.link(DeploymentUiRoutes.PROVIDER_NOTICES) });
	}

	private static void rejectInvalid(List<FieldError> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private Instant now() {
		return clock.instant();
	}

}
