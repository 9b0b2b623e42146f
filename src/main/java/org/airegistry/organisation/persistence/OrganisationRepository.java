package org.airegistry.organisation.persistence;

import static org.airegistry.db.Tables.APP_USER;
import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Tables.USER_COMPETENCE;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
			.set(ORGANISATION.ORGANISATION_ID, id.value())
			.set(ORGANISATION.LEGAL_NAME, organisation.legalName())
			.set(ORGANISATION.COUNTRY, organisation.country())
			.set(ORGANISATION.FUNCTIONAL_EMAIL, organisation.functionalEmail())
			.set(ORGANISATION.ROLES, join(organisation.roles()))
			.set(ORGANISATION.ESTABLISHED_IN_EU, organisation.establishedInEu())
			.set(ORGANISATION.PUBLIC_AUTHORITY, organisation.publicCharacter().publicAuthority())
			.set(ORGANISATION.PUBLIC_LAW_BODY, organisation.publicCharacter().publicLawBody())
			.set(ORGANISATION.PROVIDES_PUBLIC_SERVICES, organisation.publicCharacter().providesPublicServices())
			.set(ORGANISATION.STATUS, status.name())
			// an authority created this way (demo data, tests) is the market surveillance
			// authority of its seat, as the authorities that existed before kinds did
			.set(ORGANISATION.AUTHORITY_KIND,
					organisation.roles().contains(OrganisationRole.AUTHORITY)
							? AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY.name() : null)
			.set(ORGANISATION.MEMBER_STATE,
					organisation.roles().contains(OrganisationRole.AUTHORITY)
							? MemberState.fromCode(organisation.country()).map(Enum::name).orElse(null) : null)
			.set(ORGANISATION.CREATED_AT, now)
			.execute();
	}

	/** What the organisation declared about its public character. */
	public Optional<PublicCharacter> publicCharacter(OrganisationId id) {
		return dsl
			.select(ORGANISATION.PUBLIC_AUTHORITY, ORGANISATION.PUBLIC_LAW_BODY, ORGANISATION.PROVIDES_PUBLIC_SERVICES)
			.from(ORGANISATION)
			.where(ORGANISATION.ORGANISATION_ID.eq(id.value()))
			.fetchOptional(Records.mapping(PublicCharacter::new));
	}

	public Optional<OrganisationId> findOrganisationByName(String legalName) {
		return dsl.select(ORGANISATION.ORGANISATION_ID)
			.from(ORGANISATION)
			.where(ORGANISATION.LEGAL_NAME.eq(legalName))
			.fetchOptional(Records.mapping((organisationId) -> new OrganisationId(organisationId)));
	}

	public Optional<String> legalName(OrganisationId id) {
		return dsl.select(ORGANISATION.LEGAL_NAME)
			.from(ORGANISATION)
			.where(ORGANISATION.ORGANISATION_ID.eq(id.value()))
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
			.where(ORGANISATION.ORGANISATION_ID.eq(id.value()))
			.fetchOptional(
					Records.mapping((legalName, postalAddress, country, functionalEmail) -> new OrganisationContact(id,
							legalName, postalAddress == null ? "" : postalAddress, country,
							functionalEmail == null ? "" : functionalEmail)));
	}

	/** The authorised representative the organisation named on sign-up, if any. */
	public Optional<OrganisationId> authorisedRepresentativeOf(OrganisationId id) {
		return dsl.select(ORGANISATION.AUTHORISED_REPRESENTATIVE_ID)
			.from(ORGANISATION)
			.where(ORGANISATION.ORGANISATION_ID.eq(id.value()))
			.and(ORGANISATION.AUTHORISED_REPRESENTATIVE_ID.isNotNull())
			.fetchOptional(
					Records.mapping((authorisedRepresentativeId) -> new OrganisationId(authorisedRepresentativeId)));
	}

	public Optional<Boolean> establishedInEu(OrganisationId id) {
		return dsl.select(ORGANISATION.ESTABLISHED_IN_EU)
			.from(ORGANISATION)
			.where(ORGANISATION.ORGANISATION_ID.eq(id.value()))
			.fetchOptional(ORGANISATION.ESTABLISHED_IN_EU);
	}

	public Optional<OrganisationStanding> standing(OrganisationId id) {
		return dsl.select(ORGANISATION.LEGAL_NAME, ORGANISATION.STATUS, ORGANISATION.DECISION_REASON)
			.from(ORGANISATION)
			.where(ORGANISATION.ORGANISATION_ID.eq(id.value()))
			.fetchOptional(Records.mapping((legalName, status, reason) -> new OrganisationStanding(legalName,
					OrganisationStatus.valueOf(status), reason)));
	}

	/**
	 * Whether the organisation declared itself a public authority (checked on approval).
	 */
	public boolean publicAuthority(OrganisationId id) {
		return dsl.fetchExists(ORGANISATION,
				ORGANISATION.ORGANISATION_ID.eq(id.value()).and(ORGANISATION.PUBLIC_AUTHORITY.isTrue()));
	}

	public Optional<OrganisationStatus> status(OrganisationId id) {
		return dsl.select(ORGANISATION.STATUS)
			.from(ORGANISATION)
			.where(ORGANISATION.ORGANISATION_ID.eq(id.value()))
			.fetchOptional(Records.mapping((status) -> OrganisationStatus.valueOf(status)));
	}

	public java.util.List<OrganisationSummary> activeWithRole(OrganisationRole role) {
		return dsl
			.select(ORGANISATION.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY,
					ORGANISATION.FUNCTIONAL_EMAIL, ORGANISATION.ROLES)
			.from(ORGANISATION)
			.where(ORGANISATION.STATUS.eq(OrganisationStatus.ACTIVE.name()))
			.and(ORGANISATION.ROLES.contains(role.name()))
			.orderBy(ORGANISATION.LEGAL_NAME)
			.fetch()
			.stream()
			.filter(record -> parseOrganisationRoles(record.get(ORGANISATION.ROLES)).contains(role))
			.map(Records
				.mapping((organisationId, legalName, country, functionalEmail, roles) -> new OrganisationSummary(
						new OrganisationId(organisationId), legalName, country, functionalEmail)))
			.toList();
	}

	public Optional<OrganisationSummary> summary(OrganisationId id) {
		return dsl
			.select(ORGANISATION.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY,
					ORGANISATION.FUNCTIONAL_EMAIL)
			.from(ORGANISATION)
			.where(ORGANISATION.ORGANISATION_ID.eq(id.value()))
			.fetchOptional(
					Records.mapping((organisationId, legalName, country, functionalEmail) -> new OrganisationSummary(
							new OrganisationId(organisationId), legalName, country, functionalEmail)));
	}

	public void insertUser(UserId id, OrganisationId organisation, String loginEmail, String passwordHash,
			String displayName, Set<Role> roles, boolean demoAccount, Instant now) {
		insertUser(id, organisation, loginEmail, passwordHash, displayName, roles, demoAccount, true, "en", now);
	}

	/** The one insert of an account; sign-up and invitations create unverified ones. */
	void insertUser(UserId id, OrganisationId organisation, String loginEmail, String passwordHash, String displayName,
			Set<Role> roles, boolean demoAccount, boolean emailVerified, String language, Instant now) {
		dsl.insertInto(APP_USER)
			.set(APP_USER.USER_ID, id.value())
			.set(APP_USER.ORGANISATION_ID, organisation.value())
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
			.select(APP_USER.USER_ID, APP_USER.ORGANISATION_ID, APP_USER.LOGIN_EMAIL, APP_USER.DISPLAY_NAME,
					APP_USER.ROLES, APP_USER.PASSWORD_HASH, APP_USER.ENABLED, APP_USER.EMAIL_VERIFIED,
					ORGANISATION.STATUS, ORGANISATION.AUTHORITY_KIND, ORGANISATION.MEMBER_STATE)
			.from(APP_USER)
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(APP_USER.ORGANISATION_ID))
			.where(APP_USER.LOGIN_EMAIL.eq(loginEmail))
			.fetchOptional(Records.mapping((userId, organisationId, email, name, roleNames, passwordHash, enabled,
					verified, status, authorityKind, memberState) -> {
				Set<Role> roles = effectiveRoles(parseRoles(roleNames), OrganisationStatus.valueOf(status));
				Jurisdiction jurisdiction = authorityKind == null ? null
						: AuthorityRepository.jurisdiction(memberState);
				Set<Competence> competences = jurisdiction != null && roles.contains(Role.REGULATOR)
						? competences(userId) : Set.of();
				boolean mayLogIn = Boolean.TRUE.equals(enabled) && Boolean.TRUE.equals(verified)
						&& !OrganisationStatus.SUSPENDED.name().equals(status);
				return new RegistryUserDetails(new Actor(new UserId(userId), new OrganisationId(organisationId), email,
						name, roles, competences, jurisdiction), passwordHash, mayLogIn);
			}));
	}

	private Set<Competence> competences(UUID user) {
		Set<Competence> competences = EnumSet.noneOf(Competence.class);
		dsl.select(USER_COMPETENCE.COMPETENCE)
			.from(USER_COMPETENCE)
			.where(USER_COMPETENCE.USER_ID.eq(user))
			.forEach(record -> competences.add(Competence.valueOf(record.get(USER_COMPETENCE.COMPETENCE))));
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
