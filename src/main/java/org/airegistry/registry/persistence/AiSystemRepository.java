package org.airegistry.registry.persistence;

import static org.airegistry.db.Sequences.REGISTRATION_NUMBER_SEQ;
import static org.airegistry.db.Tables.AI_SYSTEM;
import static org.airegistry.db.Tables.AI_SYSTEM_VERSION;
import static org.airegistry.db.Tables.ORGANISATION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.airegistry.db.tables.AiSystemVersion;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.LinkableEntry;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.PublicProvider;
import org.airegistry.registry.VersionSummary;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record11;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes AI system entries, their drafts and their immutable public versions.
 */
@Repository
public class AiSystemRepository {

	private static final AiSystemVersion FIRST = AI_SYSTEM_VERSION.as("first_version");

	/**
	 * The one rule for what the public may see of an entry: not in the non-public section
	 * (Art 49(4)) and not suspended from public view by the market surveillance authority
	 * (Art 74/79). Every public read (pages, API, exports, feeds, search) goes through
	 * it.
	 */
	static final Condition PUBLIC = AI_SYSTEM.RESTRICTED.isFalse().and(AI_SYSTEM.SUSPENDED.isFalse());

	private final DSLContext dsl;

	private final EntryDataCodec codec;

	AiSystemRepository(DSLContext dsl, EntryDataCodec codec) {
		this.dsl = dsl;
		this.codec = codec;
	}

	public String nextRegistrationNumber() {
		Long next = dsl.nextval(REGISTRATION_NUMBER_SEQ);
		return "AIR-%06d".formatted(next);
	}

	public void insertDraft(AiSystemId id, String registrationNumber, OrganisationId organisation, EntryData data,
			OffsetDateTime now) {
		dsl.insertInto(AI_SYSTEM)
			.set(AI_SYSTEM.AI_SYSTEM_ID, id.value())
			.set(AI_SYSTEM.REGISTRATION_NUMBER, registrationNumber)
			.set(AI_SYSTEM.ORGANISATION_ID, organisation.value())
			.set(AI_SYSTEM.DRAFT_DATA, codec.toJson(data))
			.set(AI_SYSTEM.DRAFT_TRADE_NAME, data.tradeName())
			.set(AI_SYSTEM.DRAFT_CHANGED, true)
			.set(AI_SYSTEM.LOCK_VERSION, 0L)
			.set(AI_SYSTEM.CREATED_AT, now)
			.set(AI_SYSTEM.UPDATED_AT, now)
			.execute();
	}

	/** The entry as its own organisation sees it; empty for any other organisation. */
	public Optional<DraftEntry> findDraft(AiSystemId id, OrganisationId organisation) {
		return dsl
			.select(AI_SYSTEM.AI_SYSTEM_ID, AI_SYSTEM.REGISTRATION_NUMBER, AI_SYSTEM.LOCK_VERSION, AI_SYSTEM.DRAFT_DATA,
					AI_SYSTEM.PUBLISHED_VERSION, AI_SYSTEM.DRAFT_CHANGED)
			.from(AI_SYSTEM)
			.where(AI_SYSTEM.AI_SYSTEM_ID.eq(id.value()))
			.and(AI_SYSTEM.ORGANISATION_ID.eq(organisation.value()))
			.fetchOptional(record -> new DraftEntry(new AiSystemId(record.value1()), record.value2(), record.value3(),
					codec.fromJson(record.value4()), record.value5(), Boolean.TRUE.equals(record.value6())));
	}

