package org.airegistry.organisation.persistence;

import static org.airegistry.db.Tables.ACCOUNT_TOKEN;
import static org.airegistry.db.Tables.APP_USER;
import static org.airegistry.db.Tables.ORGANISATION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.airegistry.organisation.AuthorisedRepresentativeOption;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.AccountRules;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.organisation.OrganisationUser;
import org.airegistry.organisation.PendingOrganisation;
import org.airegistry.organisation.SignUp;
import org.airegistry.organisation.TokenPurpose;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.jooq.Records;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Sign-up, verification and invitation tokens, approval and organisation users. */
@Repository
public class AccountRepository {

	private final DSLContext dsl;

	private final OrganisationRepository organisations;

	AccountRepository(DSLContext dsl, OrganisationRepository organisations) {
		this.dsl = dsl;
		this.organisations = organisations;
	}

	/** A user found through a token: who, which organisation, which language. */
	public record TokenUser(UserId userId, OrganisationId organisationId, String loginEmail, String language,
			Instant expiresAt, @Nullable Instant usedAt) {
	}

	/** Where to send a notification to a user and in which language. */
	public record Recipient(String loginEmail, String language) {
	}

	public void insertSignedUpOrganisation(OrganisationId id, SignUp signUp, Instant now) {
		dsl.insertInto(ORGANISATION)
			.set(IdColumns.ORGANISATION_ID, id)
			.set(ORGANISATION.LEGAL_NAME, signUp.legalName().strip())
			.set(ORGANISATION.POSTAL_ADDRESS, signUp.postalAddress().strip())
			.set(ORGANISATION.COUNTRY, signUp.country())
			.set(ORGANISATION.FUNCTIONAL_EMAIL, signUp.functionalEmail().strip())
			.set(ORGANISATION.ROLES, OrganisationRepository.join(signUp.roles()))
			// Art 22(1): established in the Union by the seat, or by a named
			// establishment there
			.set(ORGANISATION.ESTABLISHED_IN_EU, signUp.establishedInUnion())
			.set(ORGANISATION.EU_ESTABLISHMENT_ADDRESS,
					signUp.euEstablishmentAddress().isEmpty() || AccountRules.isEuCountry(signUp.country()) ? null
							: signUp.euEstablishmentAddress())
			.set(ORGANISATION.PUBLIC_AUTHORITY, signUp.publicAuthority())
			.set(ORGANISATION.PUBLIC_LAW_BODY, signUp.publicLawBody())
			.set(ORGANISATION.PROVIDES_PUBLIC_SERVICES, signUp.providesPublicServices())
			.set(IdColumns.AUTHORISED_REPRESENTATIVE_ID,
					signUp.needsAuthorisedRepresentative() ? signUp.authorisedRepresentative() : null)
			.set(EnumColumns.STATUS, OrganisationStatus.PENDING)
			.set(ORGANISATION.CREATED_AT, now)
			.execute();
	}

	/** Inserts an account that cannot log in until its address is verified. */
	public void insertUnverifiedUser(UserId id, OrganisationId organisation, String loginEmail, String passwordHash,
			String displayName, Set<Role> roles, String language, Instant now) {
		organisations.insertUser(id, organisation, loginEmail, passwordHash, displayName, roles, false, false, language,
				now);
	}

	public void insertToken(String tokenHash, UserId user, TokenPurpose purpose, Instant now, Instant expiresAt) {
		dsl.insertInto(ACCOUNT_TOKEN)
			.set(ACCOUNT_TOKEN.TOKEN_HASH, tokenHash)
			.set(IdColumns.TOKEN_USER_ID, user)
			.set(EnumColumns.PURPOSE, purpose)
			.set(ACCOUNT_TOKEN.CREATED_AT, now)
			.set(ACCOUNT_TOKEN.EXPIRES_AT, expiresAt)
			.execute();
	}

