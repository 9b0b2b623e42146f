package org.airegistry.registry.persistence;

import static org.airegistry.db.Tables.AI_SYSTEM;
import static org.airegistry.db.Tables.AI_SYSTEM_VERSION;
import static org.airegistry.db.Tables.REPRESENTATIVE_MANDATE;
import static org.airegistry.db.Tables.TYPED_AUTHORISED_REPRESENTATIVE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.db.SharedIds;
import org.airegistry.publication.store.PublicationTables;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.MandateState;
import org.airegistry.registry.UnconfirmedMandate;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
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

	private static final Field<AiSystemId> SYSTEM_ID = REPRESENTATIVE_MANDATE.SYSTEM_ID.convert(IdColumns.AI_SYSTEMS);

	private static final Field<OrganisationId> PROVIDER_ID = REPRESENTATIVE_MANDATE.PROVIDER_ORGANISATION_ID
		.convert(SharedIds.ORGANISATION);

	private static final Field<OrganisationId> REPRESENTATIVE_ID = REPRESENTATIVE_MANDATE.REPRESENTATIVE_ORGANISATION_ID
		.convert(SharedIds.ORGANISATION);

	private static final Field<UserId> INVITED_BY = REPRESENTATIVE_MANDATE.INVITED_BY.convert(SharedIds.USER);

	private static final Field<UserId> ANSWERED_BY = REPRESENTATIVE_MANDATE.ANSWERED_BY.convert(SharedIds.USER);

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
			.set(SYSTEM_ID, system)
			.set(PROVIDER_ID, provider)
			.set(REPRESENTATIVE_MANDATE.INVITED_EMAIL, invitedEmail)
			.set(REPRESENTATIVE_MANDATE.INVITED_ORGANISATION, invitedOrganisation)
			.set(REPRESENTATIVE_MANDATE.TOKEN_HASH, tokenHash)
			.set(STATE, MandateState.INVITED)
			.set(INVITED_BY, invitedBy)
			.set(REPRESENTATIVE_MANDATE.INVITED_AT, invitedAt)
			.set(REPRESENTATIVE_MANDATE.EXPIRES_AT, expiresAt)
			.execute();
	}

	/** The entry's latest mandate that was not withdrawn. */
	public Optional<Row> current(AiSystemId system) {
		return find(SYSTEM_ID.eq(system).and(STATE.ne(MandateState.WITHDRAWN)));
	}

	/**
	 * Published entries whose current mandate is invited (answered or not in time) or
	 * declined, the longest waiting first, named by their latest published version (never
	 * by the draft, which is the provider's own); entries of the non-public section (Art
	 * 49(4)) only when asked for. Naming another representative withdraws the previous
	 * one, so an entry has at most one mandate that is not withdrawn.
	 */
	public List<UnconfirmedMandate> unconfirmedOnPublishedEntries(boolean nonPublicToo) {
		return dsl
			.select(AI_SYSTEM.REGISTRATION_NUMBER, AI_SYSTEM_VERSION.TRADE_NAME,
					REPRESENTATIVE_MANDATE.INVITED_ORGANISATION, STATE, REPRESENTATIVE_MANDATE.EXPIRES_AT,
					DSL.field(EntrySections.PUBLIC_SECTION.not()))
			.from(REPRESENTATIVE_MANDATE)
			.join(AI_SYSTEM)
			.on(AI_SYSTEM.AI_SYSTEM_ID.eq(REPRESENTATIVE_MANDATE.SYSTEM_ID))
			.join(AI_SYSTEM_VERSION)
			.on(AI_SYSTEM_VERSION.AI_SYSTEM_ID.eq(AI_SYSTEM.AI_SYSTEM_ID)
				.and(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION)))
			.where(STATE.in(MandateState.INVITED, MandateState.DECLINED))
			.and(AI_SYSTEM.REGISTRATION_NUMBER.isNotNull())
			.and(EntrySections.listedFor(nonPublicToo))
			.orderBy(REPRESENTATIVE_MANDATE.INVITED_AT, AI_SYSTEM.REGISTRATION_NUMBER)
			.fetch(Records.mapping(UnconfirmedMandate::new));
	}

	/**
	 * The trade name of the entry's latest published version, empty while it was never
	 * published: what others than its provider may be told of it (never the draft's).
	 */
	public Optional<String> publishedTradeName(AiSystemId system) {
		return dsl.select(AI_SYSTEM_VERSION.TRADE_NAME)
			.from(AI_SYSTEM)
			.join(AI_SYSTEM_VERSION)
			.on(AI_SYSTEM_VERSION.AI_SYSTEM_ID.eq(AI_SYSTEM.AI_SYSTEM_ID)
				.and(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION)))
			.where(IdColumns.AI_SYSTEM_ID.eq(system))
			.fetchOptional(AI_SYSTEM_VERSION.TRADE_NAME);
	}

	/**
	 * Whether the entry's latest published version is in a section the public cannot see
	 * (the non-public section, Art 49(4)); false while it was never published.
	 */
	public boolean inNonPublicSection(AiSystemId system) {
		return dsl.select(PublicationTables.visibility(AI_SYSTEM.VISIBILITY))
			.from(AI_SYSTEM)
			.where(IdColumns.AI_SYSTEM_ID.eq(system))
			.fetchOptional(PublicationTables.visibility(AI_SYSTEM.VISIBILITY))
			.map(visibility -> !visibility.isPublic())
			.orElse(false);
	}

	/**
	 * The entry's draft as it stood when mandates came (V166), if it held A.3 text the
	 * provider had typed (DD067): the canonical JSON of the draft.
	 */
	public Optional<String> draftWithTypedText(AiSystemId system) {
		return dsl.select(TYPED_AUTHORISED_REPRESENTATIVE.DRAFT_DATA)
			.from(TYPED_AUTHORISED_REPRESENTATIVE)
			.where(TYPED_AUTHORISED_REPRESENTATIVE.AI_SYSTEM_ID.convert(IdColumns.AI_SYSTEMS).eq(system))
			.fetchOptional(TYPED_AUTHORISED_REPRESENTATIVE.DRAFT_DATA);
	}

	/** The mandate a link's token belongs to, whatever its state. */
	public Optional<Row> byTokenHash(String tokenHash) {
		return find(REPRESENTATIVE_MANDATE.TOKEN_HASH.eq(tokenHash));
	}

	private Optional<Row> find(Condition condition) {
		return dsl
			.select(REPRESENTATIVE_MANDATE.MANDATE_ID, SYSTEM_ID, PROVIDER_ID, REPRESENTATIVE_MANDATE.INVITED_EMAIL,
					REPRESENTATIVE_MANDATE.INVITED_ORGANISATION, STATE, REPRESENTATIVE_MANDATE.INVITED_AT,
					REPRESENTATIVE_MANDATE.EXPIRES_AT, REPRESENTATIVE_ID, REPRESENTATIVE_MANDATE.ANSWERED_AT)
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
			.set(REPRESENTATIVE_ID, representativeOrganisation)
			.set(ANSWERED_BY, by)
			.set(REPRESENTATIVE_MANDATE.ANSWERED_AT, at)
			.where(REPRESENTATIVE_MANDATE.MANDATE_ID.eq(id))
			.and(STATE.eq(expected))
			.execute() == 1;
	}

	/** Withdraws every mandate of the entry that is not withdrawn yet. */
	public int withdrawAll(AiSystemId system, UserId by, Instant at) {
		return dsl.update(REPRESENTATIVE_MANDATE)
			.set(STATE, MandateState.WITHDRAWN)
			.set(ANSWERED_BY, by)
			.set(REPRESENTATIVE_MANDATE.ANSWERED_AT, at)
			.where(SYSTEM_ID.eq(system))
			.and(STATE.ne(MandateState.WITHDRAWN))
			.execute();
	}

}
