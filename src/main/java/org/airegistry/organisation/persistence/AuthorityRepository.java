package org.airegistry.organisation.persistence;

import static org.airegistry.db.Tables.APP_USER;
import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Tables.USER_COMPETENCE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.airegistry.organisation.AuthorityKind;
import org.airegistry.organisation.AuthoritySummary;
import org.airegistry.organisation.AuthorityUser;
import org.airegistry.organisation.CompetenceHolder;
import org.airegistry.organisation.CompetentAuthority;
import org.airegistry.organisation.NewAuthority;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.Competence;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Authorities (organisations with an authority kind), their users and the users'
 * competences.
 */
@Repository
public class AuthorityRepository {

	/** Where the Commission and its AI Office sit; the seat of Union bodies. */
	static final String UNION_SEAT = "BE";

	private final DSLContext dsl;

	AuthorityRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public void insertAuthority(OrganisationId id, NewAuthority authority, Instant now) {
		AuthorityKind kind = java.util.Objects.requireNonNull(authority.kind(), "kind");
		MemberState memberState = kind.national() ? authority.memberState() : null;
		dsl.insertInto(ORGANISATION)
			.set(IdColumns.ORGANISATION_ID, id)
			.set(ORGANISATION.LEGAL_NAME, authority.legalName().strip())
			.set(ORGANISATION.COUNTRY, memberState == null ? UNION_SEAT : memberState.isoCode())
			.set(ORGANISATION.FUNCTIONAL_EMAIL, authority.functionalEmail().strip())
			.set(ORGANISATION.ROLES, OrganisationRole.AUTHORITY.name())
			.set(ORGANISATION.ESTABLISHED_IN_EU, true)
			.set(EnumColumns.STATUS, OrganisationStatus.ACTIVE)
			.set(EnumColumns.AUTHORITY_KIND, kind)
			.set(EnumColumns.MEMBER_STATE, memberState)
			.set(ORGANISATION.CREATED_AT, now)
			.execute();
	}

	public boolean nameTaken(String legalName) {
		return dsl.fetchExists(ORGANISATION, DSL.lower(ORGANISATION.LEGAL_NAME).eq(legalName.strip().toLowerCase()));
	}

	/** Every authority, national ones by Member State, then Union bodies, by name. */
	public List<AuthoritySummary> authorities() {
		return summaries(DSL.trueCondition());
	}

	public Optional<AuthoritySummary> authority(OrganisationId id) {
		return summaries(IdColumns.ORGANISATION_ID.eq(id)).stream().findFirst();
	}

	private List<AuthoritySummary> summaries(Condition condition) {
		Field<Integer> activeUsers = DSL.field(DSL.selectCount()
			.from(APP_USER)
			.where(APP_USER.ORGANISATION_ID.eq(ORGANISATION.ORGANISATION_ID).and(APP_USER.ENABLED.isTrue())));
		return dsl
			.select(IdColumns.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, EnumColumns.AUTHORITY_KIND,
					EnumColumns.MEMBER_STATE, ORGANISATION.FUNCTIONAL_EMAIL, EnumColumns.STATUS, activeUsers)
			.from(ORGANISATION)
			.where(ORGANISATION.AUTHORITY_KIND.isNotNull().and(condition))
			.orderBy(ORGANISATION.MEMBER_STATE.asc().nullsLast(), ORGANISATION.LEGAL_NAME)
			.fetch(Records.mapping((id, name, kind, memberState, email, status, users) -> new AuthoritySummary(id, name,
					kind, jurisdiction(memberState), email == null ? "" : email, status == OrganisationStatus.ACTIVE,
					users == null ? 0 : users)));
	}

	/** Active or suspended (deactivated); false when the organisation is no authority. */
	public boolean setActive(OrganisationId id, boolean active) {
		return dsl.update(ORGANISATION)
			.set(EnumColumns.STATUS, active ? OrganisationStatus.ACTIVE : OrganisationStatus.SUSPENDED)
			.where(IdColumns.ORGANISATION_ID.eq(id).and(ORGANISATION.AUTHORITY_KIND.isNotNull()))
			.execute() == 1;
	}

