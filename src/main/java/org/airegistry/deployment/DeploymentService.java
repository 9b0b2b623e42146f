package org.airegistry.deployment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.deployment.persistence.DeploymentRepository;
import org.airegistry.deployment.persistence.FriaRepository;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationSummary;
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
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What deployers do with their registrations (Annex VIII Section C): find the provider's
 * entry, register their use of it as a draft, publish it as a new public version, and
 * tell a provider whose system is not registered (Art 26(8)). Every method acts for the
 * caller's own organisation only; another organisation's registration is reported as not
 * found.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.DEPLOYER + "')")
public class DeploymentService {

	/** Longest change summary accepted for a version. */
	public static final int CHANGE_SUMMARY_MAX = 1000;

	private final DeploymentRepository repository;

	private final FriaRepository frias;

	private final ProviderEntries providerEntries;

	private final RegistryQueries registry;

	private final OrganisationService organisations;

	private final CurrentActor currentActor;

	private final DeploymentMailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MailLimits mailLimits;

	DeploymentService(DeploymentRepository repository, FriaRepository frias, ProviderEntries providerEntries,
			RegistryQueries registry, OrganisationService organisations, CurrentActor currentActor,
			DeploymentMailer mailer, ApplicationEventPublisher events, Clock clock, MailLimits mailLimits) {
		this.mailLimits = mailLimits;
		this.repository = repository;
		this.frias = frias;
		this.providerEntries = providerEntries;
		this.registry = registry;
		this.organisations = organisations;
		this.currentActor = currentActor;
		this.mailer = mailer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether a registration may link to the entry with this registration number (Annex
	 * VIII C.3): published, neither recalled nor withdrawn.
	 */
	@Transactional(readOnly = true)
	public SystemLink check(String registrationNumber) {
		String number = registrationNumber.strip().toUpperCase(Locale.ROOT);
		return providerEntries.findLatest(number).map(DeploymentService::link).orElseGet(SystemLink::notRegistered);
	}

	/**
	 * Finds provider entries by registration number (also in the non-public section) or
	 * by name (public entries only). An empty result means the system is not registered.
	 */
	@Transactional(readOnly = true)
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
		SystemLink.Outcome outcome = switch (status) {
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
		Optional<Deployment> existing = repository.findOwnBySystem(actor.organisationId(),
				String.valueOf(link.registrationNumber()));
		if (existing.isPresent()) {
			return existing.get();
		}
		if (!link.linkable()) {
			throw new ActionRefusedException(link.outcome().translationKey());
		}
		DeploymentId id = DeploymentId.random();
		repository.insertDraft(id, actor.organisationId(), String.valueOf(link.registrationNumber()), link.restricted(),
				defaults(actor.organisationId()), link.status(), now());
		return open(id);
	}

	private DeploymentData defaults(OrganisationId organisation) {
		return repository.contact(organisation)
			.map(contact -> new DeploymentData(contact.postalAddress(), contact.email(), contact.email(), "", false, "",
					java.util.Set.of(), null, null))
			.orElseGet(DeploymentData::empty);
	}

	/** The caller's organisation's registrations, most recently changed first. */
	@Transactional(readOnly = true)
	public List<Deployment> myDeployments() {
		return repository.listOwn(currentActor.require().organisationId());
	}

	/** Opens one of the caller's organisation's registrations. */
	@Transactional(readOnly = true)
	public Deployment open(DeploymentId id) {
		return repository.findOwn(id, currentActor.require().organisationId())
			.orElseThrow(() -> new NotFoundException("deployer registration"));
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
	 * Publishes the working copy as the next public version. Refused while the
	 * organisation awaits approval, when nothing changed, when the provider's entry was
	 * recalled or withdrawn in the meantime, before the fundamental-rights impact
	 * assessment is completed (spec §10.5 W2), or when an item is missing.
	 * @return the new version's number
	 */
	@Transactional
	public int publish(DeploymentId id, long expectedLockVersion, String changeSummary) {
		Actor actor = currentActor.require();
		Deployment draft = open(id);
		if (draft.lockVersion() != expectedLockVersion) {
			throw new ConcurrentEditException("deployer registration");
		}
		if (!organisations.mayPublish(actor.organisationId())) {
			throw new ActionRefusedException("publish.refused.organisationNotActive");
		}
		if (draft.isPublished() && !draft.draftChanged()) {
			throw new ActionRefusedException("publish.refused.nothingChanged");
		}
		SystemLink link = check(draft.providerRegistrationNumber());
		if (!link.linkable()) {
			throw new ActionRefusedException(link.outcome().translationKey());
		}
		if (!frias.findOwnBySystem(actor.organisationId(), draft.providerRegistrationNumber())
			.map(Fria::isCompleted)
			.orElse(false)) {
			throw new ActionRefusedException("deployment.refused.friaNotCompleted");
		}
		String summary = changeSummary.strip();
		List<FieldError> problems = new ArrayList<>(draft.data().publicationProblems(draft.restricted()));
		if (draft.isPublished() && summary.isEmpty()) {
			problems.add(new FieldError("changeSummary", "deployment.validation.changeSummary.required"));
		}
		if (summary.length() > CHANGE_SUMMARY_MAX) {
			problems.add(new FieldError("changeSummary", "deployment.validation.tooLong", CHANGE_SUMMARY_MAX,
					summary.length()));
		}
		FreeText.check(problems, "changeSummary", summary);
		rejectInvalid(problems);
		int version = draft.isPublished() ? draft.publishedVersion() + 1 : 1;
		if (!repository.insertVersion(draft, actor.organisationId(), version, summary, actor.userId(), now())) {
			throw new ConcurrentEditException("deployer registration");
		}
		if (!draft.restricted()) {
			events.publishEvent(new DeploymentPublished(id, version, draft.providerRegistrationNumber()));
		}
		return version;
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
		Optional<String> email = repository.functionalEmail(providerId).filter(address -> !address.isBlank());
		if (email.isPresent()) {
			String country = organisations.summary(providerId).map(OrganisationSummary::country).orElse(null);
			mailer.send(email.get(), country, "notice", deployerName, mailer.link(DeploymentUiRoutes.PROVIDER_NOTICES));
		}
	}

	private static void rejectInvalid(List<FieldError> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
