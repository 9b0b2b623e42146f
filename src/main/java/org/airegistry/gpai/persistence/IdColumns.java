package org.airegistry.gpai.persistence;

import static org.airegistry.db.Tables.GPAI_MODEL;
import static org.airegistry.db.Tables.GPAI_MODEL_VERSION;
import static org.airegistry.db.Tables.GPAI_TECHNICAL_DOCUMENT;
import static org.airegistry.db.Tables.ORGANISATION;

import java.util.UUID;

import org.airegistry.db.SharedIds;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Converter;
import org.jooq.Field;

/**
 * The module's id columns, read and written as the typed ids (DD026): the one place the
 * UUIDs become {@link GpaiModelId}s, {@link OrganisationId}s and {@link UserId}s.
 */
final class IdColumns {

	/** A model page's id, stored as its UUID. */
	static final Converter<UUID, GpaiModelId> GPAI_MODELS = Converter.ofNullable(UUID.class, GpaiModelId.class,
			GpaiModelId::new, GpaiModelId::value);

	static final Field<GpaiModelId> GPAI_MODEL_ID = GPAI_MODEL.GPAI_MODEL_ID.convert(GPAI_MODELS);

	static final Field<GpaiModelId> VERSION_GPAI_MODEL_ID = GPAI_MODEL_VERSION.GPAI_MODEL_ID.convert(GPAI_MODELS);

	/** The account that published a version. */
	static final Field<UserId> VERSION_PUBLISHED_BY = GPAI_MODEL_VERSION.PUBLISHED_BY.convert(SharedIds.USER);

	/** The provider owning a model page. */
	static final Field<OrganisationId> PROVIDER_ID = GPAI_MODEL.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	static final Field<OrganisationId> ORGANISATION_ID = ORGANISATION.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	static final Field<GpaiModelId> DOCUMENT_GPAI_MODEL_ID = GPAI_TECHNICAL_DOCUMENT.GPAI_MODEL_ID.convert(GPAI_MODELS);

	static final Field<UserId> DOCUMENT_UPLOADED_BY = GPAI_TECHNICAL_DOCUMENT.UPLOADED_BY.convert(SharedIds.USER);

	private IdColumns() {
	}

}
