package org.airegistry.publication.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.airegistry.publication.CanonicalJson;
import org.airegistry.publication.Draft;
import org.airegistry.publication.PublicHold;
import org.airegistry.publication.PublicState;
import org.airegistry.publication.PublishedVersion;
import org.airegistry.publication.RecordId;
import org.airegistry.publication.VersionSummary;
import org.airegistry.publication.Visibility;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Records;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.SelectJoinStep;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectOnConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Drafts and immutable versions of one kind of record, in that kind's own tables. The
 * kind's repository configures it with its columns and builds its reads on
 * {@link #selectPublic}, which applies {@link #publiclyVisible()}, the one rule of what
 * the public may see, to every public read.
 *
 * @param <ID> the kind's record id
 * @param <D> the kind's content (stored as canonical JSON)
 */
public final class PublicationStore<ID extends RecordId, D> {

	private static final List<Visibility> PUBLIC = Visibility.publicOnes();

	private final DSLContext dsl;

	private final Class<D> type;

	private final PublicationTables.Records<ID> records;

	private final PublicationTables.Versions<ID> versions;

	private final Field<Instant> firstPublishedAt;

	private final Condition publiclyVisible;

	private final KindColumns<ID, D> columns;

	public PublicationStore(DSLContext dsl, Class<D> type, PublicationTables<ID> tables) {
		this(dsl, type, tables, KindColumns.none());
	}

	public PublicationStore(DSLContext dsl, Class<D> type, PublicationTables<ID> tables, KindColumns<ID, D> columns) {
		this.dsl = dsl;
		this.columns = columns;
		this.type = type;
		this.records = tables.records();
		this.versions = tables.versions();
		// read with a version of the record (version 1 is its own first: most records
		// have only one, and a whole register read joins in one pass without looking
		// up each record's version 1 again)
		Table<?> first = versions.table().as("first_version");
		this.firstPublishedAt = DSL.when(versions.number().eq(1), versions.publishedAt())
			.otherwise(DSL.field(DSL.select(first.field(versions.publishedAt()))
				.from(first)
				.where(first.field(versions.recordId()).eq(records.id()))
				.and(first.field(versions.number()).eq(1))))
			.as("first_published_at");
		// Art 49(4), Art 71(4), Art 73, Art 74/79: the one rule for every public read of
		// every kind. The record must be in a public section now (its latest version is
		// public) and not held back by moderation; the version itself must have been
		// published for the public.
		this.publiclyVisible = records.visibility()
			.in(PUBLIC)
			.and(records.publicHold().isNull())
			.and(versions.visibility().in(PUBLIC));
	}

	/** The kind's name for the kernel's own tables: its record table's name. */
	public String kind() {
		return records.table().getName();
	}

	/** The record table's columns. */
	public PublicationTables.Records<ID> records() {
		return records;
	}

	/** The version table's columns. */
	public PublicationTables.Versions<ID> versions() {
		return versions;
	}

	// ------------------------------------------------------------------ drafts

	/**
	 * Stores a new draft.
	 * @param visibility the section the record starts in, if its kind decides it before
	 * publication; usually {@code null}
	 * @param kindColumns the kind's own columns, besides those of
	 * {@link KindColumns#draft}
	 */
	public void insertDraft(ID id, OrganisationId owner, D data, @Nullable Visibility visibility,
			Map<Field<?>, ?> kindColumns, Instant now) {
		dsl.insertInto(records.table())
			.set(records.id(), id)
			.set(records.owner(), owner)
			.set(records.draftData(), CanonicalJson.write(data))
			.set(records.draftChanged(), true)
			.set(records.lockVersion(), 0L)
			.set(records.visibility(), visibility)
			.set(records.createdAt(), now)
			.set(records.updatedAt(), now)
			.set(columns.draft(data))
			.set(kindColumns)
			.execute();
	}

	/**
	 * One of an owner's records as the owner's workspace lists it.
	 *
	 * @param name the record's name in its draft (the kind's name column)
	 * @param visibility the section the record is in now, null while never published
	 * @param row the row read, with the kind's extra fields
	 */
	public record WorkspaceItem<ID extends RecordId>(ID id, String name, @Nullable Integer publishedVersion,
			boolean draftChanged, Instant updatedAt, @Nullable Visibility visibility, Record row) {
	}

	/**
	 * The owner's records, most recently changed first, named by the kind's name column,
	 * with the kind's extra fields in each item's row.
	 */
	public List<WorkspaceItem<ID>> workspace(OrganisationId owner, Field<String> name, Field<?>... extra) {
		List<Field<?>> fields = new ArrayList<>(List.of(records.id(), name, records.publishedVersion(),
				records.draftChanged(), records.updatedAt(), records.visibility()));
		fields.addAll(List.of(extra));
		return dsl.select(fields)
			.from(records.table())
			.where(records.owner().eq(owner))
			.orderBy(records.updatedAt().desc())
			.fetch(row -> new WorkspaceItem<>(row.get(records.id()), row.get(name), row.get(records.publishedVersion()),
					Boolean.TRUE.equals(row.get(records.draftChanged())), row.get(records.updatedAt()),
					row.get(records.visibility()), row));
	}

	/** The owner of a record, whoever asks (for authorities' and system actions). */
	public Optional<OrganisationId> owner(ID id) {
		return dsl.select(records.owner())
			.from(records.table())
			.where(records.id().eq(id))
			.fetchOptional(records.owner());
	}

	/** The draft of the owner's record; empty for any other organisation. */
	public Optional<Draft<ID, D>> draft(ID id, OrganisationId owner) {
		return draftRecord(records.id().eq(id).and(records.owner().eq(owner))).map(this::draft);
	}

	/** The draft of a record, whoever owns it (for authorities' and system actions). */
	public Optional<Draft<ID, D>> draft(ID id) {
		return draftRecord(records.id().eq(id)).map(this::draft);
	}

	/**
	 * The record row of the draft matching the condition, with the kernel's columns and
	 * the given ones of the kind; map it with {@link #draft(Record)}.
	 */
	public Optional<Record> draftRecord(Condition condition, Field<?>... extra) {
		List<Field<?>> fields = new ArrayList<>(List.of(records.id(), records.owner(), records.lockVersion(),
				records.draftData(), records.publishedVersion(), records.draftChanged(), records.visibility()));
		fields.addAll(List.of(extra));
		return dsl.select(fields).from(records.table()).where(condition).fetchOptional();
	}

	/** The draft in a row read by {@link #draftRecord}. */
	public Draft<ID, D> draft(Record row) {
		return new Draft<>(row.get(records.id()), row.get(records.owner()), row.get(records.lockVersion()),
				CanonicalJson.read(row.get(records.draftData()), type), row.get(records.publishedVersion()),
				Boolean.TRUE.equals(row.get(records.draftChanged())), row.get(records.visibility()));
	}

	/**
	 * Stores a new working copy if nobody else saved since {@code expectedLockVersion}.
	 * @return whether it was stored (false: a concurrent edit won)
	 */
	public boolean saveDraft(ID id, OrganisationId owner, long expectedLockVersion, D data, Instant now) {
		return dsl.update(records.table())
			.set(records.draftData(), CanonicalJson.write(data))
			.set(records.draftChanged(), true)
			.set(records.lockVersion(), records.lockVersion().plus(1))
			.set(records.updatedAt(), now)
			.set(columns.draft(data))
			.where(records.id().eq(id))
			.and(records.owner().eq(owner))
			.and(records.lockVersion().eq(expectedLockVersion))
			.execute() == 1;
	}

	// ---------------------------------------------------------------- versions

	/**
	 * Freezes a new version if nobody saved the record since its draft was read; the
	 * record then is in the new version's section.
	 * @return whether the version was written (false: a concurrent edit won)
	 */
	public boolean insertVersion(NewVersion<ID, D> version) {
		Draft<ID, D> draft = version.draft();
		int updated = dsl.update(records.table())
			.set(records.publishedVersion(), version.number())
			.set(records.visibility(), version.visibility())
			.set(records.draftData(), CanonicalJson.write(version.draftAfter()))
			.set(records.draftChanged(), version.draftChangedAfter())
			.set(records.lockVersion(), records.lockVersion().plus(1))
			.set(records.updatedAt(), version.publishedAt())
			.set(columns.draft(version.draftAfter()))
			.set(columns.record(draft, version.data(), version.visibility()))
			.where(records.id().eq(draft.id()))
			.and(records.lockVersion().eq(draft.lockVersion()))
			.execute();
		if (updated != 1) {
			return false;
		}
		String json = CanonicalJson.write(version.data());
		dsl.insertInto(versions.table())
			.set(versions.recordId(), draft.id())
			.set(versions.number(), version.number())
			.set(versions.data(), json)
			.set(versions.changeSummary(), version.changeSummary().isBlank() ? null : version.changeSummary())
			.set(versions.contentSha256(), CanonicalJson.sha256(json))
			.set(versions.publishedAt(), version.publishedAt())
			.set(versions.publishedBy(), version.publishedBy())
			.set(versions.visibility(), version.visibility())
			.set(columns.version(draft, version.data(), version.visibility()))
			.execute();
		return true;
	}

	/**
	 * A version to freeze.
	 *
	 * @param draft the draft as read (its lock version guards the write)
	 * @param data the content of the version
	 * @param number the version's number
	 * @param visibility who may see it (and so the section the record is in from now on)
	 * @param changeSummary what changed, empty for nothing said
	 * @param draftAfter the working copy after publication
	 * @param draftChangedAfter whether the working copy then differs from what is
	 * published
	 */
	public record NewVersion<ID extends RecordId, D>(Draft<ID, D> draft, D data, int number, Visibility visibility,
			String changeSummary, UserId publishedBy, Instant publishedAt, D draftAfter, boolean draftChangedAfter) {
	}

	/**
	 * Takes published versions out of public view after the rules that decided their
	 * visibility became stricter (e.g. a changed reading of the law). Never makes a
	 * version more visible than it was published. The record is then in the section of
	 * its latest version.
	 * @return how many versions changed
	 */
	public int withdraw(ID id, Collection<Integer> numbers, Visibility visibility, Instant now) {
		if (visibility.isPublic()) {
			throw new IllegalArgumentException("Withdrawing to a public visibility: " + visibility);
		}
		if (numbers.isEmpty()) {
			return 0;
		}
		int changed = dsl.update(versions.table())
			.set(versions.visibility(), visibility)
			.where(versions.recordId().eq(id))
			.and(versions.number().in(numbers))
			.and(versions.visibility().in(PUBLIC))
			.execute();
		dsl.update(records.table())
			.set(records.visibility(), latestVersionVisibility())
			.set(records.updatedAt(), now)
			.where(records.id().eq(id))
			.and(records.publishedVersion().isNotNull())
			.execute();
		return changed;
	}

	/**
	 * Puts the published records matching the condition into the section of the record
	 * they follow (a deployer registration follows the entry it points to): when that is
	 * public, each is in the section of its own latest version; otherwise in
	 * {@code parent}'s.
	 * @return the ids of the records whose section changed
	 */
	public List<ID> follow(Condition which, Visibility parent) {
		Field<Visibility> section = parent.isPublic() ? latestVersionVisibility()
				: DSL.val(parent, records.visibility());
		Condition published = which.and(records.publishedVersion().isNotNull());
		List<ID> changed = dsl.select(records.id())
			.from(records.table())
			.where(published)
			.and(records.visibility().isDistinctFrom(section))
			.fetch(records.id());
		if (!changed.isEmpty()) {
			dsl.update(records.table()).set(records.visibility(), section).where(records.id().in(changed)).execute();
		}
		return changed;
	}

	/** Places a hold on a record, or lifts it ({@code null}). */
	public boolean hold(Condition record, @Nullable PublicHold hold) {
		return dsl.update(records.table()).set(records.publicHold(), hold).where(record).execute() > 0;
	}

	private Field<Visibility> latestVersionVisibility() {
		Table<?> latest = versions.table().as("latest_version");
		return DSL.field(DSL.select(latest.field(versions.visibility()))
			.from(latest)
			.where(latest.field(versions.recordId()).eq(records.id()))
			.and(latest.field(versions.number()).eq(records.publishedVersion())));
	}

	// ------------------------------------------------------------ public reads

	/**
	 * The one rule of what the public may see, over the record table joined with the
	 * version table: the record is in a public section now and not held, and the version
	 * was published for the public.
	 */
	public Condition publiclyVisible() {
		return publiclyVisible;
	}

	/**
	 * A published record and when its owner last published or confirmed it.
	 *
	 * @param reference the record as the public and the authorities name it
	 * @param data the latest version's content
	 */
	public record LastConfirmed<ID, D>(ID id, OrganisationId owner, String reference, D data, Instant confirmedAt,
			boolean publicSection) {
	}

	/**
	 * The published records (every section, each saying whether it is in a public one)
	 * whose latest version was published, and which were last confirmed as current,
	 * before the cutoff (issue 21, freshness), longest unconfirmed first: the one query
	 * of the review rule for every kind.
	 * @param reference the kind's column naming the record (e.g. its registration number)
	 * @param confirmed the record's latest confirmation, correlated with the record table
	 * @param confirmedSince whether the record was confirmed at or after the cutoff,
	 * correlated with the record table
	 */
	public List<LastConfirmed<ID, D>> lastConfirmedBefore(Instant cutoff, Field<String> reference,
			Field<Instant> confirmed, Condition confirmedSince) {
		Field<Instant> last = DSL.greatest(versions.publishedAt(), DSL.coalesce(confirmed, versions.publishedAt()));
		Field<Boolean> publicSection = DSL.field(records.visibility().in(PUBLIC)).as("public_section");
		// "last published and last confirmed before the cutoff", written so that the
		// database can answer it by the versions' publication-time index and the
		// confirmations' index: at a million entries, computing every record's latest
		// confirmation first cost the regulators' dashboard 6.6 s of database CPU per
		// view (DD098)
		return dsl.select(records.id(), records.owner(), reference, versions.data(), last, publicSection)
			.from(records.table())
			.join(versions.table())
			.on(versions.recordId().eq(records.id()).and(latest()))
			.where(versions.publishedAt().lt(cutoff))
			.andNot(confirmedSince)
			.orderBy(last, reference)
			.fetch(Records.mapping((id, owner, name, data, at, inPublic) -> new LastConfirmed<>(id, owner, name,
					CanonicalJson.read(data, type), at, Boolean.TRUE.equals(inPublic))));
	}

	/** The version is the record's latest. */
	public Condition latest() {
		return versions.number().eq(records.publishedVersion());
	}

	/**
	 * The latest public versions a kind's query reads, in the order of the records' ids,
	 * {@code batchSize} at a time: keyset paging, each page starting after the last id of
	 * the page before (reindexing and open-data exports read whole registers this way).
	 * @param select a new select of the kind's public columns for each page (jOOQ's
	 * builders are mutable, so each page needs its own)
	 * @param condition what else the rows must meet (e.g. a slice of the ids)
	 * @param idOf the record id of a mapped row
	 */
	public <T> void forEachLatest(Supplier<? extends SelectJoinStep<Record>> select, Condition condition, int batchSize,
			RecordMapper<? super Record, T> mapper, Function<T, ID> idOf, Consumer<List<T>> consumer) {
		ID after = null;
		while (true) {
			Condition page = after == null ? DSL.noCondition() : records.id().gt(after);
			List<T> batch = select.get()
				.where(latest())
				.and(condition)
				.and(page)
				.orderBy(records.id())
				.limit(batchSize)
				.fetch(mapper);
			if (batch.isEmpty()) {
				return;
			}
			consumer.accept(batch);
			if (batch.size() < batchSize) {
				return;
			}
			after = idOf.apply(batch.getLast());
		}
	}

	/**
	 * The latest public versions a kind's query reads, in no particular order: one query,
	 * whose rows are fetched {@code batchSize} at a time (on PostgreSQL from a cursor of
	 * the caller's transaction, which must be open) and handed on in lists of that size.
	 * A read of a whole register that needs no order (a reindex) costs the database one
	 * pass over each table this way, where keyset pages look up every page's rows by id
	 * order, one random access each (DD094).
	 * @param select the kind's public columns
	 */
	public <T> void forEachLatestUnordered(SelectJoinStep<Record> select, int batchSize,
			RecordMapper<? super Record, T> mapper, Consumer<List<T>> consumer) {
		try (Cursor<Record> cursor = select.where(latest()).fetchSize(batchSize).fetchLazy()) {
			while (cursor.hasNext()) {
				consumer.accept(cursor.fetchNext(batchSize).map(mapper));
			}
		}
	}

	/**
	 * When the record's version 1 was published, in a query of the record's versions
	 * ({@link #versionFields()}, {@link #selectPublic}).
	 */
	public Field<Instant> firstPublishedAt() {
		return firstPublishedAt;
	}

	/** The generic columns of a version to select; map them with {@link #version}. */
	public List<Field<?>> versionFields() {
		return List.of(records.id(), versions.number(), records.publishedVersion(), versions.data(),
				versions.changeSummary(), firstPublishedAt, versions.publishedAt(), versions.contentSha256(),
				versions.visibility());
	}

	/** The record's id in a row selected with {@link #versionFields()}. */
	public ID id(Record row) {
		return row.get(records.id());
	}

	/** The generic part of a version in a row selected with {@link #versionFields()}. */
	public PublishedVersion<D> version(Record row) {
		String summary = row.get(versions.changeSummary());
		return new PublishedVersion<>(row.get(versions.number()), row.get(records.publishedVersion()),
				CanonicalJson.read(row.get(versions.data()), type), summary == null ? "" : summary,
				row.get(firstPublishedAt), row.get(versions.publishedAt()), row.get(versions.contentSha256()),
				row.get(versions.visibility()));
	}

	/**
	 * Public reads start here: the given columns of records joined with their versions,
	 * restricted to what the public may see. Add joins and conditions (e.g.
	 * {@link #latest()}).
	 */
	public SelectOnConditionStep<Record> selectPublic(Collection<? extends SelectFieldOrAsterisk> fields) {
		return dsl.select(fields).from(records.table()).join(versions.table()).on(publicVersionOfRecord());
	}

	private Condition publicVersionOfRecord() {
		return versions.recordId().eq(records.id()).and(publiclyVisible);
	}

	/**
	 * Reads for owners and authorities: records joined with all their versions, whatever
	 * their visibility. Never for public pages.
	 */
	public SelectOnConditionStep<Record> selectAll(Collection<? extends SelectFieldOrAsterisk> fields) {
		return dsl.select(fields).from(records.table()).join(versions.table()).on(versions.recordId().eq(records.id()));
	}

	/**
	 * The latest version of a record whatever its visibility (for the owner's and
	 * authorities' actions; never for public pages).
	 */
	public Optional<PublishedVersion<D>> latestVersion(ID id) {
		return selectAll(versionFields()).where(latest()).and(records.id().eq(id)).fetchOptional(this::version);
	}

	/**
	 * The public version history of the record matching the condition, newest first;
	 * empty when the public may not see it.
	 */
	public List<VersionSummary> publicHistory(Condition record) {
		return dsl.select(versions.number(), versions.publishedAt(), versions.changeSummary(), versions.contentSha256())
			.from(records.table())
			.join(versions.table())
			.on(publicVersionOfRecord())
			.where(record)
			.orderBy(versions.number().desc())
			.fetch(Records.mapping((number, publishedAt, summary, sha256) -> new VersionSummary(number, publishedAt,
					summary == null ? "" : summary, sha256)));
	}

	/** What the public may know about the record matching the condition. */
	public PublicState publicState(Condition record) {
		return dsl.select(records.publishedVersion(), records.visibility(), records.publicHold())
			.from(records.table())
			.where(record)
			.fetchOptional(Records.mapping((publishedVersion, visibility, hold) -> {
				if (publishedVersion == null || visibility == null || !visibility.isPublic()) {
					return PublicState.ABSENT;
				}
				return hold == null ? PublicState.VISIBLE : PublicState.withheld(hold);
			}))
			.orElse(PublicState.ABSENT);
	}

	/** The section each published record matching the condition is in now, by id. */
	public Map<ID, Visibility> sections(Condition which) {
		return dsl.select(records.id(), records.visibility())
			.from(records.table())
			.where(which)
			.and(records.visibility().isNotNull())
			.fetchMap(records.id(), records.visibility());
	}

}
