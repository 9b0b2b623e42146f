package org.airegistry.incident.persistence;

import static org.airegistry.db.Tables.INCIDENT_DOCUMENT;
import static org.airegistry.db.Tables.INCIDENT_HANDLING;
import static org.airegistry.db.Tables.INCIDENT_INFORMATION_REQUEST;
import static org.airegistry.db.Tables.INCIDENT_MEASURE;
import static org.airegistry.db.Tables.INCIDENT_REPORT;
import static org.airegistry.db.Tables.INCIDENT_REPORT_VERSION;

import java.util.UUID;

import org.airegistry.db.SharedIds;
import org.airegistry.incident.IncidentId;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Converter;
import org.jooq.Field;

/**
 * The module's id columns, read and written as the typed ids (DD026): the one place the
 * UUIDs become {@link IncidentId}s, {@link OrganisationId}s and {@link UserId}s.
 */
final class IdColumns {

	/** A report's id, stored as its UUID. */
	static final Converter<UUID, IncidentId> INCIDENTS = Converter.ofNullable(UUID.class, IncidentId.class,
			IncidentId::new, IncidentId::value);

	static final Field<IncidentId> INCIDENT_ID = INCIDENT_REPORT.INCIDENT_ID.convert(INCIDENTS);

	/** The reporting organisation. */
	static final Field<OrganisationId> REPORTER_ID = INCIDENT_REPORT.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	/** The provider of the system a deployer reports about (Art 26(5)). */
	static final Field<OrganisationId> PROVIDER_ID = INCIDENT_REPORT.PROVIDER_ORGANISATION_ID
		.convert(SharedIds.ORGANISATION);

	/** The deployer's report a provider's report was started from. */
	static final Field<IncidentId> BASED_ON_ID = INCIDENT_REPORT.BASED_ON_INCIDENT_ID.convert(INCIDENTS);

	static final Field<UserId> CREATED_BY = INCIDENT_REPORT.CREATED_BY.convert(SharedIds.USER);

	static final Field<IncidentId> VERSION_INCIDENT_ID = INCIDENT_REPORT_VERSION.INCIDENT_ID.convert(INCIDENTS);

	/** The account that published a version. */
	static final Field<UserId> VERSION_PUBLISHED_BY = INCIDENT_REPORT_VERSION.PUBLISHED_BY.convert(SharedIds.USER);

	static final Field<IncidentId> HANDLING_INCIDENT_ID = INCIDENT_HANDLING.INCIDENT_ID.convert(INCIDENTS);

	/** The authority handling a report, once routed. */
	static final Field<OrganisationId> HANDLING_AUTHORITY_ID = INCIDENT_HANDLING.AUTHORITY_ID
		.convert(SharedIds.ORGANISATION);

	static final Field<UserId> MEASURE_RECORDED_BY = INCIDENT_MEASURE.RECORDED_BY.convert(SharedIds.USER);

	static final Field<UserId> REQUESTED_BY = INCIDENT_INFORMATION_REQUEST.REQUESTED_BY.convert(SharedIds.USER);

	static final Field<IncidentId> DOCUMENT_INCIDENT_ID = INCIDENT_DOCUMENT.INCIDENT_ID.convert(INCIDENTS);

	static final Field<UserId> DOCUMENT_UPLOADED_BY = INCIDENT_DOCUMENT.UPLOADED_BY.convert(SharedIds.USER);

	private IdColumns() {
	}

}
