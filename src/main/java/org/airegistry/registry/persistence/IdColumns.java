package org.airegistry.registry.persistence;

import static org.airegistry.db.Tables.AI_SYSTEM;
import static org.airegistry.db.Tables.AI_SYSTEM_VERSION;
import static org.airegistry.db.Tables.ENTRY_DOCUMENT;
import static org.airegistry.db.Tables.ORGANISATION;

import java.util.UUID;

import org.airegistry.db.SharedIds;
import org.airegistry.registry.AiSystemId;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Converter;
import org.jooq.Field;

/**
 * The module's id columns, read and written as the typed ids (DD026): the one place the
 * UUIDs become {@link AiSystemId}s and {@link OrganisationId}s.
 */
final class IdColumns {

	/** An entry's id, stored as its UUID. */
	static final Converter<UUID, AiSystemId> AI_SYSTEMS = Converter.ofNullable(UUID.class, AiSystemId.class,
			AiSystemId::new, AiSystemId::value);

	static final Field<AiSystemId> AI_SYSTEM_ID = AI_SYSTEM.AI_SYSTEM_ID.convert(AI_SYSTEMS);

	static final Field<AiSystemId> VERSION_AI_SYSTEM_ID = AI_SYSTEM_VERSION.AI_SYSTEM_ID.convert(AI_SYSTEMS);

	/** The account that published a version. */
	static final Field<UserId> VERSION_PUBLISHED_BY = AI_SYSTEM_VERSION.PUBLISHED_BY.convert(SharedIds.USER);

	/** The provider owning an entry. */
	static final Field<OrganisationId> PROVIDER_ID = AI_SYSTEM.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	static final Field<OrganisationId> ORGANISATION_ID = ORGANISATION.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	static final Field<OrganisationId> DOCUMENT_ORGANISATION_ID = ENTRY_DOCUMENT.ORGANISATION_ID
		.convert(SharedIds.ORGANISATION);

	private IdColumns() {
	}

}
