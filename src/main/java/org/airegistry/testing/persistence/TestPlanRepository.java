package org.airegistry.testing.persistence;

import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Tables.TEST_PLAN;
import static org.airegistry.db.Tables.TEST_PLAN_DOCUMENT;
import static org.airegistry.db.Tables.TEST_PLAN_EVENT;
import static org.airegistry.db.Tables.TEST_PLAN_REVIEW;
import static org.airegistry.db.Tables.TEST_PLAN_VERSION;

import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.db.ConvertedFields;
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
import org.airegistry.registry.StoredDocument;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.airegistry.testing.PublicTestPlan;
import org.airegistry.testing.PublicTestStatus;
import org.airegistry.testing.RegisteredVersion;
import org.airegistry.testing.Review;
import org.airegistry.testing.ReviewState;
import org.airegistry.testing.TestConduct;
import org.airegistry.testing.TestEvent;
import org.airegistry.testing.TestEventKind;
import org.airegistry.testing.TestPlan;
import org.airegistry.testing.TestPlanData;
import org.airegistry.testing.TestPlanId;
import org.airegistry.testing.TestPlanState;
import org.airegistry.testing.TestPlanSummary;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes test plans on the publication kernel's store. Every public read starts
 * from {@link PublicationStore#selectPublic}, which applies the one visibility rule
 * (public with consent, no hold); reads for providers and authorities use
 * {@link PublicationStore#selectAll} or the record table.
 */
@Repository
public class TestPlanRepository {

	// the text columns holding enums, read and written as the enums (DD026)
	private static final Field<TestPlanState> STATE = TEST_PLAN.STATE
		.convert(new EnumConverter<>(String.class, TestPlanState.class));

	private static final Field<AnnexIIIPoint> ANNEX_III_POINT = TEST_PLAN.ANNEX_III_POINT
		.convert(new EnumConverter<>(String.class, AnnexIIIPoint.class));

	private static final Field<ReviewState> REVIEW_STATE = TEST_PLAN_REVIEW.STATE
		.convert(new EnumConverter<>(String.class, ReviewState.class));

	private static final Field<MemberState> REVIEW_MEMBER_STATE = TEST_PLAN_REVIEW.MEMBER_STATE
		.convert(new EnumConverter<>(String.class, MemberState.class));

	private static final Field<TestEventKind> EVENT_KIND = TEST_PLAN_EVENT.KIND
		.convert(new EnumConverter<>(String.class, TestEventKind.class));

	private final DSLContext dsl;

	private final PublicationStore<TestPlanId, TestPlanData> store;

	TestPlanRepository(DSLContext dsl) {
		this.dsl = dsl;
		this.store = new PublicationStore<>(dsl, TestPlanData.class,
				new PublicationTables<>(new PublicationTables.Records<>(TEST_PLAN, IdColumns.TEST_PLAN_ID,
						IdColumns.PROVIDER_ID, TEST_PLAN.DRAFT_DATA, TEST_PLAN.DRAFT_CHANGED,
						TEST_PLAN.PUBLISHED_VERSION, TEST_PLAN.LOCK_VERSION, TEST_PLAN.CREATED_AT, TEST_PLAN.UPDATED_AT,
						PublicationTables.visibility(TEST_PLAN.VISIBILITY),
						PublicationTables.publicHold(TEST_PLAN.PUBLIC_HOLD)),
						new PublicationTables.Versions<>(TEST_PLAN_VERSION, IdColumns.VERSION_TEST_PLAN_ID,
								TEST_PLAN_VERSION.VERSION_NUMBER, TEST_PLAN_VERSION.DATA,
								TEST_PLAN_VERSION.CHANGE_SUMMARY, TEST_PLAN_VERSION.CONTENT_SHA256,
								TEST_PLAN_VERSION.PUBLISHED_AT, IdColumns.VERSION_PUBLISHED_BY,
								PublicationTables.visibility(TEST_PLAN_VERSION.VISIBILITY))),
				new PlanColumns());
	}

	/** The kernel's store of plans, for the publish flow. */
	public PublicationStore<TestPlanId, TestPlanData> store() {
		return store;
	}

	/** What plans keep beside the kernel's columns. */
	private final class PlanColumns implements KindColumns<TestPlanId, TestPlanData> {

		@Override
		public Map<Field<?>, ?> draft(TestPlanData data) {
			Map<Field<?>, Object> columns = new HashMap<>();
			columns.put(TEST_PLAN.SYSTEM_NAME, data.systemName());
			columns.put(ANNEX_III_POINT, data.annexIIIPoint());
			return columns;
		}

		@Override
		public Map<Field<?>, ?> version(Draft<TestPlanId, TestPlanData> draft, TestPlanData data,
				Visibility visibility) {
			String providerName = dsl.select(ORGANISATION.LEGAL_NAME)
				.from(ORGANISATION)
				.where(IdColumns.ORGANISATION_ID.eq(draft.owner()))
				.fetchOptional(ORGANISATION.LEGAL_NAME)
				.orElse("");
			return Map.of(TEST_PLAN_VERSION.SYSTEM_NAME, data.systemName(), TEST_PLAN_VERSION.SEARCH_TEXT,
					data.searchText(providerName));
		}

	}

	// ------------------------------------------------------------------- plans

	public void insert(TestPlanId id, OrganisationId owner, UserId createdBy, TestPlanData data, TestConduct conduct,
			Instant now) {
		Map<Field<?>, Object> columns = new HashMap<>();
		columns.put(TEST_PLAN.UID, data.uid());
		columns.put(STATE, TestPlanState.DRAFT);
		columns.put(IdColumns.CREATED_BY, createdBy);
		columns.put(TEST_PLAN.CONDUCT_DATA, CanonicalJson.write(conduct));
		store.insertDraft(id, owner, data, null, columns, now);
	}

	public boolean uidExists(String uid) {
		return dsl.fetchExists(TEST_PLAN, TEST_PLAN.UID.eq(uid));
	}

	public Optional<TestPlan> find(TestPlanId id) {
		return plans().where(IdColumns.TEST_PLAN_ID.eq(id)).fetchOptional(this::toPlan);
	}

	public boolean saveDraft(TestPlanId id, OrganisationId owner, long expectedLockVersion, TestPlanData data,
			TestConduct conduct, Instant now) {
		if (!store.saveDraft(id, owner, expectedLockVersion, data, now)) {
			return false;
		}
		dsl.update(TEST_PLAN)
			.set(TEST_PLAN.CONDUCT_DATA, CanonicalJson.write(conduct))
			.where(IdColumns.TEST_PLAN_ID.eq(id))
			.execute();
		return true;
	}

	/** The columns a change of a plan's life may set. */
	public enum PlanColumn {

		STATE, SUBMITTED_AT, APPROVED_AT, STARTED_ON, END_LIMIT_ON, EXTENDED, EXTENSION_NOTIFIED_AT, EXTENSION_REASON,
		SUSPENDED_ON, ENDED_ON, OUTCOME_NOTIFIED_AT, OUTCOME_SUMMARY, END_REMINDED_AT, CONSENT_WITHDRAWN_AT;

		Field<?> field() {
			return switch (this) {
				case STATE -> TestPlanRepository.STATE;
				case SUBMITTED_AT -> TEST_PLAN.SUBMITTED_AT;
				case APPROVED_AT -> TEST_PLAN.APPROVED_AT;
				case STARTED_ON -> TEST_PLAN.STARTED_ON;
				case END_LIMIT_ON -> TEST_PLAN.END_LIMIT_ON;
				case EXTENDED -> TEST_PLAN.EXTENDED;
				case EXTENSION_NOTIFIED_AT -> TEST_PLAN.EXTENSION_NOTIFIED_AT;
				case EXTENSION_REASON -> TEST_PLAN.EXTENSION_REASON;
				case SUSPENDED_ON -> TEST_PLAN.SUSPENDED_ON;
				case ENDED_ON -> TEST_PLAN.ENDED_ON;
				case OUTCOME_NOTIFIED_AT -> TEST_PLAN.OUTCOME_NOTIFIED_AT;
				case OUTCOME_SUMMARY -> TEST_PLAN.OUTCOME_SUMMARY;
				case END_REMINDED_AT -> TEST_PLAN.END_REMINDED_AT;
				case CONSENT_WITHDRAWN_AT -> TEST_PLAN.CONSENT_WITHDRAWN_AT;
			};
		}

	}

	/** Changes a plan's life columns (instants and states converted for storage). */
	public void update(TestPlanId id, Map<PlanColumn, @Nullable Object> values, Instant now) {
		Map<Field<?>, Object> changes = new HashMap<>();
		values.forEach((column, value) -> changes.put(column.field(), value));
		dsl.update(TEST_PLAN)
			.set(changes)
			.set(TEST_PLAN.UPDATED_AT, now)
			.where(IdColumns.TEST_PLAN_ID.eq(id))
			.execute();
	}

	/** Whether the provider was reminded of the test's latest end. */
	public boolean endReminded(TestPlanId id) {
		return dsl.fetchExists(TEST_PLAN, IdColumns.TEST_PLAN_ID.eq(id).and(TEST_PLAN.END_REMINDED_AT.isNotNull()));
	}

	/** Places the consent hold on a plan, or lifts it. */
	public void hold(TestPlanId id, @Nullable PublicHold hold) {
		store.hold(IdColumns.TEST_PLAN_ID.eq(id), hold);
	}

	public List<TestPlanSummary> ofProvider(OrganisationId provider) {
		return plans().where(IdColumns.PROVIDER_ID.eq(provider))
			.orderBy(TEST_PLAN.UPDATED_AT.desc())
			.fetch(this::toSummary);
	}

	public List<TestPlan> inStates(List<TestPlanState> states) {
		return plans().where(STATE.in(states)).fetch(this::toPlan);
	}

	/** Every registered plan (counts for the console; no content leaves it). */
	public List<TestPlan> registered() {
		return plans().where(TEST_PLAN.PUBLISHED_VERSION.isNotNull()).fetch(this::toPlan);
	}

	/** Every registered version, newest first (providers and authorities). */
	public List<RegisteredVersion> versions(TestPlanId id) {
		return dsl
			.select(TEST_PLAN_VERSION.VERSION_NUMBER, TEST_PLAN_VERSION.DATA, TEST_PLAN_VERSION.CHANGE_SUMMARY,
					TEST_PLAN_VERSION.PUBLISHED_AT, TEST_PLAN_VERSION.CONTENT_SHA256, store.versions().visibility())
			.from(TEST_PLAN_VERSION)
			.where(IdColumns.VERSION_TEST_PLAN_ID.eq(id))
			.orderBy(TEST_PLAN_VERSION.VERSION_NUMBER.desc())
			.fetch(org.jooq.Records
				.mapping((number, data, summary, at, sha, visibility) -> new RegisteredVersion(number,
						CanonicalJson.read(data, TestPlanData.class), summary == null ? "" : summary, at, sha,
						visibility)));
	}

	// ----------------------------------------------------------------- reviews

	public void insertReview(TestPlanId id, MemberState memberState, @Nullable OrganisationId authority,
			ReviewState state, Instant submittedAt, @Nullable Instant tacitAt, boolean tacitAllowed) {
		dsl.insertInto(TEST_PLAN_REVIEW)
			.set(IdColumns.REVIEW_TEST_PLAN_ID, id)
			.set(REVIEW_MEMBER_STATE, memberState)
			.set(IdColumns.REVIEW_AUTHORITY_ID, authority)
			.set(REVIEW_STATE, state)
			.set(TEST_PLAN_REVIEW.SUBMITTED_AT, submittedAt)
			.set(TEST_PLAN_REVIEW.TACIT_AT, tacitAt)
			.set(TEST_PLAN_REVIEW.TACIT_ALLOWED, tacitAllowed)
			.set(TEST_PLAN_REVIEW.LOCK_VERSION, 0L)
			.execute();
	}

	public List<Review> reviews(TestPlanId id) {
		return reviewRows().where(IdColumns.REVIEW_TEST_PLAN_ID.eq(id))
			.orderBy(TEST_PLAN_REVIEW.MEMBER_STATE)
			.fetch(this::toReview);
	}

	public List<Review> reviewsOfAuthority(OrganisationId authority) {
		return reviewRows().where(IdColumns.REVIEW_AUTHORITY_ID.eq(authority))
			.orderBy(TEST_PLAN_REVIEW.SUBMITTED_AT.desc())
			.fetch(this::toReview);
	}

	public List<Review> reviewsInState(ReviewState state) {
		return reviewRows().where(REVIEW_STATE.eq(state)).fetch(this::toReview);
	}

	public List<Review> allReviews() {
		return reviewRows().fetch(this::toReview);
	}

	/** Changes a review if nobody changed it since it was read. */
	public boolean updateReview(Review review, ReviewState state, @Nullable OrganisationId authority,
			@Nullable Instant submittedAt, @Nullable Instant tacitAt, @Nullable Instant decidedAt,
			@Nullable UserId decidedBy, @Nullable String reason) {
		var update = dsl.update(TEST_PLAN_REVIEW)
			.set(REVIEW_STATE, state)
			.set(TEST_PLAN_REVIEW.LOCK_VERSION, TEST_PLAN_REVIEW.LOCK_VERSION.plus(1));
		if (authority != null) {
			update = update.set(IdColumns.REVIEW_AUTHORITY_ID, authority);
		}
		if (submittedAt != null) {
			update = update.set(TEST_PLAN_REVIEW.SUBMITTED_AT, submittedAt);
		}
		if (tacitAt != null) {
			update = update.set(TEST_PLAN_REVIEW.TACIT_AT, tacitAt);
		}
		if (decidedAt != null) {
			update = update.set(TEST_PLAN_REVIEW.DECIDED_AT, decidedAt);
		}
		if (decidedBy != null) {
			update = update.set(IdColumns.REVIEW_DECIDED_BY, decidedBy);
		}
		if (reason != null) {
			update = update.set(TEST_PLAN_REVIEW.REASON, reason);
		}
		return update.where(IdColumns.REVIEW_TEST_PLAN_ID.eq(review.plan()))
			.and(REVIEW_MEMBER_STATE.eq(review.memberState()))
			.and(TEST_PLAN_REVIEW.LOCK_VERSION.eq(review.lockVersion()))
			.execute() == 1;
	}

	public void markReviewReminded(Review review, Instant at) {
		dsl.update(TEST_PLAN_REVIEW)
			.set(TEST_PLAN_REVIEW.REMINDED_AT, at)
			.where(IdColumns.REVIEW_TEST_PLAN_ID.eq(review.plan()))
			.and(REVIEW_MEMBER_STATE.eq(review.memberState()))
			.execute();
	}

	public boolean reviewReminded(Review review) {
		return dsl.fetchExists(TEST_PLAN_REVIEW,
				IdColumns.REVIEW_TEST_PLAN_ID.eq(review.plan())
					.and(REVIEW_MEMBER_STATE.eq(review.memberState()))
					.and(TEST_PLAN_REVIEW.REMINDED_AT.isNotNull()));
	}

	// ------------------------------------------------------------------ events

	public void insertEvent(TestPlanId id, TestEventKind kind, LocalDate occurredOn, @Nullable String reason,
			@Nullable UserId by, Instant at) {
		dsl.insertInto(TEST_PLAN_EVENT)
			.set(TEST_PLAN_EVENT.EVENT_ID, UUID.randomUUID())
			.set(IdColumns.EVENT_TEST_PLAN_ID, id)
			.set(EVENT_KIND, kind)
			.set(TEST_PLAN_EVENT.OCCURRED_ON, occurredOn)
			.set(TEST_PLAN_EVENT.REASON, reason)
			.set(TEST_PLAN_EVENT.RECORDED_AT, at)
			.set(IdColumns.EVENT_RECORDED_BY, by)
			.execute();
	}

	/** Every event of the plan, oldest first (providers and authorities). */
	public List<TestEvent> events(TestPlanId id) {
		return events(IdColumns.EVENT_TEST_PLAN_ID.eq(id));
	}

	private List<TestEvent> events(Condition condition) {
		return dsl.select(EVENT_KIND, TEST_PLAN_EVENT.OCCURRED_ON, TEST_PLAN_EVENT.REASON, TEST_PLAN_EVENT.RECORDED_AT)
			.from(TEST_PLAN_EVENT)
			.where(condition)
			.orderBy(TEST_PLAN_EVENT.RECORDED_AT, TEST_PLAN_EVENT.EVENT_ID)
			.fetch(org.jooq.Records.mapping((kind, on, reason, at) -> new TestEvent(kind, on, reason, at)));
	}

	// --------------------------------------------------------------- documents

	public void insertDocumentIfAbsent(TestPlanId id, StoredDocument document, byte[] content, UserId by, Instant at) {
		if (documentExists(id, document.sha256())) {
			return;
		}
		dsl.insertInto(TEST_PLAN_DOCUMENT)
			.set(IdColumns.DOCUMENT_TEST_PLAN_ID, id)
			.set(TEST_PLAN_DOCUMENT.SHA256, document.sha256())
			.set(TEST_PLAN_DOCUMENT.FILE_NAME, document.fileName())
			.set(TEST_PLAN_DOCUMENT.BYTE_SIZE, document.size())
			.set(TEST_PLAN_DOCUMENT.CONTENT, content)
			.set(TEST_PLAN_DOCUMENT.UPLOADED_AT, at)
			.set(IdColumns.DOCUMENT_UPLOADED_BY, by)
			.execute();
	}

	public boolean documentExists(TestPlanId id, String sha256) {
		return dsl.fetchExists(TEST_PLAN_DOCUMENT,
				IdColumns.DOCUMENT_TEST_PLAN_ID.eq(id).and(TEST_PLAN_DOCUMENT.SHA256.eq(sha256)));
	}

	public List<StoredDocument> documents(TestPlanId id) {
		return dsl.select(TEST_PLAN_DOCUMENT.SHA256, TEST_PLAN_DOCUMENT.FILE_NAME, TEST_PLAN_DOCUMENT.BYTE_SIZE)
			.from(TEST_PLAN_DOCUMENT)
			.where(IdColumns.DOCUMENT_TEST_PLAN_ID.eq(id))
			.orderBy(TEST_PLAN_DOCUMENT.UPLOADED_AT)
			.fetch(org.jooq.Records.mapping(StoredDocument::new));
	}

	public Optional<byte[]> documentContent(TestPlanId id, String sha256) {
		return dsl.select(TEST_PLAN_DOCUMENT.CONTENT)
			.from(TEST_PLAN_DOCUMENT)
			.where(IdColumns.DOCUMENT_TEST_PLAN_ID.eq(id))
			.and(TEST_PLAN_DOCUMENT.SHA256.eq(sha256))
			.fetchOptional(TEST_PLAN_DOCUMENT.CONTENT);
	}

	// ------------------------------------------------------------ public reads

	/** What the public may know about the test with this UID. */
	public PublicState publicState(String uid) {
		return store.publicState(TEST_PLAN.UID.eq(uid));
	}

	public Optional<PublicTestPlan> publicLatest(String uid) {
		return publicPlans().where(store.latest()).and(TEST_PLAN.UID.eq(uid)).fetchOptional(this::toPublic);
	}

	public Optional<PublicTestPlan> publicVersion(String uid, int version) {
		return publicPlans().where(TEST_PLAN_VERSION.VERSION_NUMBER.eq(version))
			.and(TEST_PLAN.UID.eq(uid))
			.fetchOptional(this::toPublic);
	}

	public List<VersionSummary> publicHistory(String uid) {
		return store.publicHistory(TEST_PLAN.UID.eq(uid));
	}

	/**
	 * The events shown with a test the public may see (start, extension, suspension,
	 * resumption, termination, completion); empty for any other test.
	 */
	public List<TestEvent> publicEvents(String uid) {
		boolean visible = dsl.fetchExists(
				store.selectPublic(List.of(TEST_PLAN.TEST_PLAN_ID)).where(store.latest()).and(TEST_PLAN.UID.eq(uid)));
		if (!visible) {
			return List.of();
		}
		return events(TEST_PLAN_EVENT.TEST_PLAN_ID
			.in(DSL.select(TEST_PLAN.TEST_PLAN_ID).from(TEST_PLAN).where(TEST_PLAN.UID.eq(uid)))).stream()
			.filter(event -> event.kind().publicWithTest())
			.toList();
	}

	/**
	 * The latest public versions whose text contains the words (case-insensitive; empty
	 * matches all), newest first.
	 */
	public List<PublicTestPlan> publicSearch(String text, int offset, int limit) {
		return publicPlans().where(store.latest())
			.and(matching(text))
			.orderBy(TEST_PLAN_VERSION.PUBLISHED_AT.desc(), TEST_PLAN.UID)
			.offset(offset)
			.limit(limit)
			.fetch(this::toPublic);
	}

	public int publicCount(String text) {
		return dsl
			.fetchCount(store.selectPublic(List.of(TEST_PLAN.TEST_PLAN_ID)).where(store.latest()).and(matching(text)));
	}

	/** Every public version, in order (full-history downloads). */
	public List<PublicTestPlan> publicVersions() {
		return publicPlans().orderBy(TEST_PLAN.UID, TEST_PLAN_VERSION.VERSION_NUMBER).fetch(this::toPublic);
	}

	/** The newest public versions (feed). */
	public List<PublicTestPlan> publicRecent(int limit) {
		return publicPlans().orderBy(TEST_PLAN_VERSION.PUBLISHED_AT.desc(), TEST_PLAN.UID)
			.limit(limit)
			.fetch(this::toPublic);
	}

	private static Condition matching(String text) {
		Condition condition = DSL.noCondition();
		for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
			if (!word.isEmpty()) {
				condition = condition.and(TEST_PLAN_VERSION.SEARCH_TEXT.contains(word));
			}
		}
		return condition;
	}

	// ----------------------------------------------------------------- mapping

	private SelectJoinStep<Record> plans() {
		List<Field<?>> fields = ConvertedFields.of(TEST_PLAN, STATE, store.records().visibility(),
				store.records().publicHold(), IdColumns.TEST_PLAN_ID, IdColumns.PROVIDER_ID, IdColumns.CREATED_BY);
		fields.add(ORGANISATION.LEGAL_NAME);
		return dsl.select(fields)
			.from(TEST_PLAN)
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(TEST_PLAN.ORGANISATION_ID));
	}

	private SelectJoinStep<Record> publicPlans() {
		List<Field<?>> fields = new ArrayList<>(store.versionFields());
		fields.addAll(List.of(TEST_PLAN.UID, STATE, ORGANISATION.LEGAL_NAME));
		return store.selectPublic(fields)
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(TEST_PLAN.ORGANISATION_ID));
	}

	private PublicTestPlan toPublic(Record row) {
		PublishedVersion<TestPlanData> version = store.version(row);
		return new PublicTestPlan(row.get(TEST_PLAN.UID), row.get(ORGANISATION.LEGAL_NAME), version.version(),
				version.latestVersion(), version.data(), version.changeSummary(), version.firstPublishedAt(),
				version.publishedAt(), version.contentSha256(), PublicTestStatus.of(row.get(STATE)));
	}

	private TestPlan toPlan(Record row) {
		return new TestPlan(row.get(IdColumns.TEST_PLAN_ID), row.get(TEST_PLAN.UID), row.get(IdColumns.PROVIDER_ID),
				row.get(ORGANISATION.LEGAL_NAME), row.get(STATE), row.get(TEST_PLAN.LOCK_VERSION),
				CanonicalJson.read(row.get(TEST_PLAN.DRAFT_DATA), TestPlanData.class),
				CanonicalJson.read(row.get(TEST_PLAN.CONDUCT_DATA), TestConduct.class),
				Boolean.TRUE.equals(row.get(TEST_PLAN.DRAFT_CHANGED)), row.get(TEST_PLAN.PUBLISHED_VERSION),
				row.get(store.records().visibility()), row.get(store.records().publicHold()),
				row.get(TEST_PLAN.SUBMITTED_AT), row.get(TEST_PLAN.APPROVED_AT), row.get(TEST_PLAN.STARTED_ON),
				row.get(TEST_PLAN.END_LIMIT_ON), Boolean.TRUE.equals(row.get(TEST_PLAN.EXTENDED)),
				row.get(TEST_PLAN.SUSPENDED_ON), row.get(TEST_PLAN.ENDED_ON), row.get(TEST_PLAN.OUTCOME_NOTIFIED_AT),
				row.get(TEST_PLAN.OUTCOME_SUMMARY), row.get(TEST_PLAN.UPDATED_AT));
	}

	private TestPlanSummary toSummary(Record row) {
		TestPlan plan = toPlan(row);
		return new TestPlanSummary(plan.id(), plan.uid(), plan.providerName(), row.get(TEST_PLAN.SYSTEM_NAME),
				plan.state(), plan.registeredVersion(), plan.draftChanged(), plan.visibility(), plan.hold() != null,
				plan.startedOn(), plan.endLimit(), plan.updatedAt());
	}

	private SelectJoinStep<Record> reviewRows() {
		List<Field<?>> fields = ConvertedFields.of(TEST_PLAN_REVIEW, REVIEW_STATE, REVIEW_MEMBER_STATE,
				IdColumns.REVIEW_TEST_PLAN_ID, IdColumns.REVIEW_AUTHORITY_ID, IdColumns.REVIEW_DECIDED_BY);
		fields.add(ORGANISATION.LEGAL_NAME);
		return dsl.select(fields)
			.from(TEST_PLAN_REVIEW)
			.leftJoin(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(TEST_PLAN_REVIEW.AUTHORITY_ID));
	}

	private Review toReview(Record row) {
		OrganisationId authority = row.get(IdColumns.REVIEW_AUTHORITY_ID);
		return new Review(row.get(IdColumns.REVIEW_TEST_PLAN_ID), row.get(REVIEW_MEMBER_STATE), authority,
				authority == null ? null : row.get(ORGANISATION.LEGAL_NAME), row.get(REVIEW_STATE),
				row.get(TEST_PLAN_REVIEW.SUBMITTED_AT), row.get(TEST_PLAN_REVIEW.TACIT_AT),
				Boolean.TRUE.equals(row.get(TEST_PLAN_REVIEW.TACIT_ALLOWED)), row.get(TEST_PLAN_REVIEW.DECIDED_AT),
				row.get(TEST_PLAN_REVIEW.REASON), row.get(TEST_PLAN_REVIEW.LOCK_VERSION));
	}

	/** Freezes the conditions as they are registered with a new version. */
	public void registerConduct(TestPlanId id, TestConduct conduct) {
		dsl.update(TEST_PLAN)
			.set(TEST_PLAN.REGISTERED_CONDUCT_DATA, CanonicalJson.write(conduct))
			.where(IdColumns.TEST_PLAN_ID.eq(id))
			.execute();
	}

	/** The conditions registered with the latest version (what the authorities read). */
	public Optional<TestConduct> registeredConduct(TestPlanId id) {
		return dsl.select(TEST_PLAN.REGISTERED_CONDUCT_DATA)
			.from(TEST_PLAN)
			.where(IdColumns.TEST_PLAN_ID.eq(id))
			.and(TEST_PLAN.REGISTERED_CONDUCT_DATA.isNotNull())
			.fetchOptional(TEST_PLAN.REGISTERED_CONDUCT_DATA)
			.map(json -> CanonicalJson.read(json, TestConduct.class));
	}

}
