package org.airegistry.demo.persistence;

import static org.airegistry.db.Tables.INCIDENT_HANDLING;
import static org.airegistry.db.Tables.INCIDENT_REPORT;
import static org.airegistry.db.Tables.INCIDENT_REPORT_VERSION;
import static org.airegistry.db.Tables.TEST_PLAN;
import static org.airegistry.db.Tables.TEST_PLAN_EVENT;
import static org.airegistry.db.Tables.TEST_PLAN_REVIEW;

import java.util.UUID;

import org.airegistry.incident.IncidentId;
import org.airegistry.testing.TestPlanId;
import org.jooq.Converter;
import org.jooq.Field;

/**
 * The id columns the demo data moves into the past, compared as the typed ids (DD026):
 * the demo's one place where {@link IncidentId}s and {@link TestPlanId}s meet UUIDs.
 */
final class IdColumns {

	static final Converter<UUID, IncidentId> INCIDENTS = Converter.ofNullable(UUID.class, IncidentId.class,
			IncidentId::new, IncidentId::value);

	static final Converter<UUID, TestPlanId> TEST_PLANS = Converter.ofNullable(UUID.class, TestPlanId.class,
			TestPlanId::new, TestPlanId::value);

	static final Field<IncidentId> INCIDENT_ID = INCIDENT_REPORT.INCIDENT_ID.convert(INCIDENTS);

	static final Field<IncidentId> VERSION_INCIDENT_ID = INCIDENT_REPORT_VERSION.INCIDENT_ID.convert(INCIDENTS);

	static final Field<IncidentId> HANDLING_INCIDENT_ID = INCIDENT_HANDLING.INCIDENT_ID.convert(INCIDENTS);

	static final Field<TestPlanId> TEST_PLAN_ID = TEST_PLAN.TEST_PLAN_ID.convert(TEST_PLANS);

	static final Field<TestPlanId> REVIEW_TEST_PLAN_ID = TEST_PLAN_REVIEW.TEST_PLAN_ID.convert(TEST_PLANS);

	static final Field<TestPlanId> EVENT_TEST_PLAN_ID = TEST_PLAN_EVENT.TEST_PLAN_ID.convert(TEST_PLANS);

	private IdColumns() {
	}

}
