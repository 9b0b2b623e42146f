package org.airegistry.deployment.persistence;

import static org.airegistry.db.Tables.DEPLOYMENT;
import static org.airegistry.db.Tables.DEPLOYMENT_VERSION;
import static org.airegistry.db.Tables.FRIA;
import static org.airegistry.db.Tables.FRIA_NOTIFICATION;
import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Tables.PROVIDER_NOTICE;

import java.util.UUID;

import org.airegistry.db.SharedIds;
import org.airegistry.deployment.DeploymentId;
import org.airegistry.deployment.FriaId;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Converter;
import org.jooq.Field;

/**
 * The module's id columns, read and written as the typed ids (DD026): the one place the
 * UUIDs become {@link DeploymentId}s, {@link FriaId}s, {@link OrganisationId}s and
 * {@link UserId}s.
 */
final class IdColumns {

	/** A deployer registration's id, stored as its UUID. */
	static final Converter<UUID, DeploymentId> DEPLOYMENTS = Converter.ofNullable(UUID.class, DeploymentId.class,
			DeploymentId::new, DeploymentId::value);

	static final Converter<UUID, FriaId> FRIAS = Converter.ofNullable(UUID.class, FriaId.class, FriaId::new,
			FriaId::value);

	static final Field<DeploymentId> DEPLOYMENT_ID = DEPLOYMENT.DEPLOYMENT_ID.convert(DEPLOYMENTS);

	static final Field<DeploymentId> VERSION_DEPLOYMENT_ID = DEPLOYMENT_VERSION.DEPLOYMENT_ID.convert(DEPLOYMENTS);

	/** The account that published a version. */
	static final Field<UserId> VERSION_PUBLISHED_BY = DEPLOYMENT_VERSION.PUBLISHED_BY.convert(SharedIds.USER);

	/** The deployer owning a registration. */
	static final Field<OrganisationId> DEPLOYER_ID = DEPLOYMENT.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	static final Field<OrganisationId> ORGANISATION_ID = ORGANISATION.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	static final Field<OrganisationId> NOTICE_PROVIDER_ID = PROVIDER_NOTICE.PROVIDER_ORGANISATION_ID
		.convert(SharedIds.ORGANISATION);

	static final Field<OrganisationId> NOTICE_DEPLOYER_ID = PROVIDER_NOTICE.DEPLOYER_ORGANISATION_ID
		.convert(SharedIds.ORGANISATION);

	static final Field<FriaId> FRIA_ID = FRIA.FRIA_ID.convert(FRIAS);

	/** The deployer owning an assessment. */
	static final Field<OrganisationId> FRIA_DEPLOYER_ID = FRIA.ORGANISATION_ID.convert(SharedIds.ORGANISATION);

	static final Field<FriaId> NOTIFICATION_FRIA_ID = FRIA_NOTIFICATION.FRIA_ID.convert(FRIAS);

	static final Field<UserId> NOTIFIED_BY = FRIA_NOTIFICATION.NOTIFIED_BY.convert(SharedIds.USER);

	static final Field<UserId> ACKNOWLEDGED_BY = FRIA_NOTIFICATION.ACKNOWLEDGED_BY.convert(SharedIds.USER);

	private IdColumns() {
	}

}
