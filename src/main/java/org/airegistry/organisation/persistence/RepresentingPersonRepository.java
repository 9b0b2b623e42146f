package org.airegistry.organisation.persistence;

import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Tables.REPRESENTING_PERSON;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.airegistry.organisation.RepresentingPerson;
import org.airegistry.shared.OrganisationId;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/**
 * jOOQ access to the Art 71(5) persons of organisations (DD069): replaced as a whole
 * list, deleted rows are gone (no history of personal data).
 */
@Repository
public class RepresentingPersonRepository {

	private final DSLContext dsl;

	RepresentingPersonRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The organisation's persons in the order it listed them. */
	public List<RepresentingPerson> of(OrganisationId organisation) {
		return dsl
			.select(REPRESENTING_PERSON.FULL_NAME, REPRESENTING_PERSON.FUNCTION_TITLE, REPRESENTING_PERSON.EMAIL,
					REPRESENTING_PERSON.PHONE)
			.from(REPRESENTING_PERSON)
			.where(IdColumns.PERSON_ORGANISATION_ID.eq(organisation))
			.orderBy(REPRESENTING_PERSON.POSITION_NO)
			.fetch(Records.mapping(RepresentingPerson::new));
	}

	/**
	 * Replaces the organisation's list. The organisation's row is locked first, so two
	 * administrators saving at once replace the list one after the other instead of
	 * colliding on positions.
	 * @return how many persons the list held before
	 */
	public int replace(OrganisationId organisation, List<RepresentingPerson> persons, Instant now) {
		dsl.select(IdColumns.ORGANISATION_ID)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(organisation))
			.forUpdate()
			.fetch();
		int before = dsl.deleteFrom(REPRESENTING_PERSON)
			.where(IdColumns.PERSON_ORGANISATION_ID.eq(organisation))
			.execute();
		short position = 0;
		for (RepresentingPerson person : persons) {
			dsl.insertInto(REPRESENTING_PERSON)
				.set(REPRESENTING_PERSON.PERSON_ID, UUID.randomUUID())
				.set(IdColumns.PERSON_ORGANISATION_ID, organisation)
				.set(REPRESENTING_PERSON.POSITION_NO, position++)
				.set(REPRESENTING_PERSON.FULL_NAME, person.name())
				.set(REPRESENTING_PERSON.FUNCTION_TITLE, person.function())
				.set(REPRESENTING_PERSON.EMAIL, person.email())
				.set(REPRESENTING_PERSON.PHONE, person.phone())
				.set(REPRESENTING_PERSON.UPDATED_AT, now)
				.execute();
		}
		return before;
	}

}
