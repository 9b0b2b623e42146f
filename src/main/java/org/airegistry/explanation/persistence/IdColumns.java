package org.airegistry.explanation.persistence;

import static org.airegistry.db.Tables.EXPLANATION_REQUEST;

import org.airegistry.db.SharedIds;
import org.airegistry.shared.OrganisationId;
import org.jooq.Field;

/** The module's id columns, read and written as the typed ids (DD026). */
final class IdColumns {

	/** The deployer a request is addressed to. */
	static final Field<OrganisationId> DEPLOYER_ID = EXPLANATION_REQUEST.DEPLOYER_ID.convert(SharedIds.ORGANISATION);

	private IdColumns() {
	}

}
