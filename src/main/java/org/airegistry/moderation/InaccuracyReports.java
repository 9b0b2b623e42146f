package org.airegistry.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.airegistry.moderation.persistence.ReportRepository;
import org.airegistry.moderation.persistence.ReportRepository.StoredReport;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.security.FieldCipher;
import org.airegistry.security.SealedColumns;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.i18n.Languages;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Reports of inaccurate public entries: anyone files one (no account; optional email),
 * the provider of the entry answers or corrects, the regulator sees all and may dismiss.
 * The reporter follows the report by a private link; the email address is only used to
 * tell them, never shown, logged, indexed or exported.
 */
@Service
public class InaccuracyReports {

	/** The Annex VIII Section A items a reporter can point at, plus "other". */
	public static final List<String> CONCERNED_FIELDS = List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9",
			"A10", "A11", "A12", "A13", "ANNEX_III", "OTHER");

	public static final int DESCRIPTION_MIN = 20;

	public static final int DESCRIPTION_MAX = 4000;

	public static final int RESPONSE_MIN = 10;

	/** Reports one network address may file per hour. */
	public static final int REPORTS_PER_ADDRESS_PER_HOUR = 5;

	/** What the reporter gets back: the reference and the private link's token. */
	public record FiledReport(String reference, String token) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final ReportRepository repository;

	private final RegistryQueries registry;

	private final CurrentActor currentActor;

	private final ReportMailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Cache<String, Bucket> addresses = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(2))
		.maximumSize(100_000)
		.build();

	private final FieldCipher cipher;

	InaccuracyReports(ReportRepository repository, RegistryQueries registry, CurrentActor currentActor,
			ReportMailer mailer, ApplicationEventPublisher events, Clock clock, FieldCipher cipher) {
		this.cipher = cipher;
		this.repository = repository;
		this.registry = registry;
		this.currentActor = currentActor;
		this.mailer = mailer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Files a report on the latest public version of an entry. Entries of the non-public
	 * section (Art 49(4)) do not exist for this purpose.
	 */
	@Transactional
	public FiledReport file(String registrationNumber, @Nullable String concernedField, String description,
			@Nullable String email, String clientAddress, String language) {
		PublicEntry entry = registry.findLatest(registrationNumber)
			.orElseThrow(() -> new NotFoundException("Entry " + registrationNumber));
		List<FieldError> errors = new ArrayList<>();
		String text = description == null ? "" : description.strip();
		if (text.length() < DESCRIPTION_MIN || text.length() > DESCRIPTION_MAX) {
			errors.add(new FieldError("description", "report.error.description", DESCRIPTION_MIN, DESCRIPTION_MAX));
		}
		FreeText.check(errors, "description", text);
		String field = concernedField == null || concernedField.isBlank() ? null : concernedField;
		if (field != null && !CONCERNED_FIELDS.contains(field)) {
			errors.add(new FieldError("concernedField", "report.error.field"));
		}
		String address = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
		if (address != null && (address.length() > 320 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			errors.add(new FieldError("email", "report.error.email"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (!addresses.get(clientAddress, key -> newBucket()).tryConsume(1)) {
			throw new ActionRefusedException("report.error.tooMany");
		}
		String reference = newReference();
		String token = newToken();
		UUID id = UUID.randomUUID();
		repository.insert(id, reference, entry.registrationNumber(), entry.providerId(), entry.version(), field, text,
				cipher.seal(address, emailContext(id)), language(language), sha256(token), clock.instant());
		events.publishEvent(new ReportFiled(entry.registrationNumber(), entry.providerId(), reference));
		if (address != null) {
			mailer.filed(address, language, reference, entry.registrationNumber(), token);
		}
		return new FiledReport(reference, token);
	}

	/** The report behind a private link, if the token is right. */
	@Transactional(readOnly = true)
	public Optional<InaccuracyReport> byToken(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		return repository.byToken(sha256(token)).map(StoredReport::report);
	}

	/** Reports on the current provider's entries, newest first. */
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	@Transactional(readOnly = true)
	public List<InaccuracyReport> forMyEntries() {
		return repository.ofOrganisation(currentActor.require().organisationId());
	}

	/**
	 * The provider answers a report on one of its own entries: {@code ANSWERED} (no
	 * change) or {@code CORRECTED} (a new version was published).
	 */
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	@Transactional
	public void respond(String reference, ReportStatus outcome, String response) {
		Actor actor = currentActor.require();
		StoredReport report = repository.byReference(reference)
			.filter(stored -> actor.actsFor(stored.organisation()))
			.orElseThrow(() -> new NotFoundException("Report " + reference));
		if (outcome != ReportStatus.ANSWERED && outcome != ReportStatus.CORRECTED) {
			throw new InvalidInputException(List.of(new FieldError("outcome", "report.error.outcome")));
		}
		close(report, outcome, response, actor);
	}

	/** All reports (optionally of one status), newest first, for the regulator. */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional(readOnly = true)
	public List<InaccuracyReport> all(@Nullable ReportStatus status) {
		return repository.all(status, 500);
	}

	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	@Transactional(readOnly = true)
	public int openCount() {
		return repository.countOpen();
	}

	/** The regulator dismisses an open report with a reason the reporter sees. */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional
	public void dismiss(String reference, String reason) {
		StoredReport report = repository.byReference(reference)
			.orElseThrow(() -> new NotFoundException("Report " + reference));
		close(report, ReportStatus.DISMISSED, reason, currentActor.require());
	}

	private void close(StoredReport report, ReportStatus outcome, String response, Actor actor) {
		String text = response == null ? "" : response.strip();
		if (text.length() < RESPONSE_MIN || text.length() > DESCRIPTION_MAX) {
			throw new InvalidInputException(
					List.of(new FieldError("response", "report.error.response", RESPONSE_MIN, DESCRIPTION_MAX)));
		}
		List<FieldError> problems = new ArrayList<>();
		FreeText.check(problems, "response", text);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!repository.respond(report.id(), outcome, text, actor.userId(), clock.instant())) {
			throw new ActionRefusedException("report.error.notOpen");
		}
		events.publishEvent(
				new ReportAnswered(report.report().registrationNumber(), report.report().reference(), outcome));
		String reporter = reporterEmail(report);
		if (reporter != null) {
			mailer.answered(reporter, report.language(), report.report().reference(), outcome);
		}
	}

	private static String language(@Nullable String language) {
		return Languages.recordable(language);
	}

	private String newReference() {
		for (int attempt = 0; attempt < 10; attempt++) {
			StringBuilder reference = new StringBuilder("R-");
			for (int i = 0; i < 6; i++) {
				reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
			}
			if (!repository.referenceTaken(reference.toString())) {
				return reference.toString();
			}
		}
		throw new IllegalStateException("No free report reference found");
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(REPORTS_PER_ADDRESS_PER_HOUR)
				.refillIntervally(REPORTS_PER_ADDRESS_PER_HOUR, Duration.ofHours(1))
				.build())
			.build();
	}

	/** Statuses a provider may choose when answering. */
	public static final Set<ReportStatus> PROVIDER_OUTCOMES = Set.of(ReportStatus.ANSWERED, ReportStatus.CORRECTED);

	/** The reporter's address, decrypted (or as stored before encryption). */
	private @Nullable String reporterEmail(ReportRepository.StoredReport report) {
		return report.reporterEmailEnc() != null ? cipher.open(report.reporterEmailEnc(), emailContext(report.id()))
				: report.clearReporterEmail();
	}

	static String emailContext(UUID report) {
		return "inaccuracy_report.reporter_email_enc:" + report;
	}

	/**
	 * The reporters' addresses in the database: addresses stored in clear before they
	 * were encrypted are encrypted at start; after a key rotation the re-encryption
	 * command rewrites them under the new key (DD044).
	 */
	@org.springframework.stereotype.Component
	static class ReporterAddresses implements SealedColumns {

		private final ReportRepository repository;

		private final FieldCipher cipher;

		ReporterAddresses(ReportRepository repository, FieldCipher cipher) {
			this.repository = repository;
			this.cipher = cipher;
		}

		@Override
		public String name() {
			return "inaccuracy_report.reporter_email_enc";
		}

		@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
		@Transactional
		public void encryptClearAddresses() {
			for (var row : repository.withAddresses()) {
				if (row.encrypted() == null && row.clear() != null) {
					repository.storeAddress(row.reportId(), cipher.seal(row.clear(), emailContext(row.reportId())));
				}
			}
		}

		@Override
		@Transactional
		public int reencrypt(FieldCipher fieldCipher) {
			encryptClearAddresses();
			int count = 0;
			for (var row : repository.withAddresses()) {
				if (row.encrypted() != null && fieldCipher.needsReencryption(row.encrypted())) {
					repository.storeAddress(row.reportId(),
							fieldCipher.reencrypt(row.encrypted(), emailContext(row.reportId())));
					count++;
				}
			}
			return count;
		}

	}

}