	/** The users of an authority with their competences, by login. */
	public List<AuthorityUser> users(OrganisationId authority) {
		Map<UserId, Set<Competence>> competences = competencesOfUsers(IdColumns.USER_ORGANISATION_ID.eq(authority));
		return dsl
			.select(IdColumns.USER_ID, APP_USER.DISPLAY_NAME, APP_USER.LOGIN_EMAIL, APP_USER.ROLES, APP_USER.ENABLED,
					APP_USER.EMAIL_VERIFIED)
			.from(APP_USER)
			.where(IdColumns.USER_ORGANISATION_ID.eq(authority))
			.orderBy(APP_USER.LOGIN_EMAIL)
			.fetch(Records.mapping((id, name, email, roles, enabled, verified) -> new AuthorityUser(id, name, email,
					OrganisationRepository.parseRoles(roles), competences.getOrDefault(id, Set.of()),
					Boolean.TRUE.equals(enabled), Boolean.TRUE.equals(verified))));
	}

	/** The competences of one user. */
	public Set<Competence> competences(UserId user) {
		return competencesOfUsers(IdColumns.USER_ID.eq(user)).getOrDefault(user, Set.of());
	}

	private Map<UserId, Set<Competence>> competencesOfUsers(Condition users) {
		Map<UserId, Set<Competence>> result = new LinkedHashMap<>();
		dsl.select(IdColumns.COMPETENCE_USER_ID, EnumColumns.COMPETENCE)
			.from(USER_COMPETENCE)
			.join(APP_USER)
			.on(APP_USER.USER_ID.eq(USER_COMPETENCE.USER_ID))
			.where(users)
			.forEach(row -> result
				.computeIfAbsent(row.get(IdColumns.COMPETENCE_USER_ID), key -> EnumSet.noneOf(Competence.class))
				.add(row.get(EnumColumns.COMPETENCE)));
		return result;
	}

	/** Replaces the user's competences. */
	public void setCompetences(UserId user, Set<Competence> competences, Instant now) {
		Set<Competence> current = competences(user);
		List<Competence> removed = current.stream().filter(c -> !competences.contains(c)).toList();
		if (!removed.isEmpty()) {
			dsl.deleteFrom(USER_COMPETENCE)
				.where(IdColumns.COMPETENCE_USER_ID.eq(user).and(EnumColumns.COMPETENCE.in(removed)))
				.execute();
		}
		for (Competence added : competences) {
			if (!current.contains(added)) {
				dsl.insertInto(USER_COMPETENCE)
					.set(IdColumns.COMPETENCE_USER_ID, user)
					.set(EnumColumns.COMPETENCE, added)
					.set(USER_COMPETENCE.GRANTED_AT, now)
					.execute();
			}
		}
	}

	public void setUserActive(UserId user, boolean active) {
		dsl.update(APP_USER).set(APP_USER.ENABLED, active).where(IdColumns.USER_ID.eq(user)).execute();
	}

