package org.airegistry.registry.persistence;

import static org.airegistry.db.Sequences.REGISTRATION_NUMBER_SEQ;
import static org.airegistry.db.Tables.AI_SYSTEM;
import static org.airegistry.db.Tables.AI_SYSTEM_VERSION;
import static org.airegistry.db.Tables.ORGANISATION;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.airegistry.publication.CanonicalJson;
import org.airegistry.publication.Draft;
import org.airegistry.publication.PublicHold;
import org.airegistry.publication.PublicState;
import org.airegistry.publication.PublishedVersion;
import org.airegistry.publication.VersionSummary;
import org.airegistry.publication.Visibility;
import org.airegistry.publication.store.KindColumns;
import org.airegistry.publication.store.PublicationStore;
import org.airegistry.publication.store.PublicationTables;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryText;
import org.airegistry.registry.LinkableEntry;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.PublicEntryDigest;
import org.airegistry.registry.PublicProvider;
import org.airegistry.registry.RegistrationNumbers;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.shared.OrganisationId;
import org.jooq.Records;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes AI system entries, their drafts and their immutable versions, on the
 * publication kernel's store: every public read starts from
 * {@link PublicationStore#selectPublic}, which applies the one visibility rule.
 */
@Repository
public class AiSystemRepository {

	/**
	 * A version's digest kept at publication (DD097), or its whole JSON where it has none
	 * (stored before the digest was kept; the digest's properties are read from it
	 * alike), read as the UTF-8 bytes the driver receives, not decoded into a string
	 * first (DD096): it is parsed once and then dropped.
	 */
	private static final Field<byte[]> DIGEST_BYTES = DSL.coalesce(AI_SYSTEM_VERSION.DIGEST, AI_SYSTEM_VERSION.DATA)
		.coerce(SQLDataType.VARBINARY);

	private final DSLContext dsl;

	private final PublicationStore<AiSystemId, EntryData> store;

	private final SecureRandom random = new SecureRandom();

	AiSystemRepository(DSLContext dsl) {
		this.dsl = dsl;
		this.store = new PublicationStore<>(dsl, EntryData.class,
				new PublicationTables<>(new PublicationTables.Records<>(AI_SYSTEM, IdColumns.AI_SYSTEM_ID,
						IdColumns.PROVIDER_ID, AI_SYSTEM.DRAFT_DATA, AI_SYSTEM.DRAFT_CHANGED,
						AI_SYSTEM.PUBLISHED_VERSION, AI_SYSTEM.LOCK_VERSION, AI_SYSTEM.CREATED_AT, AI_SYSTEM.UPDATED_AT,
						PublicationTables.visibility(AI_SYSTEM.VISIBILITY),
						PublicationTables.publicHold(AI_SYSTEM.PUBLIC_HOLD)),
						new PublicationTables.Versions<>(AI_SYSTEM_VERSION, IdColumns.VERSION_AI_SYSTEM_ID,
								AI_SYSTEM_VERSION.VERSION_NUMBER, AI_SYSTEM_VERSION.DATA,
								AI_SYSTEM_VERSION.CHANGE_SUMMARY, AI_SYSTEM_VERSION.CONTENT_SHA256,
								AI_SYSTEM_VERSION.PUBLISHED_AT, IdColumns.VERSION_PUBLISHED_BY,
								PublicationTables.visibility(AI_SYSTEM_VERSION.VISIBILITY))),
				new EntryColumns());
	}

	/** The column naming an entry as the public and the authorities do. */
	public Field<String> registrationNumber() {
		return AI_SYSTEM.REGISTRATION_NUMBER;
	}

	/** The kernel's store of entries, for the publish flow. */
	public PublicationStore<AiSystemId, EntryData> store() {
		return store;
	}

	/** What entries keep beside the kernel's columns. */
	private final class EntryColumns implements KindColumns<AiSystemId, EntryData> {

		@Override
		public Map<Field<?>, ?> draft(EntryData data) {
			return Map.of(AI_SYSTEM.DRAFT_TRADE_NAME, data.tradeName());
		}

		@Override
		public Map<Field<?>, ?> record(Draft<AiSystemId, EntryData> draft, EntryData data, Visibility visibility) {
			// the registration number comes with the first publication, from the series
			// of
			// its section: public numbers never reveal drafts or the non-public section
			return registrationNumber(draft.id()).isPresent() ? Map.of()
					: Map.of(AI_SYSTEM.REGISTRATION_NUMBER, allocateRegistrationNumber(visibility));
		}

		@Override
		public Map<Field<?>, ?> version(Draft<AiSystemId, EntryData> draft, EntryData data, Visibility visibility) {
			String providerName = dsl.select(ORGANISATION.LEGAL_NAME)
				.from(ORGANISATION)
				.where(IdColumns.ORGANISATION_ID.eq(draft.owner()))
				.fetchOptional(ORGANISATION.LEGAL_NAME)
				.orElse("");
			return Map.of(AI_SYSTEM_VERSION.TRADE_NAME, data.tradeName(), AI_SYSTEM_VERSION.SEARCH_TEXT,
					searchText(data, providerName), AI_SYSTEM_VERSION.DIGEST, digest(data));
		}

	}

	/**
	 * A new registration number in the series of the section: consecutive in the public
	 * section, random (and checked for uniqueness) in the non-public one.
	 */
	String allocateRegistrationNumber(Visibility visibility) {
		if (visibility.isPublic()) {
			return RegistrationNumbers.publicNumber(dsl.nextval(REGISTRATION_NUMBER_SEQ));
		}
		while (true) {
			String candidate = RegistrationNumbers.nonPublicNumber(random);
			if (!dsl.fetchExists(AI_SYSTEM, AI_SYSTEM.REGISTRATION_NUMBER.eq(candidate))) {
				return candidate;
			}
		}
	}

	// ------------------------------------------------------------------ drafts

	public void insertDraft(AiSystemId id, OrganisationId organisation, EntryData data, Instant now) {
		store.insertDraft(id, organisation, data, null, Map.of(), now);
	}

	/** The entry as its own organisation sees it; empty for any other organisation. */
	public Optional<DraftEntry> findDraft(AiSystemId id, OrganisationId organisation) {
		return store
			.draftRecord(IdColumns.AI_SYSTEM_ID.eq(id).and(IdColumns.PROVIDER_ID.eq(organisation)),
					AI_SYSTEM.REGISTRATION_NUMBER)
			.map(row -> {
				Draft<AiSystemId, EntryData> draft = store.draft(row);
				return new DraftEntry(draft.id(), row.get(AI_SYSTEM.REGISTRATION_NUMBER), draft.lockVersion(),
						draft.data(), draft.publishedVersion(), draft.draftChanged());
			});
	}

	/**
	 * Stores a new draft if nobody else saved since {@code expectedLockVersion}.
	 * @return whether the row was updated (false: a concurrent edit won)
	 */
	public boolean updateDraft(AiSystemId id, OrganisationId organisation, long expectedLockVersion, EntryData data,
			Instant now) {
		return store.saveDraft(id, organisation, expectedLockVersion, data, now);
	}

	public List<WorkspaceEntry> findWorkspaceEntries(OrganisationId organisation) {
		return store.workspace(organisation, AI_SYSTEM.DRAFT_TRADE_NAME, AI_SYSTEM.REGISTRATION_NUMBER)
			.stream()
			.map(item -> new WorkspaceEntry(item.id(), item.row().get(AI_SYSTEM.REGISTRATION_NUMBER), item.name(),
					item.publishedVersion(), item.draftChanged(), item.updatedAt(),
					item.visibility() != null && !item.visibility().isPublic()))
			.toList();
	}

	public Optional<String> registrationNumber(AiSystemId id) {
		return dsl.select(AI_SYSTEM.REGISTRATION_NUMBER)
			.from(AI_SYSTEM)
			.where(IdColumns.AI_SYSTEM_ID.eq(id))
			.fetchOptional(AI_SYSTEM.REGISTRATION_NUMBER);
	}

	// ---------------------------------------------------- visibility of records

	/** What the public may know about the entry with this registration number. */
	public PublicState publicState(String registrationNumber) {
		return store.publicState(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber));
	}

	/**
	 * Places a hold on the entry or lifts it.
	 * @return whether an entry with this registration number exists
	 */
	public boolean hold(String registrationNumber, @Nullable PublicHold hold) {
		return store.hold(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber), hold);
	}

	/** The latest version's number, whatever its section (0 while never published). */
	public int latestVersionNumber(AiSystemId id) {
		return dsl.select(AI_SYSTEM.PUBLISHED_VERSION)
			.from(AI_SYSTEM)
			.where(IdColumns.AI_SYSTEM_ID.eq(id))
			.fetchOptional(AI_SYSTEM.PUBLISHED_VERSION)
			.map(number -> number == null ? 0 : number)
			.orElse(0);
	}

	/**
	 * Entries with a published version of Annex III point 1 in a public section, for a
	 * changed reading of Art 49(4) (candidates by their canonical JSON; the caller
	 * decides by the content).
	 */
	public void forEachPublicPoint1Version(Consumer<Point1Version> consumer) {
		try (var cursor = dsl
			.select(IdColumns.VERSION_AI_SYSTEM_ID, AI_SYSTEM_VERSION.VERSION_NUMBER, AI_SYSTEM_VERSION.DATA)
			.from(AI_SYSTEM_VERSION)
			.where(store.versions().visibility().in(Visibility.publicOnes()))
			.and(AI_SYSTEM_VERSION.DATA.like("%\"annexIIIPoint\":\"P1%"))
			.orderBy(AI_SYSTEM_VERSION.AI_SYSTEM_ID, AI_SYSTEM_VERSION.VERSION_NUMBER)
			.fetchSize(500)
			.fetchLazy()) {
			cursor.stream()
				.map(Records.mapping((aiSystemId, versionNumber, data) -> new Point1Version(aiSystemId, versionNumber,
						CanonicalJson.read(data, EntryData.class))))
				.forEach(consumer);
		}
	}

	/** A published point-1 version. */
	public record Point1Version(AiSystemId id, int version, EntryData data) {
	}

	/**
	 * Takes versions out of public view (a stricter reading of Art 49(4)); the entry is
	 * then in the section of its latest version.
	 */
	public int restrict(AiSystemId id, Collection<Integer> versions, Instant now) {
		return store.withdraw(id, versions, Visibility.RESTRICTED, now);
	}

	// ------------------------------------------------------------ public reads

	public Optional<PublicEntry> findLatest(String registrationNumber) {
		return publicEntries().where(store.latest())
			.and(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber))
			.fetchOptional(this::toPublicEntry);
	}

	public Optional<PublicEntry> findLatest(AiSystemId id) {
		return publicEntries().where(store.latest())
			.and(IdColumns.AI_SYSTEM_ID.eq(id))
			.fetchOptional(this::toPublicEntry);
	}

	public Optional<PublicEntry> findVersion(String registrationNumber, int version) {
		return publicEntries().where(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(version))
			.and(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber))
			.fetchOptional(this::toPublicEntry);
	}

	public List<VersionSummary> history(String registrationNumber) {
		return store.publicHistory(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber));
	}

	public List<PublicEntry> searchLatest(String text, int limit) {
		String needle = text.strip().toLowerCase(Locale.ROOT);
		Condition condition = needle.isEmpty() ? DSL.noCondition() : AI_SYSTEM_VERSION.SEARCH_TEXT.contains(needle);
		return publicEntries().where(store.latest())
			.and(condition)
			.orderBy(AI_SYSTEM_VERSION.PUBLISHED_AT.desc())
			.limit(limit)
			.fetch(this::toPublicEntry);
	}

	public long countPublished() {
		return dsl.fetchCount(store.selectPublic(List.of(AI_SYSTEM.AI_SYSTEM_ID)).where(store.latest()));
	}

	public void forEachLatest(int batchSize, Consumer<List<PublicEntry>> consumer) {
		store.forEachLatest(this::publicEntries, DSL.noCondition(), batchSize, this::toPublicEntry, PublicEntry::id,
				consumer);
	}

	/**
	 * Every latest public version as a digest (DD090), in no particular order: of each
	 * only the columns a digest needs are read, its content from the digest kept at
	 * publication (DD097); one query read in batches (DD094), in the caller's
	 * transaction.
	 */
	public void forEachLatestDigest(int batchSize, Consumer<List<PublicEntryDigest>> consumer) {
		store.forEachLatestUnordered(publicDigests(), batchSize, this::toDigest, consumer);
	}

	/** What a digest needs of the entries and versions the public may see. */
	private SelectJoinStep<Record> publicDigests() {
		return store
			.selectPublic(List.of(IdColumns.AI_SYSTEM_ID, AI_SYSTEM.REGISTRATION_NUMBER, IdColumns.PROVIDER_ID,
					ORGANISATION.LEGAL_NAME, AI_SYSTEM_VERSION.VERSION_NUMBER, store.firstPublishedAt(),
					AI_SYSTEM_VERSION.PUBLISHED_AT, DIGEST_BYTES))
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(AI_SYSTEM.ORGANISATION_ID));
	}

	private PublicEntryDigest toDigest(Record row) {
		return new PublicEntryDigest(row.get(IdColumns.AI_SYSTEM_ID), row.get(AI_SYSTEM.REGISTRATION_NUMBER),
				row.get(IdColumns.PROVIDER_ID), row.get(ORGANISATION.LEGAL_NAME),
				row.get(AI_SYSTEM_VERSION.VERSION_NUMBER), row.get(store.firstPublishedAt()),
				row.get(AI_SYSTEM_VERSION.PUBLISHED_AT),
				CanonicalJson.read(row.get(DIGEST_BYTES), PublicEntryDigest.Content.class));
	}

	/**
	 * The texts of every latest public version, page by page: only the stored JSON is
	 * read, and only three of its properties are kept.
	 */
	public void forEachLatestText(int batchSize, Consumer<List<EntryText>> consumer) {
		store.forEachLatest(() -> store.selectPublic(List.of(IdColumns.AI_SYSTEM_ID, AI_SYSTEM_VERSION.DATA)),
				DSL.noCondition(), batchSize,
				row -> Map.entry(row.get(IdColumns.AI_SYSTEM_ID),
						CanonicalJson.read(row.get(AI_SYSTEM_VERSION.DATA), EntryText.class)),
				Map.Entry::getKey, batch -> consumer.accept(batch.stream().map(Map.Entry::getValue).toList()));
	}

	public void forEachVersion(int batchSize, Consumer<List<PublicEntry>> consumer) {
		PublicEntry last = null;
		while (true) {
			Condition page = last == null ? DSL.noCondition()
					: DSL.row(IdColumns.AI_SYSTEM_ID, AI_SYSTEM_VERSION.VERSION_NUMBER).gt(last.id(), last.version());
			List<PublicEntry> batch = publicEntries().where(page)
				.orderBy(AI_SYSTEM.AI_SYSTEM_ID, AI_SYSTEM_VERSION.VERSION_NUMBER)
				.limit(batchSize)
				.fetch(this::toPublicEntry);
			if (batch.isEmpty()) {
				return;
			}
			consumer.accept(batch);
			if (batch.size() < batchSize) {
				return;
			}
			last = batch.getLast();
		}
	}

	public List<PublicEntry> recentVersions(int limit, Optional<OrganisationId> provider) {
		Condition condition = provider.map(IdColumns.PROVIDER_ID::eq).orElse(DSL.noCondition());
		return publicEntries().where(condition)
			.orderBy(AI_SYSTEM_VERSION.PUBLISHED_AT.desc(), AI_SYSTEM.REGISTRATION_NUMBER,
					AI_SYSTEM_VERSION.VERSION_NUMBER.desc())
			.limit(limit)
			.fetch(this::toPublicEntry);
	}

	public List<AiSystemId> publishedSince(Instant since) {
		return store.selectPublic(List.of(IdColumns.AI_SYSTEM_ID))
			.where(AI_SYSTEM_VERSION.PUBLISHED_AT.ge(since))
			.fetch(IdColumns.AI_SYSTEM_ID)
			.stream()
			.distinct()
			.toList();
	}

	public List<PublicProvider> publicProviders() {
		Field<Integer> entries = DSL.count(AI_SYSTEM.AI_SYSTEM_ID);
		return store
			.selectPublic(List.of(IdColumns.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY, entries))
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(AI_SYSTEM.ORGANISATION_ID))
			.where(store.latest())
			.groupBy(ORGANISATION.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY)
			.orderBy(ORGANISATION.LEGAL_NAME, ORGANISATION.ORGANISATION_ID)
			.fetch(row -> new PublicProvider(row.get(IdColumns.ORGANISATION_ID), row.get(ORGANISATION.LEGAL_NAME),
					row.get(ORGANISATION.COUNTRY), row.get(entries)));
	}

	/**
	 * Trade names and providers of the latest public versions of the entries, by
	 * registration number: what other modules' public pages may name (never a restricted
	 * or suspended entry's).
	 */
	public Map<String, PublicEntry> latestPublic(Collection<String> registrationNumbers) {
		if (registrationNumbers.isEmpty()) {
			return Map.of();
		}
		return publicEntries().where(store.latest())
			.and(AI_SYSTEM.REGISTRATION_NUMBER.in(registrationNumbers))
			.fetchMap(row -> row.get(AI_SYSTEM.REGISTRATION_NUMBER), this::toPublicEntry);
	}

	// ----------------------------------------------- owners' and authorities' reads

	/**
	 * The latest published version in any section with the entry's section and hold (for
	 * services that must link to an entry the public cannot see; never for public pages).
	 */
	public Optional<LinkableEntry> findLatestInAnySection(String registrationNumber) {
		return allEntries().where(store.latest())
			.and(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber))
			.fetchOptional(this::toLinkable);
	}

	/** {@link #findLatestInAnySection(String)} for several entries, by number. */
	public Map<String, LinkableEntry> findLatestInAnySection(Collection<String> registrationNumbers) {
		if (registrationNumbers.isEmpty()) {
			return Map.of();
		}
		return allEntries().where(store.latest())
			.and(AI_SYSTEM.REGISTRATION_NUMBER.in(registrationNumbers))
			.fetchMap(row -> row.get(AI_SYSTEM.REGISTRATION_NUMBER), this::toLinkable);
	}

	private LinkableEntry toLinkable(Record row) {
		return new LinkableEntry(toPublicEntry(row), !row.get(store.records().visibility()).isPublic(),
				row.get(store.records().publicHold()) != null);
	}

	/**
	 * The latest published versions of entries in the non-public section (Art 49(4)), for
	 * the competent authorities only.
	 */
	public List<PublicEntry> restrictedLatest(int limit) {
		return restricted().orderBy(AI_SYSTEM_VERSION.PUBLISHED_AT.desc()).limit(limit).fetch(this::toPublicEntry);
	}

	/**
	 * The latest published versions of entries in the non-public section (Art 49(4))
	 * whose name, reference, purpose, provider (at publication or now) or registration
	 * number contains the text (case-insensitive; empty text matches all), newest first.
	 * For the competent authorities only; the database is the only place this is
	 * searched.
	 */
	public List<PublicEntry> restrictedMatching(String text) {
		String needle = text.strip().toLowerCase(Locale.ROOT);
		Condition condition = needle.isEmpty() ? DSL.noCondition()
				: AI_SYSTEM_VERSION.SEARCH_TEXT.contains(needle)
					.or(DSL.lower(ORGANISATION.LEGAL_NAME).contains(needle))
					.or(DSL.lower(AI_SYSTEM.REGISTRATION_NUMBER).contains(needle));
		return restricted().and(condition)
			.orderBy(AI_SYSTEM_VERSION.PUBLISHED_AT.desc(), AI_SYSTEM.REGISTRATION_NUMBER)
			.fetch(this::toPublicEntry);
	}

	/**
	 * The latest published version of one entry in the non-public section (Art 49(4)),
	 * for the competent authorities only.
	 */
	public Optional<PublicEntry> restrictedLatest(String registrationNumber) {
		return restricted().and(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber))
			.fetchOptional(this::toPublicEntry);
	}

	private org.jooq.SelectConditionStep<Record> restricted() {
		return allEntries().where(store.latest()).and(store.records().visibility().eq(Visibility.RESTRICTED));
	}

	// ----------------------------------------------------------------- mapping

	private List<Field<?>> entryFields() {
		List<Field<?>> fields = new ArrayList<>(store.versionFields());
		fields.addAll(List.of(AI_SYSTEM.REGISTRATION_NUMBER, IdColumns.PROVIDER_ID, ORGANISATION.LEGAL_NAME,
				store.records().visibility(), store.records().publicHold()));
		return fields;
	}

	/** Entries and their versions as the public may see them. */
	private SelectJoinStep<Record> publicEntries() {
		return store.selectPublic(entryFields())
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(AI_SYSTEM.ORGANISATION_ID));
	}

	/**
	 * Entries and all their versions, whatever their visibility (never for the public).
	 */
	private SelectJoinStep<Record> allEntries() {
		return store.selectAll(entryFields())
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(AI_SYSTEM.ORGANISATION_ID));
	}

	private PublicEntry toPublicEntry(Record row) {
		PublishedVersion<EntryData> version = store.version(row);
		return new PublicEntry(store.id(row), row.get(AI_SYSTEM.REGISTRATION_NUMBER), row.get(IdColumns.PROVIDER_ID),
				row.get(ORGANISATION.LEGAL_NAME), version.version(), version.latestVersion(), version.data(),
				version.changeSummary(), version.firstPublishedAt(), version.publishedAt(), version.contentSha256());
	}

	/**
	 * What a version keeps beside its content for reading it as a digest (DD097): the
	 * canonical JSON of the digest's properties.
	 */
	static String digest(EntryData data) {
		return CanonicalJson.write(PublicEntryDigest.Content.of(data));
	}

	static String searchText(EntryData data, String providerName) {
		return String
			.join("\n", data.tradeName(), data.unambiguousReference(), providerName, data.intendedPurpose(),
					data.componentsAndFunctions())
			.toLowerCase(Locale.ROOT);
	}

}
