package org.airegistry.organisation;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.airegistry.notification.MailRecipient;
import org.airegistry.organisation.persistence.AccountRepository;
import org.airegistry.organisation.persistence.AuthorityRepository;
import org.airegistry.organisation.persistence.OrganisationRepository;
import org.airegistry.publication.PublishingPermission;
import org.airegistry.security.RegistryUserDetails;
import org.airegistry.shared.Competence;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.airegistry.shared.i18n.MailLanguages;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates organisations and accounts and answers questions about them. Public sign-up and
 * approval build on this (provider issue); for now demo data and tests use it.
 */
@Service
public class OrganisationService implements PublishingPermission {

	private final OrganisationRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AuthorityRepository authorities;

	private final AccountRepository accounts;

	OrganisationService(OrganisationRepository repository, AuthorityRepository authorities,
			PasswordEncoder passwordEncoder, Clock clock, AccountRepository accounts) {
		this.repository = repository;
		this.accounts = accounts;
		this.authorities = authorities;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	public OrganisationId createOrganisation(NewOrganisation organisation, OrganisationStatus status) {
		OrganisationId id = OrganisationId.random();
		repository.insertOrganisation(id, organisation, status, clock.instant());
		return id;
	}

	@Transactional
	public UserId createUser(OrganisationId organisation, NewUser user) {
		UserId id = UserId.random();
		repository.insertUser(id, organisation, normaliseEmail(user.loginEmail()),
				passwordEncoder.encode(user.rawPassword()), user.displayName(), user.roles(), user.demoAccount(),
				clock.instant());
		return id;
	}

	/**
	 * Creates a user of an authority with competences (demo data and tests;
	 * administrators use {@link AuthorityAdministration}).
	 */
	@Transactional
	public UserId createUser(OrganisationId organisation, NewUser user, Set<Competence> competences) {
		UserId id = createUser(organisation, user);
		authorities.setCompetences(id, competences, clock.instant());
		return id;
	}

	/**
	 * Creates an active authority (demo data and tests; administrators use
	 * {@link AuthorityAdministration}).
	 */
	@Transactional
	public OrganisationId createAuthority(NewAuthority authority) {
		OrganisationId id = OrganisationId.random();
		authorities.insertAuthority(id, authority, clock.instant());
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationId> findByLegalName(String legalName) {
		return repository.findOrganisationByName(legalName);
	}

	@Transactional(readOnly = true)
	public boolean userExists(String loginEmail) {
		return repository.userExists(normaliseEmail(loginEmail));
	}

	/** Whether the organisation may publish entries (it has been approved). */
	@Override
	@Transactional(readOnly = true)
	public boolean mayPublish(OrganisationId organisation) {
		return repository.status(organisation).map(status -> status == OrganisationStatus.ACTIVE).orElse(false);
	}

	/**
	 * Whether the organisation is an approved public authority (Art 3(4), Art 26(8)): the
	 * only deployers that may resolve entries of the non-public section (Art 49(4)) by
	 * number for their own registration.
	 */
	@Transactional(readOnly = true)
	public boolean isApprovedPublicAuthority(OrganisationId organisation) {
		return mayPublish(organisation) && repository.publicAuthority(organisation);
	}

	/** Where the organisation stands with the registry. */
	@Transactional(readOnly = true)
	public Optional<OrganisationStanding> standing(OrganisationId organisation) {
		return repository.standing(organisation);
	}

	/** The organisation's legal name. */
	@Transactional(readOnly = true)
	public Optional<String> legalName(OrganisationId organisation) {
		return repository.legalName(organisation);
	}

	/**
	 * Whether the organisation is established in the EU; a provider that is not must name
	 * an authorised representative (Art 22(1)).
	 */
	@Transactional(readOnly = true)
	public boolean establishedInEu(OrganisationId organisation) {
		return repository.establishedInEu(organisation).orElse(true);
	}

	/**
	 * The organisation's functional contact (legal name, address, country, functional
	 * email), fit for public pages: no natural person's name (spec §10.3 V7).
	 */
	@Transactional(readOnly = true)
	public Optional<OrganisationContact> contact(OrganisationId organisation) {
		return repository.contact(organisation);
	}

	/** The authorised representative the organisation named on sign-up, if any. */
	@Transactional(readOnly = true)
	public Optional<OrganisationId> authorisedRepresentativeOf(OrganisationId organisation) {
		return repository.authorisedRepresentativeOf(organisation);
	}

	/**
	 * The account with its current roles, competences and jurisdiction; empty when it may
	 * no longer log in (deactivated, unverified, or its organisation deactivated).
	 */
	@Transactional(readOnly = true)
	public Optional<RegistryUserDetails> activeAccount(String loginEmail) {
		return repository.findUserDetails(normaliseEmail(loginEmail)).filter(RegistryUserDetails::isEnabled);
	}

	@Transactional(readOnly = true)
	public int countDemoAccounts() {
		return repository.countDemoAccounts();
	}

	/** Active (approved) organisations with the role, by legal name. */
	@Transactional(readOnly = true)
	public java.util.List<OrganisationSummary> activeWithRole(OrganisationRole role) {
		return repository.activeWithRole(role);
	}

	/**
	 * What the organisation declared about its public character (Art 26(8), 27(1),
	 * 49(3)); none for an unknown organisation.
	 */
	@Transactional(readOnly = true)
	public PublicCharacter publicCharacter(OrganisationId organisation) {
		return repository.publicCharacter(organisation).orElse(PublicCharacter.none());
	}

	/** Name, seat and functional contact of an organisation. */
	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> summary(OrganisationId organisation) {
		return repository.summary(organisation);
	}

	/**
	 * The language of mails to the organisation's functional mailbox, by the one rule of
	 * {@link MailLanguages}: the language its people chose (the account with the
	 * mailbox's address, else most of its accounts), else its Member State's, else
	 * English.
	 */
	@Transactional(readOnly = true)
	public Locale mailLanguage(OrganisationId organisation) {
		return MailLanguages.of(repository.recordedLanguage(organisation).orElse(null),
				repository.summary(organisation).map(OrganisationSummary::country).orElse(null));
	}

	/**
	 * Where the registry writes to the organisation: its functional mailbox, in the
	 * language of {@link #mailLanguage}; none when it gave no mailbox.
	 */
	@Transactional(readOnly = true)
	public Optional<MailRecipient> mailbox(OrganisationId organisation) {
		return repository.summary(organisation)
			.filter(summary -> summary.functionalEmail() != null && !summary.functionalEmail().isBlank())
			.map(summary -> new MailRecipient(summary.functionalEmail(), mailLanguage(organisation)));
	}

	/**
	 * The language of a mail to an address that is not (yet) an organisation's mailbox,
	 * e.g. an authorised representative invited to confirm its mandate (Art 22(3)), by
	 * the one rule of {@link MailLanguages}: the language of the account with that login
	 * address, else the language of the organisation of that name
	 * ({@link #mailLanguage(OrganisationId)}), else English.
	 */
	@Transactional(readOnly = true)
	public Locale mailLanguage(String address, String organisationName) {
		Optional<String> account = accounts.preferredLanguageOf(normaliseEmail(address));
		if (account.isPresent()) {
			return MailLanguages.of(account.get(), null);
		}
		return repository.findOrganisationByName(organisationName.strip())
			.map(this::mailLanguage)
			.orElseGet(() -> MailLanguages.of(null, null));
	}

	static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