	/**
	 * Active authorities of the jurisdiction with active, verified regulators holding the
	 * competence, with those regulators' addresses.
	 */
	public List<CompetentAuthority> competent(Competence competence, Jurisdiction jurisdiction) {
		Condition where = holding(competence).and(jurisdiction.isUnion() ? ORGANISATION.MEMBER_STATE.isNull()
				: EnumColumns.MEMBER_STATE.eq(jurisdiction.memberState()));
		Map<OrganisationId, CompetentAuthority> found = new LinkedHashMap<>();
		Map<OrganisationId, List<String>> handlers = new LinkedHashMap<>();
		dsl.select(IdColumns.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, EnumColumns.AUTHORITY_KIND,
				EnumColumns.MEMBER_STATE, ORGANISATION.FUNCTIONAL_EMAIL, APP_USER.LOGIN_EMAIL)
			.from(USER_COMPETENCE)
			.join(APP_USER)
			.on(APP_USER.USER_ID.eq(USER_COMPETENCE.USER_ID))
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(APP_USER.ORGANISATION_ID))
			.where(where)
			.orderBy(ORGANISATION.LEGAL_NAME, APP_USER.LOGIN_EMAIL)
			.forEach(row -> {
				OrganisationId id = row.get(IdColumns.ORGANISATION_ID);
				found.computeIfAbsent(id,
						key -> new CompetentAuthority(key, row.get(ORGANISATION.LEGAL_NAME),
								row.get(EnumColumns.AUTHORITY_KIND), jurisdiction(row.get(EnumColumns.MEMBER_STATE)),
								String.valueOf(row.get(ORGANISATION.FUNCTIONAL_EMAIL)), List.of()));
				handlers.computeIfAbsent(id, key -> new ArrayList<>()).add(row.get(APP_USER.LOGIN_EMAIL));
			});
		return found.values()
			.stream()
			.map(authority -> new CompetentAuthority(authority.id(), authority.legalName(), authority.kind(),
					authority.jurisdiction(), authority.functionalEmail(), handlers.get(authority.id())))
			.toList();
	}

	/** Every competence held by an active regulator of an active authority. */
	public List<CompetenceHolder> holders() {
		return dsl
			.select(EnumColumns.COMPETENCE, EnumColumns.MEMBER_STATE, IdColumns.ORGANISATION_ID,
					ORGANISATION.LEGAL_NAME, IdColumns.USER_ID, APP_USER.DISPLAY_NAME, APP_USER.LOGIN_EMAIL)
			.from(USER_COMPETENCE)
			.join(APP_USER)
			.on(APP_USER.USER_ID.eq(USER_COMPETENCE.USER_ID))
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(APP_USER.ORGANISATION_ID))
			.where(active())
			.orderBy(ORGANISATION.MEMBER_STATE.asc().nullsLast(), ORGANISATION.LEGAL_NAME, APP_USER.LOGIN_EMAIL,
					USER_COMPETENCE.COMPETENCE)
			.fetch(Records.mapping((competence, memberState, authority, authorityName, user, name,
					email) -> new CompetenceHolder(competence, jurisdiction(memberState), authority, authorityName,
							user, name == null || name.isBlank() ? email : name, email)));
	}

	/** How many enabled, verified administrators there are. */
	public int activeAdministrators() {
		return dsl.fetchCount(APP_USER,
				APP_USER.ROLES.contains(Role.ADMIN.name())
					.and(APP_USER.ENABLED.isTrue())
					.and(APP_USER.EMAIL_VERIFIED.isTrue()));
	}

	/** The registry operator organisation, if one exists. */
	public Optional<OrganisationId> registryOperator() {
		return dsl.select(IdColumns.ORGANISATION_ID)
			.from(ORGANISATION)
			.where(EnumColumns.AUTHORITY_KIND.eq(AuthorityKind.REGISTRY_OPERATOR))
			.orderBy(ORGANISATION.CREATED_AT)
			.limit(1)
			.fetchOptional(IdColumns.ORGANISATION_ID);
	}

	/** The account's organisation, if the account exists. */
	public Optional<OrganisationId> organisationOf(UserId user) {
		return dsl.select(IdColumns.USER_ORGANISATION_ID)
			.from(APP_USER)
			.where(IdColumns.USER_ID.eq(user))
			.fetchOptional(IdColumns.USER_ORGANISATION_ID);
	}

	private static Condition holding(Competence competence) {
		return EnumColumns.COMPETENCE.eq(competence).and(active());
	}

	private static Condition active() {
		return ORGANISATION.AUTHORITY_KIND.isNotNull()
			.and(EnumColumns.STATUS.eq(OrganisationStatus.ACTIVE))
			.and(APP_USER.ENABLED.isTrue())
			.and(APP_USER.EMAIL_VERIFIED.isTrue())
			.and(APP_USER.ROLES.contains(Role.REGULATOR.name()));
	}

	/** The jurisdiction stored as a Member State code, {@code null} for the Union. */
	static Jurisdiction jurisdiction(@Nullable MemberState memberState) {
		return memberState == null ? Jurisdiction.union() : Jurisdiction.national(memberState);
	}

}
