package org.airegistry.testing.persistence;

import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Tables.TEST_PLAN;
import static org.airegistry.db.Tables.TEST_PLAN_DOCUMENT;
import static org.airegistry.db.Tables.TEST_PLAN_EVENT;
import static org.airegistry.db.Tables.TEST_PLAN_REVIEW;
import static org.airegistry.db.Tables.TEST_PLAN_VERSION;

import java.util.UUID;

import org.airegistry.db.SharedIds;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.airegistry.testing.TestPlanId;
import org.jooq.Converter;
import org.jooq.Field;

/**
 * The module's id columns, read and written as the typed ids (DD026): the one place the
 * UUIDs become {@link TestPlanId}s, {@link OrganisationId}s and {@link UserId}s.
 */
final class IdColumns {

	/** A test plan's id, stored as its UUID. */
	static final Converter<UUID, TestPlanId> TEST_PLANS = Converter.ofNullable(UUID.class, TestPlanId.class,
			TestPlanId::new, TestPlanId::value);

	static final Field<TestPlanId> TEST_PLAN_ID = TEST_PLAN.TEST_PLAN_ID.convert(TEST_PLANS);

	/** The provider owning a plan. */
	static final Field<OrganisationId> PROVIDER_ID = TEST_PLAN.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	static final Field<UserId> CREATED_BY = TEST_PLAN.CREATED_BY.convert(SharedIds.USER);

	static final Field<OrganisationId> ORGANISATION_ID = ORGANISATION.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	static final Field<TestPlanId> VERSION_TEST_PLAN_ID = TEST_PLAN_VERSION.TEST_PLAN_ID.convert(TEST_PLANS);

	/** The account that published a version. */
	static final Field<UserId> VERSION_PUBLISHED_BY = TEST_PLAN_VERSION.PUBLISHED_BY.convert(SharedIds.USER);

	static final Field<TestPlanId> REVIEW_TEST_PLAN_ID = TEST_PLAN_REVIEW.TEST_PLAN_ID.convert(TEST_PLANS);

	/** The market surveillance authority reviewing a plan, once routed. */
	static final Field<OrganisationId> REVIEW_AUTHORITY_ID = TEST_PLAN_REVIEW.AUTHORITY_ID
		.convert(SharedIds.ORGANISATION);

	static final Field<UserId> REVIEW_DECIDED_BY = TEST_PLAN_REVIEW.DECIDED_BY.convert(SharedIds.USER);

	static final Field<TestPlanId> EVENT_TEST_PLAN_ID = TEST_PLAN_EVENT.TEST_PLAN_ID.convert(TEST_PLANS);

	static final Field<UserId> EVENT_RECORDED_BY = TEST_PLAN_EVENT.RECORDED_BY.convert(SharedIds.USER);

	static final Field<TestPlanId> DOCUMENT_TEST_PLAN_ID = TEST_PLAN_DOCUMENT.TEST_PLAN_ID.convert(TEST_PLANS);

	static final Field<UserId> DOCUMENT_UPLOADED_BY = TEST_PLAN_DOCUMENT.UPLOADED_BY.convert(SharedIds.USER);

	private IdColumns() {
	}

}
