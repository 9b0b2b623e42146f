package org.airegistry.organisation.persistence;

import static org.airegistry.db.Tables.ACCOUNT_TOKEN;
import static org.airegistry.db.Tables.APP_USER;
import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Tables.REPRESENTING_PERSON;
import static org.airegistry.db.Tables.USER_COMPETENCE;

import org.airegistry.db.SharedIds;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Field;

/**
 * The module's id columns, read and written as the typed ids (DD026): the one place the
 * UUIDs become {@link OrganisationId}s and {@link UserId}s.
 */
final class IdColumns {

	static final Field<OrganisationId> ORGANISATION_ID = ORGANISATION.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	/** The organisation's authorised representative (Art 22); null when none. */
	static final Field<OrganisationId> AUTHORISED_REPRESENTATIVE_ID = ORGANISATION.AUTHORISED_REPRESENTATIVE_ID
		.convert(SharedIds.ORGANISATION);

	static final Field<UserId> USER_ID = APP_USER.USER_ID.convert(SharedIds.USER);

	/** The organisation an account acts for. */
	static final Field<OrganisationId> USER_ORGANISATION_ID = APP_USER.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	static final Field<UserId> TOKEN_USER_ID = ACCOUNT_TOKEN.USER_ID.convert(SharedIds.USER);

	static final Field<UserId> COMPETENCE_USER_ID = USER_COMPETENCE.USER_ID.convert(SharedIds.USER);

	/** The organisation an Art 71(5) person represents (DD069). */
	static final Field<OrganisationId> PERSON_ORGANISATION_ID = REPRESENTING_PERSON.ORGANISATION_ID
		.convert(SharedIds.ORGANISATION);

	private IdColumns() {
	}

}
