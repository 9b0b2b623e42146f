package org.airegistry.organisation.persistence;

import static org.airegistry.db.Tables.APP_USER;
import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Tables.USER_COMPETENCE;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.airegistry.organisation.AuthorityKind;
import org.airegistry.organisation.NewOrganisation;
import org.airegistry.organisation.OrganisationContact;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStanding;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.organisation.OrganisationSummary;
import org.airegistry.organisation.PublicCharacter;
import org.airegistry.security.Actor;
import org.airegistry.security.RegistryUserDetails;
import org.airegistry.shared.Competence;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads and writes organisations and user accounts. */
@Repository
public class OrganisationRepository {

	private final DSLContext dsl;

	OrganisationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public void insertOrganisation(OrganisationId id, NewOrganisation organisation, OrganisationStatus status,
			Instant now) {
		dsl.insertInto(ORGANISATION)
			.set(IdColumns.ORGANISATION_ID, id)
			.set(ORGANISATION.LEGAL_NAME, organisation.legalName())
			.set(ORGANISATION.COUNTRY, organisation.country())
			.set(ORGANISATION.POSTAL_ADDRESS,
					organisation.postalAddress().isBlank() ? null : organisation.postalAddress().strip())
			.set(ORGANISATION.FUNCTIONAL_EMAIL, organisation.functionalEmail())
			.set(ORGANISATION.ROLES, join(organisation.roles()))
			.set(ORGANISATION.ESTABLISHED_IN_EU, organisation.establishedInEu())
			.set(ORGANISATION.PUBLIC_AUTHORITY, organisation.publicCharacter().publicAuthority())
			.set(ORGANISATION.PUBLIC_LAW_BODY, organisation.publicCharacter().publicLawBody())
			.set(ORGANISATION.PROVIDES_PUBLIC_SERVICES, organisation.publicCharacter().providesPublicServices())
			.set(EnumColumns.STATUS, status)
			// an authority created this way (demo data, tests) is the market surveillance
			// authority of its seat, as the authorities that existed before kinds did
			.set(EnumColumns.AUTHORITY_KIND,
					organisation.roles().contains(OrganisationRole.AUTHORITY)
							? AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY : null)
			.set(EnumColumns.MEMBER_STATE,
					organisation.roles().contains(OrganisationRole.AUTHORITY)
							? MemberState.fromCode(organisation.country()).orElse(null) : null)
			.set(ORGANISATION.CREATED_AT, now)
			.execute();
	}