	/** The token's user, with the token's expiry and use. */
	public Optional<TokenUser> findToken(String tokenHash, TokenPurpose purpose) {
		return dsl
			.select(IdColumns.USER_ID, IdColumns.USER_ORGANISATION_ID, APP_USER.LOGIN_EMAIL,
					APP_USER.PREFERRED_LANGUAGE, ACCOUNT_TOKEN.EXPIRES_AT, ACCOUNT_TOKEN.USED_AT)
			.from(ACCOUNT_TOKEN)
			.join(APP_USER)
			.on(APP_USER.USER_ID.eq(ACCOUNT_TOKEN.USER_ID))
			.where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash).and(EnumColumns.PURPOSE.eq(purpose)))
			.fetchOptional(Records.mapping(
					(userId, organisationId, loginEmail, preferredLanguage, expiresAt, usedAt) -> new TokenUser(userId,
							organisationId, loginEmail, preferredLanguage, expiresAt, usedAt)));
	}

	/**
	 * Marks the token used; false when it was used already (also by a concurrent
	 * request).
	 */
	public boolean markTokenUsed(String tokenHash, Instant now) {
		return dsl.update(ACCOUNT_TOKEN)
			.set(ACCOUNT_TOKEN.USED_AT, now)
			.where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash).and(ACCOUNT_TOKEN.USED_AT.isNull()))
			.execute() == 1;
	}

	public void markVerified(UserId user) {
		dsl.update(APP_USER).set(APP_USER.EMAIL_VERIFIED, true).where(IdColumns.USER_ID.eq(user)).execute();
	}

	public void completeInvitation(UserId user, String displayName, String passwordHash) {
		dsl.update(APP_USER)
			.set(APP_USER.EMAIL_VERIFIED, true)
			.set(APP_USER.DISPLAY_NAME, displayName)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.where(IdColumns.USER_ID.eq(user))
			.execute();
	}

	public List<AuthorisedRepresentativeOption> activeAuthorisedRepresentatives() {
		return dsl.select(IdColumns.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY)
			.from(ORGANISATION)
			.where(EnumColumns.STATUS.eq(OrganisationStatus.ACTIVE)
				.and(ORGANISATION.ROLES.contains(OrganisationRole.AUTHORISED_REPRESENTATIVE.name()))
				.and(ORGANISATION.ESTABLISHED_IN_EU.isTrue()))
			.orderBy(ORGANISATION.LEGAL_NAME)
			.fetch(Records.mapping((organisationId, legalName,
					country) -> new AuthorisedRepresentativeOption(organisationId, legalName, country)));
	}

	public List<PendingOrganisation> pendingOrganisations() {
		var representative = ORGANISATION.as("representative");
		var verified = DSL.field(DSL.exists(DSL.selectOne()
			.from(APP_USER)
			.where(APP_USER.ORGANISATION_ID.eq(ORGANISATION.ORGANISATION_ID).and(APP_USER.EMAIL_VERIFIED.isTrue()))));
		return dsl
			.select(IdColumns.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.POSTAL_ADDRESS,
					ORGANISATION.COUNTRY, ORGANISATION.FUNCTIONAL_EMAIL, ORGANISATION.ESTABLISHED_IN_EU,
					ORGANISATION.ROLES, ORGANISATION.PUBLIC_AUTHORITY, ORGANISATION.PUBLIC_LAW_BODY,
					ORGANISATION.PROVIDES_PUBLIC_SERVICES, representative.LEGAL_NAME, verified, ORGANISATION.CREATED_AT,
					ORGANISATION.EU_ESTABLISHMENT_ADDRESS)
			.from(ORGANISATION)
			.leftJoin(representative)
			.on(representative.ORGANISATION_ID.eq(ORGANISATION.AUTHORISED_REPRESENTATIVE_ID))
			.where(EnumColumns.STATUS.eq(OrganisationStatus.PENDING))
			.orderBy(verified.desc(), ORGANISATION.CREATED_AT.asc())
			.fetch(Records.mapping((organisationId, legalName, postalAddress, country, functionalEmail, establishedInEu,
					roles, publicAuthority, publicLawBody, providesPublicServices, representativeName, verifiedAddress,
					createdAt, euEstablishmentAddress) -> new PendingOrganisation(organisationId, legalName,
							postalAddress, country, functionalEmail, Boolean.TRUE.equals(establishedInEu),
							OrganisationRepository.parseOrganisationRoles(roles), Boolean.TRUE.equals(publicAuthority),
							Boolean.TRUE.equals(publicLawBody), Boolean.TRUE.equals(providesPublicServices),
							representativeName, Boolean.TRUE.equals(verifiedAddress), createdAt,
							euEstablishmentAddress)));
	}

	/** Sets the decision if the organisation is still pending; false when it was not. */
	public boolean decide(OrganisationId organisation, OrganisationStatus status, @Nullable String reason,
			Instant now) {
		return dsl.update(ORGANISATION)
			.set(EnumColumns.STATUS, status)
			.set(ORGANISATION.DECISION_REASON, reason)
			.set(ORGANISATION.DECIDED_AT, now)
			.where(IdColumns.ORGANISATION_ID.eq(organisation).and(EnumColumns.STATUS.eq(OrganisationStatus.PENDING)))
			.execute() == 1;
	}

	public Set<OrganisationRole> organisationRoles(OrganisationId organisation) {
		return dsl.select(ORGANISATION.ROLES)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(organisation))
			.fetchOptional(Records.mapping((roles) -> OrganisationRepository.parseOrganisationRoles(roles)))
			.orElse(Set.of());
	}

	/** The user's preferred language (UI and mails), e.g. {@code de}. */
	public Optional<String> preferredLanguage(UserId user) {
		return dsl.select(APP_USER.PREFERRED_LANGUAGE)
			.from(APP_USER)
			.where(IdColumns.USER_ID.eq(user))
			.fetchOptional(APP_USER.PREFERRED_LANGUAGE);
	}

	/** The preferred language of the account with this address. */
	public Optional<String> preferredLanguageOf(String loginEmail) {
		return dsl.select(APP_USER.PREFERRED_LANGUAGE)
			.from(APP_USER)
			.where(APP_USER.LOGIN_EMAIL.eq(loginEmail))
			.fetchOptional(APP_USER.PREFERRED_LANGUAGE);
	}

	/** Records the user's preferred language; true when it changed. */
	public boolean updatePreferredLanguage(UserId user, String language) {
		return dsl.update(APP_USER)
			.set(APP_USER.PREFERRED_LANGUAGE, language)
			.where(IdColumns.USER_ID.eq(user).and(APP_USER.PREFERRED_LANGUAGE.ne(language)))
			.execute() > 0;
	}

	/**
	 * Who hears of the registry's decision on an organisation: its enabled users who
	 * verified their address, and the founder who signed it up even before verifying (a
	 * rejection may come first); invitees who never accepted have no name yet and are
	 * left out.
	 */
	public List<Recipient> decisionRecipients(OrganisationId organisation) {
		return dsl.select(APP_USER.LOGIN_EMAIL, APP_USER.PREFERRED_LANGUAGE)
			.from(APP_USER)
			.where(IdColumns.USER_ORGANISATION_ID.eq(organisation)
				.and(APP_USER.ENABLED.isTrue())
				.and(APP_USER.EMAIL_VERIFIED.isTrue().or(APP_USER.DISPLAY_NAME.ne(""))))
			.orderBy(APP_USER.LOGIN_EMAIL)
			.fetch(org.jooq.Records.mapping(Recipient::new));
	}

	/**
	 * The account that signed up with this address and has not verified it yet (not an
	 * invitee: those have no verification link), with its organisation's name.
	 */
	public Optional<UnverifiedFounder> unverifiedFounder(String loginEmail) {
		return dsl.select(IdColumns.USER_ID, APP_USER.PREFERRED_LANGUAGE, ORGANISATION.LEGAL_NAME)
			.from(APP_USER)
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(APP_USER.ORGANISATION_ID))
			.where(APP_USER.LOGIN_EMAIL.eq(loginEmail)
				.and(APP_USER.EMAIL_VERIFIED.isFalse())
				.and(APP_USER.ENABLED.isTrue())
				.and(DSL.exists(DSL.selectOne()
					.from(ACCOUNT_TOKEN)
					.where(ACCOUNT_TOKEN.USER_ID.eq(APP_USER.USER_ID)
						.and(EnumColumns.PURPOSE.eq(TokenPurpose.VERIFY_EMAIL))))))
			.fetchOptional(record -> new UnverifiedFounder(record.get(IdColumns.USER_ID),
					record.get(APP_USER.PREFERRED_LANGUAGE), record.get(ORGANISATION.LEGAL_NAME)));
	}

	/** A founder waiting for the verification of its address. */
	public record UnverifiedFounder(UserId userId, String language, String organisationName) {
	}

	/** The organisation a user belongs to. */
	public Optional<OrganisationId> organisationOf(String loginEmail) {
		return dsl.select(IdColumns.USER_ORGANISATION_ID)
			.from(APP_USER)
			.where(APP_USER.LOGIN_EMAIL.eq(loginEmail))
			.fetchOptional(IdColumns.USER_ORGANISATION_ID);
	}

	public List<Recipient> verifiedRecipients(OrganisationId organisation) {
		return dsl.select(APP_USER.LOGIN_EMAIL, APP_USER.PREFERRED_LANGUAGE)
			.from(APP_USER)
			.where(IdColumns.USER_ORGANISATION_ID.eq(organisation)
				.and(APP_USER.EMAIL_VERIFIED.isTrue())
				.and(APP_USER.ENABLED.isTrue()))
			.orderBy(APP_USER.LOGIN_EMAIL)
			.fetch(Records.mapping((loginEmail, preferredLanguage) -> new Recipient(loginEmail, preferredLanguage)));
	}

	public List<OrganisationUser> users(OrganisationId organisation) {
		return dsl
			.select(IdColumns.USER_ID, APP_USER.DISPLAY_NAME, APP_USER.LOGIN_EMAIL, APP_USER.ROLES, APP_USER.ENABLED,
					APP_USER.EMAIL_VERIFIED)
			.from(APP_USER)
			.where(IdColumns.USER_ORGANISATION_ID.eq(organisation))
			.orderBy(APP_USER.LOGIN_EMAIL)
			.fetch(Records.mapping(
					(userId, displayName, loginEmail, roles, enabled, emailVerified) -> new OrganisationUser(userId,
							displayName, loginEmail, OrganisationRepository.parseRoles(roles),
							Boolean.TRUE.equals(enabled), Boolean.TRUE.equals(emailVerified))));
	}

	/**
	 * The user if it belongs to the organisation; empty otherwise (no leak across
	 * organisations).
	 */
	public Optional<OrganisationUser> user(OrganisationId organisation, UserId user) {
		return users(organisation).stream().filter(candidate -> candidate.id().equals(user)).findFirst();
	}

	public void updateUser(UserId user, Set<Role> roles, boolean enabled) {
		dsl.update(APP_USER)
			.set(APP_USER.ROLES, OrganisationRepository.join(roles))
			.set(APP_USER.ENABLED, enabled)
			.where(IdColumns.USER_ID.eq(user))
			.execute();
	}

	/**
	 * Whether the account exists and is active and verified, and its organisation is not
	 * deactivated (used to end sessions).
	 */
	public boolean mayLogIn(String loginEmail) {
		return dsl.fetchExists(dsl.selectOne()
			.from(APP_USER)
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(APP_USER.ORGANISATION_ID))
			.where(APP_USER.LOGIN_EMAIL.eq(loginEmail)
				.and(APP_USER.ENABLED.isTrue())
				.and(APP_USER.EMAIL_VERIFIED.isTrue())
				.and(EnumColumns.STATUS.ne(OrganisationStatus.SUSPENDED))));
	}

}
