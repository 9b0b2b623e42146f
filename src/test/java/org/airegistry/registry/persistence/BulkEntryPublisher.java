package org.airegistry.registry.persistence;

import static org.airegistry.db.Sequences.REGISTRATION_NUMBER_SEQ;
import static org.airegistry.db.Tables.AI_SYSTEM;
import static org.airegistry.db.Tables.AI_SYSTEM_VERSION;
import static org.airegistry.db.Tables.DEPLOYMENT;
import static org.airegistry.db.Tables.ORGANISATION;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.UUID;

import org.airegistry.audit.AuditBatch;
import org.airegistry.db.tables.records.AiSystemRecord;
import org.airegistry.db.tables.records.AiSystemVersionRecord;
import org.airegistry.opendata.persistence.OpenDataRevisionRepository;
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
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistrationNumbers;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.search.index.DeploymentFacts;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.RegistryEntryIndexer;
import org.airegistry.search.index.persistence.CorpusWordCounts;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.jooq.TableRecord;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListener;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes many new entries of the current provider at once, for benchmark data (issue
 * 20: a million entries through {@code RegistryService.createDraft} + {@code publish} at
 * ~24 entries/s would take half a day). Each entry goes through what a first publication
 * through the services does to it: the draft checks and the publication checks, the
 * public registration number series, the canonical JSON codec and its SHA-256, the
 * version's search text. What the publication's events ({@link EntryCreated},
 * {@link RecordPublished}, {@link EntryPublished}) make their listeners do is done for
 * the whole page at once instead of event by event (DD089):
 * <ul>
 * <li>the audit trail: the same rows and chain, one batch ({@link AuditBatch});</li>
 * <li>the open data revision: raised once by the number of entries;</li>
 * <li>the deployment module's listeners (section and provider status): nothing to do for
 * a new registration number, checked with one query (refused if a registration names
 * one);</li>
 * <li>the outbox: one event publication per event and outbox listener, as Spring Modulith
 * writes it, in one batch; after commit the page is indexed in one bulk request and its
 * kept corpus words updated at once (the indexer listener's work) and then every
 * publication is marked completed, so an index that cannot be reached leaves them
 * incomplete for the usual retry;</li>
 * <li>the publication counter (a metric), after commit.</li>
 * </ul>
 * A listener of these events that the generator does not know makes it refuse to run
 * rather than leave a different state. {@code BulkEntryPublisherIT} proves the
 * equivalence with the service path.
 *
 * <p>
 * Only what benchmark data needs: public first versions by a provider established in the
 * EU, without documents; anything else is refused rather than written differently.
 */
@TestComponent
public class BulkEntryPublisher {

	/**
	 * The listeners of the publication's events whose work this class does for a page at
	 * once, by listener id (method listeners: class, method and parameter types; outbox
	 * listeners: their declared id).
	 */
	static final Set<String> DONE_IN_BULK = Set.of(
			"org.airegistry.audit.AuditRecorder.on(org.airegistry.shared.DomainEvent)",
			"org.airegistry.opendata.api.PublicDataChanges.on(org.airegistry.registry.EntryPublished)",
			"org.airegistry.operations.PublicationMetrics.on(org.airegistry.registry.EntryPublished)",
			"org.airegistry.deployment.EntrySectionListener.on(org.airegistry.registry.EntryPublished)",
			"org.airegistry.deployment.ProviderStatusListener.on(org.airegistry.registry.EntryPublished)",
			"search.entry-published-indexer");

	/** Spring Modulith's event publication registry (schema v2), as it inserts. */
	private static final String INSERT_PUBLICATION = "INSERT INTO event_publication (id, event_type, listener_id,"
			+ " publication_date, serialized_event, status, completion_attempts, last_resubmission_date)"
			+ " VALUES (?, ?, ?, ?, ?, 'PUBLISHED', 1, ?)";

	/** ... and as it marks a publication completed. */
	private static final String COMPLETE_PUBLICATIONS = "UPDATE event_publication SET status = 'COMPLETED',"
			+ " completion_date = ? WHERE id = ANY (?)";

	private final DSLContext dsl;

	private final JdbcTemplate jdbc;

	private final RegistryService registry;

	private final RegistryQueries queries;

	private final OrganisationService organisations;

	private final CurrentActor currentActor;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Point1Policy point1Policy;

	private final AuditBatch audit;

	private final OpenDataRevisionRepository revisions;

	private final EventSerializer serializer;

	private final RegistryEntriesIndex index;

	private final CorpusWordCounts corpusWords;

	private final DeploymentFacts.Source deploymentFacts;

	private final MeterRegistry meters;

	private final AbstractApplicationContext context;

	/** The outbox listeners of each event type, by listener id, once known. */
	private @Nullable Map<Class<?>, List<String>> outboxListeners;

	BulkEntryPublisher(DSLContext dsl, JdbcTemplate jdbc, RegistryService registry, RegistryQueries queries,
			OrganisationService organisations, CurrentActor currentActor, PlatformTransactionManager transactions,
			Clock clock,
			@Value("${airegistry.registry.restricted-tier.point1:LE_OR_MIGRATION_USE_ONLY}") Point1Policy point1Policy,
			AuditBatch audit, OpenDataRevisionRepository revisions, EventSerializer serializer,
			RegistryEntriesIndex index, DeploymentFacts.Source deploymentFacts, CorpusWordCounts corpusWords,
			MeterRegistry meters, AbstractApplicationContext context) {
		this.dsl = dsl;
		this.jdbc = jdbc;
		this.registry = registry;
		this.queries = queries;
		this.organisations = organisations;
		this.currentActor = currentActor;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.point1Policy = point1Policy;
		this.audit = audit;
		this.revisions = revisions;
		this.serializer = serializer;
		this.index = index;
		this.deploymentFacts = deploymentFacts;
		this.corpusWords = corpusWords;
		this.meters = meters;
		this.context = context;
	}

	/**
	 * Lists the listeners of the publication's events, once the context has registered
	 * them (its event listener methods are registered after every singleton, this one
	 * included, was created), and refuses any whose work this class does not do.
	 */
	private synchronized Map<Class<?>, List<String>> outboxListeners() {
		if (outboxListeners != null) {
			return outboxListeners;
		}
		Map<Class<?>, List<String>> outbox = new HashMap<>();
		Set<String> found = new TreeSet<>();
		for (Class<?> type : List.of(EntryCreated.class, RecordPublished.class, EntryPublished.class)) {
			List<String> afterCommit = new ArrayList<>();
			for (ApplicationListener<?> listener : listenersOf(context, type)) {
				String id = id(listener);
				found.add(id);
				if (listener instanceof TransactionalApplicationListener<?> transactional
						&& transactional.getTransactionPhase() == TransactionPhase.AFTER_COMMIT) {
					afterCommit.add(id);
				}
			}
			outbox.put(type, List.copyOf(afterCommit));
		}
		if (!found.equals(DONE_IN_BULK)) {
			Set<String> unknown = new TreeSet<>(found);
			unknown.removeAll(DONE_IN_BULK);
			Set<String> gone = new TreeSet<>(DONE_IN_BULK);
			gone.removeAll(found);
			throw new IllegalStateException("Bulk publication does not know what these listeners of a publication do: "
					+ unknown + " (and expected these, not found: " + gone
					+ "); teach BulkEntryPublisher their work (DD089) or generate through the services"
					+ " (-Dbench.throughServices=true)");
		}
		outboxListeners = Map.copyOf(outbox);
		return outboxListeners;
	}

	/**
	 * The application's listeners of an event type: its event listener methods, and its
	 * listener beans (those of the application's own packages; Spring's own listeners of
	 * every event, e.g. the security's delegating listener, do nothing with these).
	 */
	static List<ApplicationListener<?>> listenersOf(AbstractApplicationContext context, Class<?> type) {
		ResolvableType published = ResolvableType.forClassWithGenerics(PayloadApplicationEvent.class, type);
		List<ApplicationListener<?>> found = new ArrayList<>();
		for (ApplicationListener<?> listener : context.getApplicationListeners()) {
			if (listener instanceof GenericApplicationListener generic && generic.supportsEventType(published)) {
				found.add(listener);
			}
		}
		for (ApplicationListener<?> bean : context.getBeansOfType(ApplicationListener.class, false, false).values()) {
			if (bean.getClass().getName().startsWith("org.airegistry.") && !found.contains(bean)
					&& new org.springframework.context.event.GenericApplicationListenerAdapter(bean)
						.supportsEventType(published)) {
				found.add(bean);
			}
		}
		return found;
	}

	static String id(ApplicationListener<?> listener) {
		if (listener instanceof ApplicationListenerMethodAdapter method) {
			return method.getListenerId();
		}
		if (listener instanceof TransactionalApplicationListener<?> transactional) {
			return transactional.getListenerId();
		}
		return listener.getClass().getName();
	}

	/**
	 * Creates and publishes the entries as the current provider, in one transaction, then
	 * indexes them and completes their outbox events.
	 * @return their registration numbers, in order
	 * @throws InvalidInputException when an entry fails a check publication makes
	 * @throws IllegalArgumentException for content this generator does not write (the
	 * non-public section, documents, a provider outside the EU)
	 */
	public List<String> publish(List<EntryData> entries) {
		// refuses before writing anything when a listener is not known
		outboxListeners();
		Page page = transaction.execute(status -> publishInTransaction(entries));
		if (page == null || page.numbers().isEmpty()) {
			return List.of();
		}
		// after commit, as the outbox listeners run: the indexer's work for the whole
		// page (the deployment module's listener has nothing to do, checked in the
		// transaction), then every publication completed
		Map<String, PublicEntry> published = queries.latestPublic(page.numbers());
		if (published.size() != page.numbers().size()) {
			throw new IllegalStateException("Published entries missing from the public reads: " + page.numbers());
		}
		List<PublicEntry> documents = page.numbers().stream().map(published::get).toList();
		for (int from = 0; from < documents.size(); from += INDEX_CHUNK) {
			indexWithRetries(documents.subList(from, Math.min(documents.size(), from + INDEX_CHUNK)));
		}
		// as the indexer after writing a document: the kept corpus words (DD039), for the
		// page at once
		corpusWords.entriesChanged(documents.stream().map(PublicEntry::id).toList());
		Timestamp completed = Timestamp.from(clock.instant());
		jdbc.update(connection -> {
			var update = connection.prepareStatement(COMPLETE_PUBLICATIONS);
			update.setTimestamp(1, completed);
			update.setArray(2, connection.createArrayOf("uuid", page.publications()));
			return update;
		});
		meters.counter("airegistry.publications", "kind", "entry").increment(page.numbers().size());
		return page.numbers();
	}

	/** Documents per bulk request: small enough for a busy node's request timeout. */
	static final int INDEX_CHUNK = 250;

	/**
	 * Sends a chunk of documents, again after a pause when the node did not answer in
	 * time (external versions make a repeated request harmless).
	 */
	private void indexWithRetries(List<PublicEntry> chunk) {
		for (int attempt = 1;; attempt++) {
			try {
				index.ensureExists();
				RegistryEntryIndexer.bulkIndex(index.client(), index.names().writeAlias(), chunk, deploymentFacts);
				return;
			}
			catch (IOException ex) {
				if (attempt == 5) {
					throw new UncheckedIOException("Indexing the page failed; its outbox events stay incomplete", ex);
				}
				try {
					Thread.sleep(1000L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new UncheckedIOException("Interrupted while indexing the page", ex);
				}
			}
		}
	}

	/** What a page's transaction wrote: the numbers and the outbox event ids. */
	private record Page(List<String> numbers, UUID[] publications) {
	}

	private Page publishInTransaction(List<EntryData> entries) {
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
		List<DomainEvent> announced = new ArrayList<>(checked.size() * 3);
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
			version.setDigest(AiSystemRepository.digest(data));
			version.setContentSha256(CanonicalJson.sha256(json));
			version.setPublishedAt(now);
			version.setPublishedBy(actor.userId().value());
			version.setVisibility(Visibility.PUBLIC.name());
			versions.add(version);
			// the events of createDraft and publish, in their order
			announced.add(new EntryCreated(id));
			announced.add(new RecordPublished("entry.published", "ai-system", number,
					data.classification() == Classification.SECTION_B ? "Art 49(2)" : "Art 49(1)", null, 1,
					Visibility.PUBLIC, data.status() == null ? "" : data.status().name()));
			announced.add(new EntryPublished(id, 1));
			numbers.add(number);
		}
		// the deployment module's listeners follow registrations that name the entry:
		// a new number has none, unless one was typed before it existed
		if (dsl.fetchExists(DEPLOYMENT, DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER.in(numbers))) {
			throw new IllegalStateException("A deployer registration already names one of the numbers "
					+ "about to be published; publish these entries through the services");
		}
		dsl.batchInsert(records).execute();
		dsl.batchInsert(versions).execute();
		revisions.raise(now, numbers.size());
		UUID[] publications = storePublications(announced, now);
		// last, as the trail's listener does before commit: the chain's head is locked
		// only until the commit
		audit.recordAll(announced);
		return new Page(numbers, publications);
	}

	/** The outbox: one publication per event and outbox listener, not completed yet. */
	private UUID[] storePublications(Collection<DomainEvent> events, Instant now) {
		List<Object[]> rows = new ArrayList<>();
		Timestamp at = Timestamp.from(now);
		for (DomainEvent event : events) {
			List<String> listeners = outboxListeners().getOrDefault(event.getClass(), List.of());
			if (listeners.isEmpty()) {
				continue;
			}
			String serialized = serializer.serialize(event).toString();
			for (String listener : listeners) {
				rows.add(new Object[] { UUID.randomUUID(), event.getClass().getName(), listener, at, serialized, at });
			}
		}
		jdbc.batchUpdate(INSERT_PUBLICATION, rows);
		return rows.stream().map(row -> (UUID) row[0]).toArray(UUID[]::new);
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
