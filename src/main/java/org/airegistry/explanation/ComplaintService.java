package org.airegistry.explanation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.explanation.persistence.ComplaintRepository;
import org.airegistry.explanation.persistence.SealedColumn;
import org.airegistry.explanation.persistence.ComplaintRepository.ComplaintRow;
import org.airegistry.organisation.Authorities;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Competence;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.i18n.Languages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art 85 complaints on their own (not only by escalating an explanation request): any
 * natural or legal person with grounds to consider that the Regulation has been infringed
 * complains to the market surveillance authority; no account, confirmation by mail link,
 * a private tracking page. The complaint is routed to the authority of the Member State
 * the person names: an authority user with the complaints competence sees and handles
 * only complaints of their authority's Member State. Personal data is encrypted before it
 * reaches the repository and removed after the retention period.
 */
@Service
public class ComplaintService {

	private static final int NAME_MAX = 300;

	private final ComplaintRepository repository;

	private final PersonalDataCipher cipher;

	private final FilingThrottle throttle;

	private final ExplanationMailer mailer;

	private final RegistryQueries registry;

	private final Authorities authorities;

	private final ExplanationProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ComplaintService(ComplaintRepository repository, PersonalDataCipher cipher, FilingThrottle throttle,
			ExplanationMailer mailer, RegistryQueries registry, Authorities authorities,
			ExplanationProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.cipher = cipher;
		this.throttle = throttle;
		this.mailer = mailer;
		this.registry = registry;
		this.authorities = authorities;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** The outcome of opening a confirmation link. */
	public record Verification(String reference, String trackingToken) {
	}

	/** Longest free text accepted. */
	public int maxTextLength() {
		return properties.limits().maxTextLength();
	}

	/**
	 * Files a complaint and mails the confirmation link; nothing reaches the authority
	 * before the link is opened. Returns the reference.
	 */
	@Transactional
	public String file(NewComplaint complaint, String networkAddress) {
		List<FieldError> errors = new ArrayList<>();
		int max = properties.limits().maxTextLength();
		if (complaint.memberState() == null) {
			errors.add(new FieldError("memberState", "complaint.error.memberState"));
		}
		if (complaint.kind() == null) {
			errors.add(new FieldError("kind", "explanation.error.required"));
		}
		String number = complaint.registrationNumber().strip().toUpperCase(Locale.ROOT);
		Optional<PublicEntry> system = number.isEmpty() ? Optional.empty() : registry.findLatest(number);
		if (!number.isEmpty() && system.isEmpty()) {
			errors.add(new FieldError("registrationNumber", "explanation.error.system"));
		}
		ExplanationService.text(errors, "complainant", complaint.complainant(),
				complaint.kind() == ComplainantKind.LEGAL_PERSON, NAME_MAX);
		ExplanationService.text(errors, "operator", complaint.operator(), system.isEmpty(), NAME_MAX);
		ExplanationService.text(errors, "infringement", complaint.infringement(), true, max);
		String email = complaint.email().strip();
		if (email.length() > 320 || !ExplanationService.EMAIL.matcher(email).matches()) {
			errors.add(new FieldError("email", "explanation.error.email"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String limit = throttle.tryFile(email, networkAddress);
		if (limit != null) {
			throw new ActionRefusedException(limit);
		}
		Instant now = clock.instant();
		String token = Tokens.newToken();
		String reference = repository.nextReference();
		String language = Languages.recordable(complaint.language());
		String operator = complaint.operator().isBlank() ? system.map(PublicEntry::providerName).orElse("")
				: complaint.operator().strip();
		UUID id = UUID.randomUUID();
		repository.insert(id, reference, complaint.memberState(), complaint.kind(),
				system.map(PublicEntry::registrationNumber).orElse(""), language,
				cipher.seal(email, SealedColumn.COMPLAINT_EMAIL, id),
				complaint.complainant().isBlank() ? null
						: cipher.seal(complaint.complainant().strip(), SealedColumn.COMPLAINT_COMPLAINANT, id),
				cipher.seal(operator, SealedColumn.COMPLAINT_OPERATOR, id),
				cipher.seal(complaint.infringement().strip(), SealedColumn.COMPLAINT_INFRINGEMENT, id),
				Tokens.hash(token), now.plus(properties.verificationValidity()), now);
		mailer.send(email, language, "complaintVerify", reference,
				mailer.link(org.airegistry.explanation.ExplanationRoutes.VERIFY_COMPLAINT, token));
		return reference;
	}

	/**
	 * Confirms the address: the complaint reaches the authority of its Member State and
	 * the person gets the private tracking link. Empty when the link is unknown, used or
	 * expired.
	 */
	@Transactional
	public Optional<Verification> verify(String token) {
		Optional<ComplaintRow> found = token.isBlank() ? Optional.empty()
				: repository.findByVerifyHash(Tokens.hash(token));
		Instant now = clock.instant();
		if (found.isEmpty() || found.get().verifyExpiresAt() == null || now.isAfter(found.get().verifyExpiresAt())) {
			return Optional.empty();
		}
		String tracking = Tokens.newToken();
		repository.verified(found.get().id(), Tokens.hash(tracking), now);
		events.publishEvent(new ComplaintStepped(found.get().reference(), ComplaintStepped.Step.SUBMITTED, null,
				"routed to " + found.get().memberState()));
		return Optional.of(new Verification(found.get().reference(), tracking));
	}

	/** The one complaint behind a tracking token. */
	@Transactional(readOnly = true)
	public Optional<Complaint> track(String trackingToken) {
		return trackingToken.isBlank() ? Optional.empty()
				: repository.findByTrackingHash(Tokens.hash(trackingToken)).map(this::view);
	}

	// ---- the authority of the Member State
	// ---------------------------------------------

	/**
	 * The Member State whose complaints the calling user handles: the jurisdiction of
	 * their authority, where they hold the complaints competence; empty for a Union body.
	 */
	@PreAuthorize("hasRole('" + Competence.Names.COMPLAINTS + "')")
	@Transactional(readOnly = true)
	public Optional<MemberState> myMemberState() {
		return authorities.currentActorJurisdiction(Competence.COMPLAINTS).flatMap(Jurisdiction::nationalMemberState);
	}

	/** Complaints routed to the caller's Member State, open ones first. */
	@PreAuthorize("hasRole('" + Competence.Names.COMPLAINTS + "')")
	@Transactional(readOnly = true)
	public List<Complaint> inbox() {
		return myMemberState().map(state -> repository.routedTo(state).stream().map(this::view).toList())
			.orElse(List.of());
	}

	/** One complaint of the caller's Member State; others are not found. */
	@PreAuthorize("hasRole('" + Competence.Names.COMPLAINTS + "')")
	@Transactional(readOnly = true)
	public Complaint open(String reference) {
		return view(row(reference, false));
	}

	/** Confirms receipt; the person sees it on the tracking page. */
	@PreAuthorize("hasRole('" + Competence.Names.COMPLAINTS + "')")
	@Transactional
	public void acknowledge(String reference) {
		ComplaintRow row = row(reference, true);
		if (row.state() != ComplaintState.SUBMITTED) {
			throw new ActionRefusedException("explanation.error.transition");
		}
		repository.acknowledged(row.id(), clock.instant());
		audited(row, ComplaintStepped.Step.ACKNOWLEDGED, ComplaintState.ACKNOWLEDGED);
	}

	/** Closes the complaint with an outcome that the person reads and is mailed about. */
	@PreAuthorize("hasRole('" + Competence.Names.COMPLAINTS + "')")
	@Transactional
	public void close(String reference, String outcome) {
		ComplaintRow row = row(reference, true);
		List<FieldError> errors = new ArrayList<>();
		ExplanationService.text(errors, "outcome", outcome, true, properties.limits().maxTextLength() * 4);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (row.state() == ComplaintState.CLOSED) {
			throw new ActionRefusedException("explanation.error.transition");
		}
		repository.closed(row.id(), cipher.seal(outcome.strip(), SealedColumn.COMPLAINT_OUTCOME, row.id()),
				clock.instant());
		audited(row, ComplaintStepped.Step.CLOSED, ComplaintState.CLOSED);
		String email = cipher.openOrEmpty(row.emailEnc(), SealedColumn.COMPLAINT_EMAIL, row.id());
		if (!email.isEmpty()) {
			mailer.send(email, row.language(), "directComplaintClosed", row.reference());
		}
	}

	/**
	 * Retention: returns how many complaints were deleted or lost their personal data.
	 */
	@Transactional
	public int applyRetention() {
		Instant now = clock.instant();
		Instant cutoff = now.atZone(properties.deadline().zone()).minus(properties.retention()).toInstant();
		return repository.applyRetention(now.minus(properties.verificationValidity()), cutoff, now);
	}

	private ComplaintRow row(String reference, boolean lock) {
		return myMemberState().flatMap(state -> repository.findSubmitted(reference, state, lock))
			.orElseThrow(() -> new NotFoundException("Complaint"));
	}

	private void audited(ComplaintRow row, ComplaintStepped.Step step, ComplaintState to) {
		events.publishEvent(new ComplaintStepped(row.reference(), step, row.state().name(), to.name()));
	}

	private Complaint view(ComplaintRow row) {
		String systemName = row.registrationNumber().isEmpty() ? ""
				: registry.findLatest(row.registrationNumber()).map(entry -> entry.data().tradeName()).orElse("");
		return new Complaint(row.reference(), row.memberState(), row.kind(),
				cipher.openOrEmpty(row.complainantEnc(), SealedColumn.COMPLAINT_COMPLAINANT, row.id()),
				cipher.openOrEmpty(row.operatorEnc(), SealedColumn.COMPLAINT_OPERATOR, row.id()),
				row.registrationNumber(), systemName,
				cipher.openOrEmpty(row.infringementEnc(), SealedColumn.COMPLAINT_INFRINGEMENT, row.id()),
				cipher.openOrEmpty(row.outcomeEnc(), SealedColumn.COMPLAINT_OUTCOME, row.id()), row.state(),
				row.submittedAt(), row.acknowledgedAt(), row.closedAt());
	}

}
