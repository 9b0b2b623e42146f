package org.airegistry.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.notification.MailRecipient;
import org.airegistry.notification.MailTemplate;
import org.airegistry.notification.MailOutbox;
import org.airegistry.organisation.AccountTokens;
import org.airegistry.organisation.OrganisationContact;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.publication.CanonicalJson;
import org.airegistry.registry.persistence.AiSystemRepository;
import org.airegistry.registry.persistence.MandateRepository;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NonPublicSection;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authorised representative's mandate for an entry (Art 22(3), Annex VIII A.3,
 * DD067). The provider names the representative by e-mail address and organisation; the
 * registry mails an invitation in the recipient's language, valid 30 days; a member of
 * the representative's organisation, signed in, confirms or declines it in the portal.
 * The entry stays publishable meanwhile (Art 49(1)); its next version's A.3 follows the
 * mandate by {@link AuthorisedRepresentativeText}. Every step is a typed, audited event.
 */
@Service
public class RepresentativeMandates {

	/** The portal page that answers an invitation. */
	public static final String ANSWER_ROUTE = "mandate";

	private final MandateRepository mandates;

	private final AiSystemRepository systems;

	private final OrganisationService organisations;

	private final CurrentActor currentActor;

	private final MailOutbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MailTemplate invitations;

	RepresentativeMandates(MandateRepository mandates, AiSystemRepository systems, OrganisationService organisations,
			CurrentActor currentActor, MailOutbox outbox, ApplicationEventPublisher events, Clock clock) {
		this.mandates = mandates;
		this.systems = systems;
		this.organisations = organisations;
		this.currentActor = currentActor;
		this.outbox = outbox;
		this.invitations = outbox.template("mandate.mail", "mandate invitation");
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An invitation as the invited representative sees it before answering.
	 *
	 * @param providerName the provider's legal name
	 * @param tradeName the trade name of the entry's latest published version; null while
	 * it was never published (the draft is the provider's own, DD075)
	 * @param registrationNumber the entry's number; null while never published
	 * @param invitedOrganisation the organisation the provider named
	 * @param state the mandate's state
	 * @param expired whether it can no longer be answered
	 * @param mayAnswer whether the signed-in user's organisation may answer (an active
	 * authorised-representative organisation established in the Union, Art 22(1))
	 */
	public record Invitation(String providerName, @Nullable String tradeName, @Nullable String registrationNumber,
			String invitedOrganisation, MandateState state, boolean expired, boolean mayAnswer) {
	}

	/** The entry's current mandate, for its provider. */
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	@Transactional(readOnly = true)
	public Optional<RepresentativeMandate> current(AiSystemId system) {
		ownEntry(system);
		return mandates.current(system).map(this::mandate);
	}

	/**
	 * Names the entry's authorised representative and mails it an invitation; the
	 * previous mandate, if any, is withdrawn.
	 * @throws InvalidInputException with the problems of the request, on its fields
	 * @throws ActionRefusedException {@code mandate.refused.established} for a provider
	 * established in the Union (Art 22(1) asks none)
	 */
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	@Transactional
	public RepresentativeMandate invite(AiSystemId system, MandateRequest request) {
		Actor actor = currentActor.require();
		DraftEntry entry = ownEntry(system);
		List<FieldError> problems = request.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (organisations.establishedInEu(actor.organisationId())) {
			throw new ActionRefusedException("mandate.refused.established");
		}
		Instant now = clock.instant();
		withdrawCurrent(system, actor, now);
		UUID id = UUID.randomUUID();
		String token = AccountTokens.newToken();
		String email = request.email().toLowerCase(Locale.ROOT);
		mandates.insert(id, system, actor.organisationId(), email, request.organisation(), AccountTokens.hash(token),
				actor.userId(), now, now.plus(RepresentativeMandate.VALIDITY));
		Locale locale = organisations.mailLanguage(email, request.organisation());
		Object[] arguments = { organisations.legalName(actor.organisationId()).orElse(""), entry.data().tradeName(),
				request.organisation(), outbox.link(ANSWER_ROUTE + "?token=" + token),
				RepresentativeMandate.VALIDITY.toDays() };
		// must-send: without the mail, nobody could answer; the naming is rolled back
		invitations.send(new MailRecipient(email, locale), "", arguments);
		events.publishEvent(new RepresentativeMandateInvited(id, system, actor.organisationId()));
		return mandates.current(system).map(this::mandate).orElseThrow();
	}

	/**
	 * Withdraws the entry's current invitation or mandate; A.3 is empty from the next
	 * version.
	 */
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	@Transactional
	public void withdraw(AiSystemId system) {
		Actor actor = currentActor.require();
		ownEntry(system);
		withdrawCurrent(system, actor, clock.instant());
	}

	/** The invitation behind a link, for the signed-in user who opened it. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Optional<Invitation> invitation(String token) {
		Actor actor = currentActor.require();
		return byToken(token).map(row -> {
			DraftEntry entry = systems.findDraft(row.system(), row.provider()).orElseThrow();
			return new Invitation(organisations.legalName(row.provider()).orElse(""),
					mandates.publishedTradeName(row.system()).orElse(null), entry.registrationNumber(),
					row.invitedOrganisation(), row.state(),
					row.state() == MandateState.INVITED && !clock.instant().isBefore(row.expiresAt()),
					mayRepresent(actor.organisationId()));
		});
	}

	/**
	 * The signed-in user's organisation confirms the mandate (Art 22(3)): the entry's
	 * next version names it in A.3 by its own record.
	 * @throws ActionRefusedException {@code mandate.refused.notRepresentative},
	 * {@code mandate.refused.expired} or {@code mandate.refused.answered}
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void confirm(String token) {
		answer(token, MandateState.CONFIRMED);
	}

	/** The signed-in user's organisation declines the mandate (Art 22(3)). */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void decline(String token) {
		answer(token, MandateState.DECLINED);
	}

	/**
	 * The entry's named representative and the state of its mandate, for regulators and
	 * the authorities competent for the non-public section; A.3 of an entry of the
	 * non-public section only for those who may read it (Art 49(4), DD048).
	 * @throws NotFoundException for an entry of the non-public section and a user who may
	 * not read it (its existence is not revealed)
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "') or " + NonPublicSection.MAY_READ)
	@Transactional(readOnly = true)
	public Optional<RepresentativeMandate> forRegulator(AiSystemId system) {
		readable(system);
		return mandates.current(system).map(this::mandate);
	}

	/**
	 * The A.3 text the provider typed before mandates came (V166, DD067), for its
	 * provider: no longer published, kept so that it is not lost and the provider can
	 * invite that representative. Empty when the entry never held typed text.
	 */
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	@Transactional(readOnly = true)
	public Optional<String> typedBeforeMandates(AiSystemId system) {
		ownEntry(system);
		return typedText(system);
	}

	/**
	 * The A.3 text the entry's provider typed before mandates, for regulators; of an
	 * entry of the non-public section only for those who may read it (Art 49(4), DD048).
	 * @throws NotFoundException for an entry of the non-public section and a user who may
	 * not read it
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional(readOnly = true)
	public Optional<String> typedBeforeMandatesForRegulator(AiSystemId system) {
		readable(system);
		return typedText(system);
	}

	/**
	 * Refuses an entry of the non-public section to a user who may not read it (the one
	 * predicate, {@link NonPublicSection}).
	 */
	private void readable(AiSystemId system) {
		if (mandates.inNonPublicSection(system) && !currentActor.mayReadNonPublicSection()) {
			throw new NotFoundException("AI system entry");
		}
	}

	private Optional<String> typedText(AiSystemId system) {
		return mandates.draftWithTypedText(system)
			.map(json -> CanonicalJson.read(json, tools.jackson.databind.JsonNode.class)
				.path("authorisedRepresentative"))
			.filter(node -> node.isString())
			.map(node -> node.asString().strip())
			.filter(text -> !text.isEmpty() && !AuthorisedRepresentativeText.isStatement(text));
	}

	/**
	 * Published entries whose named representative has not confirmed its mandate
	 * (invited, expired without an answer, or declined), for the market surveillance
	 * authorities' attention list (Art 22(3), DD067), named as their latest published
	 * version names them (the draft is the provider's own); entries of the non-public
	 * section only for a user who may read it (Art 49(4), {@link NonPublicSection},
	 * DD048).
	 */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional(readOnly = true)
	public List<UnconfirmedMandate> unconfirmed() {
		return mandates.unconfirmedOnPublishedEntries(currentActor.mayReadNonPublicSection());
	}

	/**
	 * What the entry's next version stores in A.3 (the caller, the publication, checks
	 * the provider's scope).
	 */
	String a3(AiSystemId system) {
		return AuthorisedRepresentativeText.stored(mandates.current(system).map(this::mandate).orElse(null));
	}

	/** Whether a representative is named for the entry (in any state but withdrawn). */
	boolean named(AiSystemId system) {
		return mandates.current(system).isPresent();
	}

	private void answer(String token, MandateState answer) {
		Actor actor = currentActor.require();
		MandateRepository.Row row = byToken(token).orElseThrow(() -> new NotFoundException("mandate"));
		if (!mayRepresent(actor.organisationId())) {
			throw new ActionRefusedException("mandate.refused.notRepresentative");
		}
		if (row.state() != MandateState.INVITED) {
			throw new ActionRefusedException("mandate.refused.answered");
		}
		Instant now = clock.instant();
		if (!now.isBefore(row.expiresAt())) {
			throw new ActionRefusedException("mandate.refused.expired");
		}
		if (!mandates.answer(row.id(), MandateState.INVITED, answer, actor.organisationId(), actor.userId(), now)) {
			throw new ActionRefusedException("mandate.refused.answered");
		}
		events.publishEvent(answer == MandateState.CONFIRMED
				? new RepresentativeMandateConfirmed(row.id(), row.system(), actor.organisationId())
				: new RepresentativeMandateDeclined(row.id(), row.system(), actor.organisationId()));
	}

	/**
	 * Art 22(1): an authorised representative is established in the Union; only an active
	 * organisation registered as one may answer.
	 */
	private boolean mayRepresent(OrganisationId organisation) {
		return organisations.activeWithRole(OrganisationRole.AUTHORISED_REPRESENTATIVE)
			.stream()
			.anyMatch(summary -> summary.id().equals(organisation)) && organisations.establishedInEu(organisation);
	}

	private Optional<MandateRepository.Row> byToken(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return mandates.byTokenHash(AccountTokens.hash(token.strip()));
	}

	private void withdrawCurrent(AiSystemId system, Actor actor, Instant now) {
		mandates.current(system).ifPresent(previous -> {
			mandates.withdrawAll(system, actor.userId(), now);
			events.publishEvent(new RepresentativeMandateWithdrawn(previous.id(), system, actor.organisationId()));
		});
	}

	private DraftEntry ownEntry(AiSystemId system) {
		return systems.findDraft(system, currentActor.require().organisationId())
			.orElseThrow(() -> new NotFoundException("AI system entry"));
	}

	private RepresentativeMandate mandate(MandateRepository.Row row) {
		OrganisationContact representative = row.representativeOrganisation() == null ? null
				: organisations.contact(row.representativeOrganisation()).orElse(null);
		return new RepresentativeMandate(row.id(), row.system(), row.invitedEmail(), row.invitedOrganisation(),
				row.state(), row.invitedAt(), row.expiresAt(), row.answeredAt(), representative);
	}

}