	/** What the organisation declared about its public character. */
	public Optional<PublicCharacter> publicCharacter(OrganisationId id) {
		return dsl
			.select(ORGANISATION.PUBLIC_AUTHORITY, ORGANISATION.PUBLIC_LAW_BODY, ORGANISATION.PROVIDES_PUBLIC_SERVICES)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(id))
			.fetchOptional(Records.mapping(PublicCharacter::new));
	}

	public Optional<OrganisationId> findOrganisationByName(String legalName) {
		return dsl.select(IdColumns.ORGANISATION_ID)
			.from(ORGANISATION)
			.where(ORGANISATION.LEGAL_NAME.eq(legalName))
			.fetchOptional(IdColumns.ORGANISATION_ID);
	}

	public Optional<String> legalName(OrganisationId id) {
		return dsl.select(ORGANISATION.LEGAL_NAME)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(id))
			.fetchOptional(ORGANISATION.LEGAL_NAME);
	}

	/**
	 * The organisation's functional contact for public pages: legal name, postal address,
	 * country and functional email; never a natural person's name.
	 */
	public Optional<OrganisationContact> contact(OrganisationId id) {
		return dsl
			.select(ORGANISATION.LEGAL_NAME, ORGANISATION.POSTAL_ADDRESS, ORGANISATION.COUNTRY,
					ORGANISATION.FUNCTIONAL_EMAIL)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(id))
			.fetchOptional(
					Records.mapping((legalName, postalAddress, country, functionalEmail) -> new OrganisationContact(id,
							legalName, postalAddress == null ? "" : postalAddress, country,
							functionalEmail == null ? "" : functionalEmail)));
	}

	/** The authorised representative the organisation named on sign-up, if any. */
	public Optional<OrganisationId> authorisedRepresentativeOf(OrganisationId id) {
		return dsl.select(IdColumns.AUTHORISED_REPRESENTATIVE_ID)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(id))
			.and(ORGANISATION.AUTHORISED_REPRESENTATIVE_ID.isNotNull())
			.fetchOptional(IdColumns.AUTHORISED_REPRESENTATIVE_ID);
	}

	public Optional<Boolean> establishedInEu(OrganisationId id) {
		return dsl.select(ORGANISATION.ESTABLISHED_IN_EU)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(id))
			.fetchOptional(ORGANISATION.ESTABLISHED_IN_EU);
	}

	public Optional<OrganisationStanding> standing(OrganisationId id) {
		return dsl.select(ORGANISATION.LEGAL_NAME, EnumColumns.STATUS, ORGANISATION.DECISION_REASON)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(id))
			.fetchOptional(Records.mapping(OrganisationStanding::new));
	}

	/**
	 * Whether the organisation declared itself a public authority (checked on approval).
	 */
	public boolean publicAuthority(OrganisationId id) {
		return dsl.fetchExists(ORGANISATION,
				IdColumns.ORGANISATION_ID.eq(id).and(ORGANISATION.PUBLIC_AUTHORITY.isTrue()));
	}

	public Optional<OrganisationStatus> status(OrganisationId id) {
		return dsl.select(EnumColumns.STATUS)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(id))
			.fetchOptional(EnumColumns.STATUS);
	}

	public java.util.List<OrganisationSummary> activeWithRole(OrganisationRole role) {
		return dsl
			.select(IdColumns.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY,
					ORGANISATION.FUNCTIONAL_EMAIL, ORGANISATION.ROLES)
			.from(ORGANISATION)
			.where(EnumColumns.STATUS.eq(OrganisationStatus.ACTIVE))
			.and(ORGANISATION.ROLES.contains(role.name()))
			.orderBy(ORGANISATION.LEGAL_NAME)
			.fetch()
			.stream()
			.filter(record -> parseOrganisationRoles(record.get(ORGANISATION.ROLES)).contains(role))
			.map(Records.mapping((organisationId, legalName, country, functionalEmail,
					roles) -> new OrganisationSummary(organisationId, legalName, country, functionalEmail)))
			.toList();
	}

	public Optional<OrganisationSummary> summary(OrganisationId id) {
		return dsl
			.select(IdColumns.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY,
					ORGANISATION.FUNCTIONAL_EMAIL)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(id))
			.fetchOptional(Records.mapping((organisationId, legalName, country,
					functionalEmail) -> new OrganisationSummary(organisationId, legalName, country, functionalEmail)));
	}

	/**
	 * The language the organisation's people chose for mails to its functional mailbox:
	 * that of the account with the mailbox's address, else the one most of its enabled,
	 * verified accounts chose (on a tie the earliest account's); empty without such
	 * accounts.
	 */
	public Optional<String> recordedLanguage(OrganisationId id) {
		org.jooq.Field<Integer> ownsMailbox = DSL
			.when(APP_USER.LOGIN_EMAIL.eq(DSL.lower(DSL.trim(ORGANISATION.FUNCTIONAL_EMAIL))), 1)
			.otherwise(0);
		return dsl.select(APP_USER.PREFERRED_LANGUAGE)
			.from(APP_USER)
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(APP_USER.ORGANISATION_ID))
			.where(IdColumns.USER_ORGANISATION_ID.eq(id)
				.and(APP_USER.ENABLED.isTrue())
				.and(APP_USER.EMAIL_VERIFIED.isTrue()))
			.groupBy(APP_USER.PREFERRED_LANGUAGE)
			.orderBy(DSL.max(ownsMailbox).desc(), DSL.count().desc(), DSL.min(APP_USER.CREATED_AT))
			.limit(1)
			.fetchOptional(APP_USER.PREFERRED_LANGUAGE);
	}

	public void insertUser(UserId id, OrganisationId organisation, String loginEmail, String passwordHash,
			String displayName, Set<Role> roles, boolean demoAccount, Instant now) {
		insertUser(id, organisation, loginEmail, passwordHash, displayName, roles, demoAccount, true, "en", now);
	}

	/** The one insert of an account; sign-up and invitations create unverified ones. */
	void insertUser(UserId id, OrganisationId organisation, String loginEmail, String passwordHash, String displayName,
			Set<Role> roles, boolean demoAccount, boolean emailVerified, String language, Instant now) {
		dsl.insertInto(APP_USER)
			.set(IdColumns.USER_ID, id)
			.set(IdColumns.USER_ORGANISATION_ID, organisation)
			.set(APP_USER.LOGIN_EMAIL, loginEmail)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.set(APP_USER.DISPLAY_NAME, displayName)
			.set(APP_USER.ROLES, join(roles))
			.set(APP_USER.ENABLED, true)
			.set(APP_USER.EMAIL_VERIFIED, emailVerified)
			.set(APP_USER.PREFERRED_LANGUAGE, language)
			.set(APP_USER.DEMO_ACCOUNT, demoAccount)
			.set(APP_USER.CREATED_AT, now)
			.execute();
	}

	public boolean userExists(String loginEmail) {
		return dsl.fetchExists(APP_USER, APP_USER.LOGIN_EMAIL.eq(loginEmail));
	}

	public int countDemoAccounts() {
		return dsl.fetchCount(APP_USER, APP_USER.DEMO_ACCOUNT.isTrue());
	}

	/**
	 * The account as Spring Security sees it: roles, and for regulators of an authority
	 * its jurisdiction and their competences. Deactivated accounts, unverified addresses
	 * and accounts of deactivated (suspended) organisations cannot log in. A user of an
	 * organisation that is not approved (pending, rejected, suspended) holds none of the
	 * provider and deployer roles: it reaches no provider or deployer feature at all.
	 */
	public Optional<RegistryUserDetails> findUserDetails(String loginEmail) {
		return dsl
			.select(IdColumns.USER_ID, IdColumns.USER_ORGANISATION_ID, APP_USER.LOGIN_EMAIL, APP_USER.DISPLAY_NAME,
					APP_USER.ROLES, APP_USER.PASSWORD_HASH, APP_USER.ENABLED, APP_USER.EMAIL_VERIFIED,
					EnumColumns.STATUS, EnumColumns.AUTHORITY_KIND, EnumColumns.MEMBER_STATE)
			.from(APP_USER)
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(APP_USER.ORGANISATION_ID))
			.where(APP_USER.LOGIN_EMAIL.eq(loginEmail))
			.fetchOptional(Records.mapping((userId, organisationId, email, name, roleNames, passwordHash, enabled,
					verified, status, authorityKind, memberState) -> {
				Set<Role> roles = effectiveRoles(parseRoles(roleNames), status);
				Jurisdiction jurisdiction = authorityKind == null ? null
						: AuthorityRepository.jurisdiction(memberState);
				Set<Competence> competences = jurisdiction != null && roles.contains(Role.REGULATOR)
						? competences(userId) : Set.of();
				boolean mayLogIn = Boolean.TRUE.equals(enabled) && Boolean.TRUE.equals(verified)
						&& status != OrganisationStatus.SUSPENDED;
				return new RegistryUserDetails(
						new Actor(userId, organisationId, email, name, roles, competences, jurisdiction), passwordHash,
						mayLogIn);
			}));
	}

	private Set<Competence> competences(UserId user) {
		Set<Competence> competences = EnumSet.noneOf(Competence.class);
		competences.addAll(dsl.select(EnumColumns.COMPETENCE)
			.from(USER_COMPETENCE)
			.where(IdColumns.COMPETENCE_USER_ID.eq(user))
			.fetch(EnumColumns.COMPETENCE));
		return competences;
	}

	/**
	 * The roles a user holds while its organisation has this status: provider and
	 * deployer roles only once the registry approved the organisation.
	 */
	public static Set<Role> effectiveRoles(Set<Role> roles, OrganisationStatus status) {
		if (status == OrganisationStatus.ACTIVE) {
			return roles;
		}
		EnumSet<Role> effective = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		effective.removeAll(EnumSet.of(Role.PROVIDER, Role.DEPLOYER));
		return effective;
	}

	public static Set<Role> parseRoles(String roles) {
		return parse(roles, Role.class);
	}

	static String join(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	/** Roles of an organisation, parsed. */
	public static Set<OrganisationRole> parseOrganisationRoles(String roles) {
		return parse(roles, OrganisationRole.class);
	}

	/** A comma-separated list of enum names, as stored, back to a set. */
	static <E extends Enum<E>> Set<E> parse(String values, Class<E> type) {
		EnumSet<E> parsed = EnumSet.noneOf(type);
		for (String value : values.split(",")) {
			if (!value.isBlank()) {
				parsed.add(Enum.valueOf(type, value.strip()));
			}
		}
		return parsed;
	}

}
