package org.airegistry.registry.persistence;

import static org.airegistry.db.Tables.AI_SYSTEM;
import static org.airegistry.db.Tables.AI_SYSTEM_VERSION;
import static org.airegistry.db.Tables.AUDIT_EVENT;
import static org.airegistry.db.Tables.OPEN_DATA_REVISION;
import static org.airegistry.db.Tables.SEARCH_CORPUS_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.airegistry.audit.AuditIntegrity;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.publication.RecordPublished;
import org.airegistry.registry.EntryCreated;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryPublished;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.SearchDocuments;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.TestPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The bulk generator of benchmark data (issue 20) leaves what the service path leaves:
 * the same rows, canonical JSON and SHA-256, audit trail, outbox and search documents,
 * apart from ids, registration numbers and times. The outbox retries after the production
 * default of 30 s here, not the test profile's 1 s: with 1 s it may run the listeners of
 * a page whose publications the generator is about to complete (the documents end the
 * same, the publications' attempts do not). That makes a context of its own, so a
 * database of its own (DD092): the entries it generates are in no other context's
 * database, whose index would not hold them.
 */
@PostgresTest
@TestPropertySource(properties = "airegistry.search.outbox.resubmit-min-age=30s")
// a second application context in the test JVM: close it afterwards
@DirtiesContext(classMode = ClassMode.AFTER_CLASS)
class BulkEntryPublisherIT {

	/** Columns that name or date a record rather than say what it holds. */
	static final Set<String> IDENTITY = Set.of("ai_system_id", "registration_number", "created_at", "updated_at",
			"published_at");

	/** Search document fields that name or date the entry. */
	static final Set<String> DOCUMENT_IDENTITY = Set.of(SearchDocuments.REGISTRATION_NUMBER,
			SearchDocuments.PUBLISHED_AT, SearchDocuments.FIRST_PUBLISHED_AT);

	@Autowired
	BulkEntryPublisher bulk;

	@Autowired
	TestData testData;

	@Autowired
	RegistryQueries registry;

	@Autowired
	RegistryEntriesIndex index;

	@Autowired
	DSLContext dsl;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditIntegrity integrity;

	@Autowired
	MeterRegistry meters;

	@Autowired
	AbstractApplicationContext context;

	@Test
	@DisplayName("Entries published in bulk have the rows, JSON, SHA-256, audit trail, outbox and search documents of entries published through the services")
	void sameAsThroughTheServices() throws Exception {
		TestUser provider = testData.provider();
		List<EntryData> contents = List.of(TestData.sample(TestData.uniqueWord("Bulkrecruit")),
				TestData.sample(TestData.uniqueWord("Bulkscore")).withAnnexIIIPoint(AnnexIIIPoint.P5B, false),
				TestData.sample(TestData.uniqueWord("Bulkexam")).withAnnexIIIPoint(AnnexIIIPoint.P3B, false),
				// German: a language whose words the corpus counts (DD039)
				TestData.sample(TestData.uniqueWord("Bulkpruefung")).withLanguage(ContentLanguage.DE));
		long revision = revision();
		double counted = publicationsCounted();
		List<String> viaServices = contents.stream().map(data -> testData.publish(provider, data)).toList();
		long revisionAfterServices = revision();
		double countedAfterServices = publicationsCounted();
		List<String> viaBulk = testData.as(provider, () -> bulk.publish(contents));

		// the open data revision and the publication counter move as far as through the
		// services
		assertThat(revision() - revisionAfterServices).isEqualTo(revisionAfterServices - revision)
			.isEqualTo(contents.size());
		assertThat(publicationsCounted() - countedAfterServices).isEqualTo(countedAfterServices - counted)
			.isEqualTo(contents.size());
		// the audit chain, written in one batch, still verifies
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE);
		assertThat(testData.as(regulator, integrity::verify).report().intact()).isTrue();

		assertThat(viaBulk).hasSize(4).doesNotContainAnyElementsOf(viaServices);
		for (int i = 0; i < contents.size(); i++) {
			String service = viaServices.get(i);
			String generated = viaBulk.get(i);
			Record serviceEntry = entryRow(service);
			Record generatedEntry = entryRow(generated);
			assertThat(withoutIdentity(generatedEntry)).isEqualTo(withoutIdentity(serviceEntry));
			Record serviceVersion = versionRow(serviceEntry);
			Record generatedVersion = versionRow(generatedEntry);
			assertThat(withoutIdentity(generatedVersion)).isEqualTo(withoutIdentity(serviceVersion));
			assertThat(generatedVersion.get(AI_SYSTEM_VERSION.DATA))
				.isEqualTo(serviceVersion.get(AI_SYSTEM_VERSION.DATA));
			assertThat(generatedVersion.get(AI_SYSTEM_VERSION.CONTENT_SHA256))
				.isEqualTo(serviceVersion.get(AI_SYSTEM_VERSION.CONTENT_SHA256));

			assertThat(audit(generatedEntry)).isEqualTo(audit(serviceEntry));
			assertThat(audit(generatedEntry)).extracting(row -> row.get(0))
				.containsExactly("entry.created", "entry.published");
			assertThat(chainPositions(generatedEntry)).hasSize(2)
				.satisfies(positions -> assertThat(positions.get(1)).isEqualTo(positions.get(0) + 1));

			PublicEntry serviceLatest = registry.findLatest(service).orElseThrow();
			PublicEntry generatedLatest = registry.findLatest(generated).orElseThrow();
			assertThat(generatedLatest.data()).isEqualTo(serviceLatest.data());
			assertThat(documentWithoutIdentity(SearchDocuments.toSource(generatedLatest)))
				.isEqualTo(documentWithoutIdentity(SearchDocuments.toSource(serviceLatest)));

			// the outbox: the same listeners got the same events, and all completed
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(outbox(generatedEntry)).isEqualTo(outbox(serviceEntry))
					.isNotEmpty()
					.allSatisfy(row -> assertThat(row).endsWith("completed")));
			// and through it the index holds the same document
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(
						() -> assertThat(indexed(generatedLatest)).isEqualTo(indexed(serviceLatest)).isNotEmpty());
			// and the corpus words kept at publication (DD039) count it as the indexer
			// does after writing the document (counted only for compounding languages:
			// the German entry's words are there)
			boolean wordsCounted = generatedLatest.data().language() == ContentLanguage.DE;
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				assertThat(keptWords(serviceLatest)).hasSize(wordsCounted ? 1 : 0);
				assertThat(keptWords(generatedLatest)).isEqualTo(keptWords(serviceLatest));
			});
		}
	}

	/** The entry's contribution to the kept corpus words: language and words. */
	private List<String> keptWords(PublicEntry entry) {
		return dsl.select(SEARCH_CORPUS_ENTRY.LANGUAGE, SEARCH_CORPUS_ENTRY.WORDS)
			.from(SEARCH_CORPUS_ENTRY)
			.where(SEARCH_CORPUS_ENTRY.AI_SYSTEM_ID.eq(entry.id().value()))
			.fetch(Records.mapping((language, words) -> language + ": " + words));
	}

	@Test
	@DisplayName("The generator does the work of exactly the listeners a publication's events have: none is missing, none is stale")
	void knowsEveryListenerOfAPublication() {
		Set<String> listeners = new TreeSet<>();
		for (Class<?> type : List.of(EntryCreated.class, RecordPublished.class, EntryPublished.class)) {
			BulkEntryPublisher.listenersOf(context, type)
				.forEach(listener -> listeners.add(BulkEntryPublisher.id(listener)));
		}
		assertThat(listeners).isEqualTo(new TreeSet<>(BulkEntryPublisher.DONE_IN_BULK));
	}

	@Test
	@DisplayName("The generator refuses what publication refuses, and writes nothing of the batch")
	void refusesInvalidEntries() {
		TestUser provider = testData.provider();
		String name = TestData.uniqueWord("Bulkinvalid");
		List<EntryData> contents = List.of(TestData.sample(name), TestData.sample(name).withTradeName(""));
		assertThatThrownBy(() -> testData.as(provider, () -> bulk.publish(contents)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(dsl.fetchCount(AI_SYSTEM, AI_SYSTEM.DRAFT_TRADE_NAME.eq(name))).isZero();
	}

	private Record entryRow(String registrationNumber) {
		return dsl.selectFrom(AI_SYSTEM).where(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber)).fetchSingle();
	}

	private Record versionRow(Record entry) {
		return dsl.selectFrom(AI_SYSTEM_VERSION)
			.where(AI_SYSTEM_VERSION.AI_SYSTEM_ID.eq(entry.get(AI_SYSTEM.AI_SYSTEM_ID)))
			.fetchSingle();
	}

	private static Map<String, Object> withoutIdentity(Record row) {
		Map<String, Object> values = new HashMap<>(row.intoMap());
		values.keySet().removeAll(IDENTITY);
		return values;
	}

	private static Map<String, Object> documentWithoutIdentity(Map<String, Object> document) {
		Map<String, Object> values = new HashMap<>(document);
		values.keySet().removeAll(DOCUMENT_IDENTITY);
		return values;
	}

	/**
	 * The audit trail of an entry: action, actor, organisation, reference, before, after.
	 */
	private List<List<String>> audit(Record entry) {
		String id = entry.get(AI_SYSTEM.AI_SYSTEM_ID).toString();
		String number = entry.get(AI_SYSTEM.REGISTRATION_NUMBER);
		return dsl
			.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.ACTOR_USER_ID, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.ORGANISATION_ID,
					AUDIT_EVENT.SUBJECT_TYPE, AUDIT_EVENT.LEGAL_REFERENCE, AUDIT_EVENT.BEFORE_VALUE,
					AUDIT_EVENT.AFTER_VALUE)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.SUBJECT_ID.in(id, number))
			.orderBy(AUDIT_EVENT.AUDIT_EVENT_ID)
			.fetch(row -> List.of(String.valueOf(row.get(AUDIT_EVENT.ACTION)),
					String.valueOf(row.get(AUDIT_EVENT.ACTOR_USER_ID)), String.valueOf(row.get(AUDIT_EVENT.ACTOR_NAME)),
					String.valueOf(row.get(AUDIT_EVENT.ORGANISATION_ID)),
					String.valueOf(row.get(AUDIT_EVENT.SUBJECT_TYPE)),
					String.valueOf(row.get(AUDIT_EVENT.LEGAL_REFERENCE)),
					String.valueOf(row.get(AUDIT_EVENT.BEFORE_VALUE)),
					String.valueOf(row.get(AUDIT_EVENT.AFTER_VALUE))));
	}

	/** The chain positions of an entry's audit rows, in order. */
	private List<Long> chainPositions(Record entry) {
		return dsl.select(AUDIT_EVENT.CHAIN_POSITION)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.SUBJECT_ID.in(entry.get(AI_SYSTEM.AI_SYSTEM_ID).toString(),
					entry.get(AI_SYSTEM.REGISTRATION_NUMBER)))
			.orderBy(AUDIT_EVENT.CHAIN_POSITION)
			.fetch(AUDIT_EVENT.CHAIN_POSITION);
	}

	/**
	 * The event publications of an entry: listener, event type, the event as serialised
	 * (its id and number left out), status, attempts, whether resubmission and completion
	 * dates are set.
	 */
	private List<String> outbox(Record entry) {
		String id = entry.get(AI_SYSTEM.AI_SYSTEM_ID).toString();
		String number = entry.get(AI_SYSTEM.REGISTRATION_NUMBER);
		return jdbc.query("SELECT listener_id, event_type, serialized_event, status, completion_attempts,"
				+ " last_resubmission_date, completion_date FROM event_publication"
				+ " WHERE serialized_event LIKE ? OR serialized_event LIKE ?" + " ORDER BY listener_id, event_type",
				(row, n) -> String.join(" ", row.getString(1), row.getString(2),
						row.getString(3).replace(id, "<id>").replace(number, "<number>"), row.getString(4),
						row.getString(5), row.getTimestamp(6) == null ? "unresubmitted" : "resubmission-dated",
						row.getTimestamp(7) == null ? "open" : "completed"),
				"%" + id + "%", "%\"" + number + "\"%");
	}

	private long revision() {
		return dsl.select(OPEN_DATA_REVISION.REVISION)
			.from(OPEN_DATA_REVISION)
			.fetchSingle(OPEN_DATA_REVISION.REVISION);
	}

	private double publicationsCounted() {
		var counter = meters.find("airegistry.publications").tag("kind", "entry").counter();
		return counter == null ? 0 : counter.count();
	}

	/** The document the index holds for an entry, without what names or dates it. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> indexed(PublicEntry entry) throws Exception {
		var response = index.client()
			.get(g -> g.index(index.names().readAlias()).id(SearchDocuments.id(entry)), Map.class);
		if (!response.found() || response.source() == null) {
			return Map.of();
		}
		return documentWithoutIdentity((Map<String, Object>) response.source());
	}

}
