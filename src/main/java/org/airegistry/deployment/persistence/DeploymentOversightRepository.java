package org.airegistry.deployment.persistence;

import static org.airegistry.db.Tables.DEPLOYMENT;
import static org.airegistry.db.Tables.FRIA;
import static org.airegistry.db.Tables.ORGANISATION;

import java.util.Arrays;
import java.util.List;

import org.airegistry.deployment.UnregisteredAuthority;
import org.airegistry.deployment.FriaState;
import org.airegistry.publication.Visibility;
import org.airegistry.publication.store.PublicationTables;
import org.jooq.Records;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Queries over all deployers for the market surveillance authority's attention list. */
@Repository
public class DeploymentOversightRepository {

	private static final String DEPLOYER = "DEPLOYER";

	private final DSLContext dsl;

	DeploymentOversightRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Approved public-authority deployers without any published registration, by name;
	 * registrations in the non-public section (Art 49(4)) count only when asked for.
	 */
	public List<UnregisteredAuthority> publicAuthoritiesWithoutRegistration(boolean nonPublicToo) {
		return dsl.select(IdColumns.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY, ORGANISATION.ROLES)
			.from(ORGANISATION)
			.where(ORGANISATION.STATUS.eq("ACTIVE"))
			.and(ORGANISATION.PUBLIC_AUTHORITY.isTrue())
			.and(ORGANISATION.ROLES.contains(DEPLOYER))
			.andNotExists(DSL.selectOne()
				.from(DEPLOYMENT)
				.where(DEPLOYMENT.ORGANISATION_ID.eq(ORGANISATION.ORGANISATION_ID))
				.and(DEPLOYMENT.PUBLISHED_VERSION.isNotNull())
				.and(nonPublicToo ? DSL.noCondition()
						: PublicationTables.visibility(DEPLOYMENT.VISIBILITY).in(Visibility.publicOnes())))
			.orderBy(ORGANISATION.LEGAL_NAME, ORGANISATION.ORGANISATION_ID)
			.fetch()
			.stream()
			.filter(record -> Arrays.asList(record.get(ORGANISATION.ROLES).split(",")).contains(DEPLOYER))
			.map(Records.mapping((organisationId, legalName, country,
					roles) -> new UnregisteredAuthority(organisationId, legalName, country)))
			.toList();
	}

	/**
	 * Notified assessments that changed since (update required, or the update completed)
	 * and were not notified again.
	 */
	public int friasAwaitingUpdate() {
		return dsl.fetchCount(FRIA, EnumColumns.FRIA_STATE.eq(FriaState.UPDATE_REQUIRED)
			.or(EnumColumns.FRIA_STATE.eq(FriaState.COMPLETED).and(FRIA.NOTIFIED_VERSION.isNotNull())));
	}

}