	/**
	 * Stores a new draft if nobody else saved since {@code expectedLockVersion}.
	 * @return whether the row was updated (false: a concurrent edit won)
	 */
	public boolean updateDraft(AiSystemId id, OrganisationId organisation, long expectedLockVersion, EntryData data,
			OffsetDateTime now) {
		return dsl.update(AI_SYSTEM)
			.set(AI_SYSTEM.DRAFT_DATA, codec.toJson(data))
			.set(AI_SYSTEM.DRAFT_TRADE_NAME, data.tradeName())
			.set(AI_SYSTEM.DRAFT_CHANGED, true)
			.set(AI_SYSTEM.LOCK_VERSION, AI_SYSTEM.LOCK_VERSION.plus(1))
			.set(AI_SYSTEM.UPDATED_AT, now)
			.where(AI_SYSTEM.AI_SYSTEM_ID.eq(id.value()))
			.and(AI_SYSTEM.ORGANISATION_ID.eq(organisation.value()))
			.and(AI_SYSTEM.LOCK_VERSION.eq(expectedLockVersion))
			.execute() == 1;
	}

	/**
	 * Freezes the draft as public version {@code version}, if nobody else saved since
	 * {@code expectedLockVersion}.
	 * @return whether the version was written
	 */
	public boolean insertVersion(DraftEntry draft, OrganisationId organisation, int version, String providerName,
			String changeSummary, UserId publishedBy, boolean restricted, OffsetDateTime now) {
		int updated = dsl.update(AI_SYSTEM)
			.set(AI_SYSTEM.PUBLISHED_VERSION, version)
			.set(AI_SYSTEM.RESTRICTED, restricted)
			.set(AI_SYSTEM.DRAFT_CHANGED, false)
			.set(AI_SYSTEM.LOCK_VERSION, AI_SYSTEM.LOCK_VERSION.plus(1))
			.set(AI_SYSTEM.UPDATED_AT, now)
			.where(AI_SYSTEM.AI_SYSTEM_ID.eq(draft.id().value()))
			.and(AI_SYSTEM.ORGANISATION_ID.eq(organisation.value()))
			.and(AI_SYSTEM.LOCK_VERSION.eq(draft.lockVersion()))
			.execute();
		if (updated != 1) {
			return false;
		}
		String json = codec.toJson(draft.data());
		dsl.insertInto(AI_SYSTEM_VERSION)
			.set(AI_SYSTEM_VERSION.AI_SYSTEM_ID, draft.id().value())
			.set(AI_SYSTEM_VERSION.VERSION_NUMBER, version)
			.set(AI_SYSTEM_VERSION.DATA, json)
			.set(AI_SYSTEM_VERSION.TRADE_NAME, draft.data().tradeName())
			.set(AI_SYSTEM_VERSION.SEARCH_TEXT, searchText(draft.data(), providerName))
			.set(AI_SYSTEM_VERSION.CHANGE_SUMMARY, changeSummary.isBlank() ? null : changeSummary)
			.set(AI_SYSTEM_VERSION.CONTENT_SHA256, EntryDataCodec.sha256(json))
			.set(AI_SYSTEM_VERSION.PUBLISHED_AT, now)
			.set(AI_SYSTEM_VERSION.PUBLISHED_BY, publishedBy.value())
			.execute();
		return true;
	}

	public List<WorkspaceEntry> findWorkspaceEntries(OrganisationId organisation) {
		return dsl
			.select(AI_SYSTEM.AI_SYSTEM_ID, AI_SYSTEM.REGISTRATION_NUMBER, AI_SYSTEM.DRAFT_TRADE_NAME,
					AI_SYSTEM.PUBLISHED_VERSION, AI_SYSTEM.DRAFT_CHANGED, AI_SYSTEM.UPDATED_AT, AI_SYSTEM.RESTRICTED)
			.from(AI_SYSTEM)
			.where(AI_SYSTEM.ORGANISATION_ID.eq(organisation.value()))
			.orderBy(AI_SYSTEM.UPDATED_AT.desc())
			.fetch(record -> new WorkspaceEntry(new AiSystemId(record.value1()), record.value2(), record.value3(),
					record.value4(), Boolean.TRUE.equals(record.value5()), record.value6().toInstant(),
					Boolean.TRUE.equals(record.value7())));
	}

