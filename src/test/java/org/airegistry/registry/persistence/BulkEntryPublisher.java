package org.airegistry.registry.persistence;

import static org.airegistry.db.Sequences.REGISTRATION_NUMBER_SEQ;
import static org.airegistry.db.Tables.AI_SYSTEM;
import static org.airegistry.db.Tables.AI_SYSTEM_VERSION;
import static org.airegistry.db.Tables.ORGANISATION;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.airegistry.db.tables.records.AiSystemRecord;
import org.airegistry.db.tables.records.AiSystemVersionRecord;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.publication.CanonicalJson;
import org.airegistry.publication.RecordPublished;
import org.airegistry.publication.Visibility;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.Classification;
import org.airegistry.registry.EntryCreated;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryPublished;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.Point1Policy;
import org.airegistry.registry.RegistrationNumbers;
import org.airegistry.registry.RegistryService;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes many new entries of the current provider at once, for benchmark data (issue
 * 20: a million entries through {@code RegistryService.createDraft} + {@code publish} at
 * ~24 entries/s would take half a day). Each entry goes through what a first publication
 * through the services does to it: the draft checks and the publication checks, the
 * public registration number series, the canonical JSON codec and its SHA-256, the
 * version's search text, and, in the same transaction, the same events
 * ({@link EntryCreated}, {@link RecordPublished}, {@link EntryPublished}), so the audit
 * trail, the outbox (event publications) and, through the outbox, the search index end as
 * the service path leaves them. What differs is the cost: one transaction, one sequence
 * call, two JDBC batches per call instead of a dozen statements and two transactions per
 * entry. {@code BulkEntryPublisherIT} proves the equivalence.
 *
 * <p>
 * Only what benchmark data needs: public first versions by a provider established in the
 * EU, without documents; anything else is refused rather than written differently.
 */
@TestComponent
public class BulkEntryPublisher {

	private final DSLContext dsl;

	private final RegistryService registry;

	private final OrganisationService organisations;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Point1Policy point1Policy;

	BulkEntryPublisher(DSLContext dsl, RegistryService registry, OrganisationService organisations,
			CurrentActor currentActor, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock,
			@Value("${airegistry.registry.restricted-tier.point1:LE_OR_MIGRATION_USE_ONLY}") Point1Policy point1Policy) {
		this.dsl = dsl;
		this.registry = registry;
		this.organisations = organisations;
		this.currentActor = currentActor;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.point1Policy = point1Policy;
	}

	/**
	 * Creates and publishes the entries as the current provider, in one transaction.
	 * @return their registration numbers, in order
	 * @throws InvalidInputException when an entry fails a check publication makes
	 * @throws IllegalArgumentException for content this generator does not write (the
	 * non-public section, documents, a provider outside the EU)
	 */
	public List<String> publish(List<EntryData> entries) {
		List<String> numbers = transaction.execute(status -> publishInTransaction(entries));
		return numbers == null ? List.of() : numbers;
	}

	private List<String> publishInTransaction(List<EntryData> entries) {
		Actor actor = currentActor.require();
		if (!organisations.establishedInEu(actor.organisationId())) {
			throw new IllegalArgumentException("Bulk publication needs a provider established in the EU (A.3)");
		}
		String providerName = dsl.select(ORGANISATION.LEGAL_NAME)
			.from(ORGANISATION)
			.where(ORGANISATION.ORGANISATION_ID.eq(actor.organisationId().value()))
			.fetchOptional(ORGANISATION.LEGAL_NAME)
			.orElse("");
		List<EntryData> checked = new ArrayList<>(entries.size());
		for (EntryData sent : entries) {
			// createDraft: a new entry has no mandate, so A.3 is empty
			checked.add(checked(sent.withAuthorisedRepresentative("")));
		}
		List<Long> sequence = dsl.nextvals(REGISTRATION_NUMBER_SEQ, checked.size());
		Instant now = clock.instant();
		List<TableRecord<?>> records = new ArrayList<>(checked.size());
		List<TableRecord<?>> versions = new ArrayList<>(checked.size());
		List<Object> announced = new ArrayList<>(checked.size() * 3);
		List<String> numbers = new ArrayList<>(checked.size());
		for (int i = 0; i < checked.size(); i++) {
			EntryData data = checked.get(i);
			AiSystemId id = AiSystemId.random();
			String number = RegistrationNumbers.publicNumber(sequence.get(i));
			String json = CanonicalJson.write(data);
			// PublicationStore.insertDraft, then insertVersion of version 1 with the
			// working copy unchanged after publication
			AiSystemRecord record = dsl.newRecord(AI_SYSTEM);
			record.setAiSystemId(id.value());
			record.setRegistrationNumber(number);
			record.setOrganisationId(actor.organisationId().value());
			record.setDraftData(json);
			record.setDraftTradeName(data.tradeName());
			record.setDraftChanged(false);
			record.setPublishedVersion(1);
			record.setLockVersion(1L);
			record.setCreatedAt(now);
			record.setUpdatedAt(now);
			record.setVisibility(Visibility.PUBLIC.name());
			records.add(record);
			AiSystemVersionRecord version = dsl.newRecord(AI_SYSTEM_VERSION);
			version.setAiSystemId(id.value());
			version.setVersionNumber(1);
			version.setData(json);
			version.setTradeName(data.tradeName());
			version.setSearchText(AiSystemRepository.searchText(data, providerName));
			version.setContentSha256(CanonicalJson.sha256(json));
			version.setPublishedAt(now);
			version.setPublishedBy(actor.userId().value());
			version.setVisibility(Visibility.PUBLIC.name());
			versions.add(version);
			announced.add(new EntryCreated(id));
			announced.add(new RecordPublished("entry.published", "ai-system", number,
					data.classification() == Classification.SECTION_B ? "Art 49(2)" : "Art 49(1)", null, 1,
					Visibility.PUBLIC, data.status() == null ? "" : data.status().name()));
			announced.add(new EntryPublished(id, 1));
			numbers.add(number);
		}
		dsl.batchInsert(records).execute();
		dsl.batchInsert(versions).execute();
		announced.forEach(events::publishEvent);
		return numbers;
	}

	/** The checks of {@code createDraft} and of the publish flow's entry rules. */
	private EntryData checked(EntryData data) {
		List<FieldError> problems = new ArrayList<>(data.draftProblems(point1Policy, registry.omnibus2026()));
		problems.addAll(data.publicationProblems(point1Policy, registry.omnibus2026()));
		EntryStatus status = data.status();
		boolean inUse = status == EntryStatus.ON_MARKET || status == EntryStatus.IN_SERVICE;
		if (inUse && data.certificate().expiredOn(LocalDate.now(clock))) {
			problems.add(new FieldError("certificate.expiryDate", "validation.certificate.expired",
					String.valueOf(data.certificate().expiryDate())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (registry.isRestricted(data)) {
			throw new IllegalArgumentException("Bulk publication writes the public section only (Art 49(4))");
		}
		if (!data.documents().nothingAttached()) {
			throw new IllegalArgumentException("Bulk publication writes entries without documents");
		}
		return data;
	}

}
