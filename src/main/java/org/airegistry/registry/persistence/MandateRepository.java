package org.airegistry.registry.persistence;

import static org.airegistry.db.Tables.REPRESENTATIVE_MANDATE;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.MandateState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.EnumConverter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * jOOQ access to authorised representatives' mandates (Art 22(3), DD067): one row per
 * invitation; the entry's current mandate is its latest one not withdrawn.
 */
@Repository
public class MandateRepository {

	private static final Field<MandateState> STATE = REPRESENTATIVE_MANDATE.STATE
		.convert(new EnumConverter<>(String.class, MandateState.class));

	private final DSLContext dsl;

	MandateRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * A stored mandate.
	 *
	 * @param representativeOrganisation the organisation that answered; null while
	 * unanswered
	 */
	public record Row(UUID id, AiSystemId system, OrganisationId provider, String invitedEmail,
			String invitedOrganisation, MandateState state, Instant invitedAt, Instant expiresAt,
			@Nullable OrganisationId representativeOrganisation, @Nullable Instant answeredAt) {
	}

	public void insert(UUID id, AiSystemId system, OrganisationId provider, String invitedEmail,
			String invitedOrganisation, String tokenHash, UserId invitedBy, Instant invitedAt, Instant expiresAt) {
		dsl.insertInto(REPRESENTATIVE_MANDATE)
			.set(REPRESENTATIVE_MANDATE.MANDATE_ID, id)
			.set(REPRESENTATIVE_MANDATE.SYSTEM_ID, system.value())
			.set(REPRESENTATIVE_MANDATE.PROVIDER_ORGANISATION_ID, provider.value())
			.set(REPRESENTATIVE_MANDATE.INVITED_EMAIL, invitedEmail)
			.set(REPRESENTATIVE_MANDATE.INVITED_ORGANISATION, invitedOrganisation)
			.set(REPRESENTATIVE_MANDATE.TOKEN_HASH, tokenHash)
			.set(STATE, MandateState.INVITED)
			.set(REPRESENTATIVE_MANDATE.INVITED_BY, invitedBy.value())
			.set(REPRESENTATIVE_MANDATE.INVITED_AT, invitedAt)
			.set(REPRESENTATIVE_MANDATE.EXPIRES_AT, expiresAt)
			.execute();
	}

	/** The entry's latest mandate that was not withdrawn. */
	public Optional<Row> current(AiSystemId system) {
		return find(REPRESENTATIVE_MANDATE.SYSTEM_ID.eq(system.value()).and(STATE.ne(MandateState.WITHDRAWN)));
	}

	/** The mandate a link's token belongs to, whatever its state. */
	public Optional<Row> byTokenHash(String tokenHash) {
		return find(REPRESENTATIVE_MANDATE.TOKEN_HASH.eq(tokenHash));
	}

	private Optional<Row> find(Condition condition) {
		return dsl
			.select(REPRESENTATIVE_MANDATE.MANDATE_ID, REPRESENTATIVE_MANDATE.SYSTEM_ID.convertFrom(AiSystemId::new),
					REPRESENTATIVE_MANDATE.PROVIDER_ORGANISATION_ID.convertFrom(OrganisationId::new),
					REPRESENTATIVE_MANDATE.INVITED_EMAIL, REPRESENTATIVE_MANDATE.INVITED_ORGANISATION, STATE,
					REPRESENTATIVE_MANDATE.INVITED_AT, REPRESENTATIVE_MANDATE.EXPIRES_AT,
					REPRESENTATIVE_MANDATE.REPRESENTATIVE_ORGANISATION_ID.convertFrom(
							id -> id == null ? null : new OrganisationId(id)),
					REPRESENTATIVE_MANDATE.ANSWERED_AT)
			.from(REPRESENTATIVE_MANDATE)
			.where(condition)
			.orderBy(REPRESENTATIVE_MANDATE.INVITED_AT.desc())
			.limit(1)
			.fetchOptional(Records.mapping(Row::new));
	}

	/**
	 * Records an answer or a withdrawal, only from the expected state.
	 * @return whether the mandate was in the expected state
	 */
	public boolean answer(UUID id, MandateState expected, MandateState state,
			@Nullable OrganisationId representativeOrganisation, UserId by, Instant at) {
		return dsl.update(REPRESENTATIVE_MANDATE)
			.set(STATE, state)
			.set(REPRESENTATIVE_MANDATE.REPRESENTATIVE_ORGANISATION_ID,
					representativeOrganisation == null ? null : representativeOrganisation.value())
			.set(REPRESENTATIVE_MANDATE.ANSWERED_BY, by.value())
			.set(REPRESENTATIVE_MANDATE.ANSWERED_AT, at)
			.where(REPRESENTATIVE_MANDATE.MANDATE_ID.eq(id))
			.and(STATE.eq(expected))
			.execute() == 1;
	}

	/** Withdraws every mandate of the entry that is not withdrawn yet. */
	public int withdrawAll(AiSystemId system, UserId by, Instant at) {
		return dsl.update(REPRESENTATIVE_MANDATE)
			.set(STATE, MandateState.WITHDRAWN)
			.set(REPRESENTATIVE_MANDATE.ANSWERED_BY, by.value())
			.set(REPRESENTATIVE_MANDATE.ANSWERED_AT, at)
			.where(REPRESENTATIVE_MANDATE.SYSTEM_ID.eq(system.value()))
			.and(STATE.ne(MandateState.WITHDRAWN))
			.execute();
	}

}