	public Optional<PublicEntry> findLatest(String registrationNumber) {
		return publicEntries(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION))
			.where(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber))
			.fetchOptional(this::toPublicEntry);
	}

	/**
	 * The latest version in the public section, also when it is suspended from public
	 * view (for the search indexer, which must know the version to withhold it).
	 */
	public Optional<PublicEntry> findLatestEvenIfSuspended(AiSystemId id) {
		return entries(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION), AI_SYSTEM.RESTRICTED.isFalse())
			.where(AI_SYSTEM.AI_SYSTEM_ID.eq(id.value()))
			.fetchOptional(this::toPublicEntry);
	}

	/** Whether the entry is suspended from public view (Art 74/79). */
	public boolean suspended(String registrationNumber) {
		return dsl.fetchExists(AI_SYSTEM,
				AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber).and(AI_SYSTEM.SUSPENDED.isTrue()));
	}

	public Set<String> suspendedAmong(Collection<String> registrationNumbers) {
		return dsl.select(AI_SYSTEM.REGISTRATION_NUMBER)
			.from(AI_SYSTEM)
			.where(AI_SYSTEM.REGISTRATION_NUMBER.in(registrationNumbers))
			.and(AI_SYSTEM.SUSPENDED.isTrue())
			.fetchSet(AI_SYSTEM.REGISTRATION_NUMBER);
	}

	/**
	 * Suspends an entry from public view or lifts the suspension.
	 * @return whether an entry with this registration number exists
	 */
	public boolean setSuspended(String registrationNumber, boolean suspended) {
		return dsl.update(AI_SYSTEM)
			.set(AI_SYSTEM.SUSPENDED, suspended)
			.where(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber))
			.execute() == 1;
	}

	/**
	 * The latest published version in either section, with whether it is restricted (for
	 * linking from deployer registrations; never for public pages).
	 */
	public Optional<LinkableEntry> findLatestInAnySection(String registrationNumber) {
		return entries(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION), DSL.noCondition())
			.where(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber))
			.fetchOptional(this::toPublicEntry)
			.map(entry -> dsl.select(AI_SYSTEM.RESTRICTED, AI_SYSTEM.SUSPENDED)
				.from(AI_SYSTEM)
				.where(AI_SYSTEM.AI_SYSTEM_ID.eq(entry.id().value()))
				.fetchOne(flags -> new LinkableEntry(entry, Boolean.TRUE.equals(flags.value1()),
						Boolean.TRUE.equals(flags.value2()))));
	}

	public Optional<String> registrationNumber(AiSystemId id) {
		return dsl.select(AI_SYSTEM.REGISTRATION_NUMBER)
			.from(AI_SYSTEM)
			.where(AI_SYSTEM.AI_SYSTEM_ID.eq(id.value()))
			.fetchOptional(AI_SYSTEM.REGISTRATION_NUMBER);
	}

	public Optional<PublicEntry> findVersion(String registrationNumber, int version) {
		return publicEntries(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(version))
			.where(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber))
			.fetchOptional(this::toPublicEntry);
	}

	public List<VersionSummary> history(String registrationNumber) {
		return dsl
			.select(AI_SYSTEM_VERSION.VERSION_NUMBER, AI_SYSTEM_VERSION.PUBLISHED_AT, AI_SYSTEM_VERSION.CHANGE_SUMMARY,
					AI_SYSTEM_VERSION.CONTENT_SHA256)
			.from(AI_SYSTEM_VERSION)
			.join(AI_SYSTEM)
			.on(AI_SYSTEM.AI_SYSTEM_ID.eq(AI_SYSTEM_VERSION.AI_SYSTEM_ID))
			.where(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber))
			.and(PUBLIC)
			.orderBy(AI_SYSTEM_VERSION.VERSION_NUMBER.desc())
			.fetch(record -> new VersionSummary(record.value1(), record.value2().toInstant(),
					record.value3() == null ? "" : record.value3(), record.value4()));
	}

	public List<PublicEntry> searchLatest(String text, int limit) {
		String needle = text.strip().toLowerCase(Locale.ROOT);
		Condition condition = needle.isEmpty() ? DSL.noCondition() : AI_SYSTEM_VERSION.SEARCH_TEXT.contains(needle);
		return publicEntries(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION)).where(condition)
			.orderBy(AI_SYSTEM_VERSION.PUBLISHED_AT.desc())
			.limit(limit)
			.fetch(this::toPublicEntry);
	}

	public long countPublished() {
		return dsl.fetchCount(AI_SYSTEM, AI_SYSTEM.PUBLISHED_VERSION.isNotNull().and(PUBLIC));
	}

	public void forEachLatest(int batchSize, Consumer<List<PublicEntry>> consumer) {
		UUID after = null;
		while (true) {
			Condition page = after == null ? DSL.noCondition() : AI_SYSTEM.AI_SYSTEM_ID.gt(after);
			List<PublicEntry> batch = publicEntries(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION))
				.where(page)
				.orderBy(AI_SYSTEM.AI_SYSTEM_ID)
				.limit(batchSize)
				.fetch(this::toPublicEntry);
			if (batch.isEmpty()) {
				return;
			}
			consumer.accept(batch);
			if (batch.size() < batchSize) {
				return;
			}
			after = batch.getLast().id().value();
		}
	}

	/**
	 * The latest published versions of entries in the non-public section (Art 49(4)), for
	 * the competent authorities only.
	 */
	public List<PublicEntry> restrictedLatest(int limit) {
		return entries(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION), AI_SYSTEM.RESTRICTED.isTrue())
			.orderBy(AI_SYSTEM_VERSION.PUBLISHED_AT.desc())
			.limit(limit)
			.fetch(this::toPublicEntry);
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
		return entries(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION), AI_SYSTEM.RESTRICTED.isTrue())
			.where(condition)
			.orderBy(AI_SYSTEM_VERSION.PUBLISHED_AT.desc(), AI_SYSTEM.REGISTRATION_NUMBER)
			.fetch(this::toPublicEntry);
	}

	/**
	 * The latest published version of one entry in the non-public section (Art 49(4)),
	 * for the competent authorities only.
	 */
	public Optional<PublicEntry> restrictedLatest(String registrationNumber) {
		return entries(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION), AI_SYSTEM.RESTRICTED.isTrue())
			.where(AI_SYSTEM.REGISTRATION_NUMBER.eq(registrationNumber))
			.fetchOptional(this::toPublicEntry);
	}

	public void forEachVersion(int batchSize, Consumer<List<PublicEntry>> consumer) {
		PublicEntry last = null;
		while (true) {
			Condition page = last == null ? DSL.noCondition()
					: DSL.row(AI_SYSTEM.AI_SYSTEM_ID, AI_SYSTEM_VERSION.VERSION_NUMBER)
						.gt(last.id().value(), last.version());
			List<PublicEntry> batch = publicEntries(DSL.noCondition()).where(page)
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
		Condition condition = provider.map(id -> AI_SYSTEM.ORGANISATION_ID.eq(id.value())).orElse(DSL.noCondition());
		return publicEntries(DSL.noCondition()).where(condition)
			.orderBy(AI_SYSTEM_VERSION.PUBLISHED_AT.desc(), AI_SYSTEM.REGISTRATION_NUMBER,
					AI_SYSTEM_VERSION.VERSION_NUMBER.desc())
			.limit(limit)
			.fetch(this::toPublicEntry);
	}

	public List<AiSystemId> publishedSince(Instant since) {
		return dsl.selectDistinct(AI_SYSTEM.AI_SYSTEM_ID)
			.from(AI_SYSTEM)
			.join(AI_SYSTEM_VERSION)
			.on(AI_SYSTEM_VERSION.AI_SYSTEM_ID.eq(AI_SYSTEM.AI_SYSTEM_ID))
			.where(AI_SYSTEM_VERSION.PUBLISHED_AT.ge(since.atOffset(ZoneOffset.UTC)))
			.and(AI_SYSTEM.RESTRICTED.isFalse())
			.fetch(record -> new AiSystemId(record.value1()));
	}

	public List<PublicProvider> publicProviders() {
		Field<Integer> entries = DSL.count(AI_SYSTEM.AI_SYSTEM_ID);
		return dsl.select(ORGANISATION.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY, entries)
			.from(ORGANISATION)
			.join(AI_SYSTEM)
			.on(AI_SYSTEM.ORGANISATION_ID.eq(ORGANISATION.ORGANISATION_ID))
			.where(AI_SYSTEM.PUBLISHED_VERSION.isNotNull())
			.and(PUBLIC)
			.groupBy(ORGANISATION.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY)
			.orderBy(ORGANISATION.LEGAL_NAME, ORGANISATION.ORGANISATION_ID)
			.fetch(record -> new PublicProvider(new OrganisationId(record.value1()), record.value2(), record.value3(),
					record.value4()));
	}

	private SelectOnConditionStep<Record11<UUID, String, UUID, String, Integer, Integer, String, String, OffsetDateTime, OffsetDateTime, String>> publicEntries(
			Condition versionCondition) {
		// Art 49(4): the non-public section never reaches public reads; nor do suspended
		// entries (Art 74/79)
		return entries(versionCondition, PUBLIC);
	}

	private SelectOnConditionStep<Record11<UUID, String, UUID, String, Integer, Integer, String, String, OffsetDateTime, OffsetDateTime, String>> entries(
			Condition versionCondition, Condition tier) {
		Field<OffsetDateTime> firstPublishedAt = DSL.field(DSL.select(FIRST.PUBLISHED_AT)
			.from(FIRST)
			.where(FIRST.AI_SYSTEM_ID.eq(AI_SYSTEM.AI_SYSTEM_ID))
			.and(FIRST.VERSION_NUMBER.eq(1)));
		return dsl
			.select(AI_SYSTEM.AI_SYSTEM_ID, AI_SYSTEM.REGISTRATION_NUMBER, AI_SYSTEM.ORGANISATION_ID,
					ORGANISATION.LEGAL_NAME, AI_SYSTEM_VERSION.VERSION_NUMBER, AI_SYSTEM.PUBLISHED_VERSION,
					AI_SYSTEM_VERSION.DATA, AI_SYSTEM_VERSION.CHANGE_SUMMARY, firstPublishedAt,
					AI_SYSTEM_VERSION.PUBLISHED_AT, AI_SYSTEM_VERSION.CONTENT_SHA256)
			.from(AI_SYSTEM)
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(AI_SYSTEM.ORGANISATION_ID))
			.join(AI_SYSTEM_VERSION)
			.on(AI_SYSTEM_VERSION.AI_SYSTEM_ID.eq(AI_SYSTEM.AI_SYSTEM_ID).and(versionCondition).and(tier));
	}

	private PublicEntry toPublicEntry(
			Record11<UUID, String, UUID, String, Integer, Integer, String, String, OffsetDateTime, OffsetDateTime, String> record) {
		return new PublicEntry(new AiSystemId(record.value1()), record.value2(), new OrganisationId(record.value3()),
				record.value4(), record.value5(), record.value6(), codec.fromJson(record.value7()),
				record.value8() == null ? "" : record.value8(), record.value9().toInstant(),
				record.value10().toInstant(), record.value11());
	}

	static String searchText(EntryData data, String providerName) {
		return String
			.join("\n", data.tradeName(), data.unambiguousReference(), providerName, data.intendedPurpose(),
					data.componentsAndFunctions())
			.toLowerCase(Locale.ROOT);
	}

}
