package org.airegistry.testsupport;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.airegistry.organisation.AuthorityKind;
import org.airegistry.organisation.NewAuthority;
import org.airegistry.organisation.NewOrganisation;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.Certificate;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryStatus;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.registry.RegistryService;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.security.SecondFactors;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.airegistry.shell.components.LanguagePreference;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Creates organisations and accounts with unique names, so tests sharing one database
 * never see each other's data, and runs code as one of those accounts.
 */
@TestComponent
public class TestData {

	/** The password of every account created here. */
	public static final String PASSWORD = "test-password-1";

	/**
	 * The second factor (TOTP secret) of every regulator and administrator created here:
	 * their roles require one (DD045).
	 */
	public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private final OrganisationService organisations;

	private final UserDetailsService users;

	private final RegistryService registry;

	private final SecurityContextHolderStrategy securityContexts;

	private final SecondFactors secondFactors;

	private final LanguagePreference languages;

	TestData(OrganisationService organisations, UserDetailsService users, RegistryService registry,
			ObjectProvider<SecurityContextHolderStrategy> strategy, SecondFactors secondFactors,
			LanguagePreference languages) {
		this.languages = languages;
		this.secondFactors = secondFactors;
		this.organisations = organisations;
		this.users = users;
		this.registry = registry;
		this.securityContexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** The provider service, for preparing entries inside {@link #as}. */
	public RegistryService registry() {
		return registry;
	}

	/** An account and the organisation it acts for. */
	public record TestUser(String email, OrganisationId organisation, String organisationName) {
	}

	/** A user of a new, approved provider organisation. */
	public TestUser provider() {
		return user(Role.PROVIDER, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE);
	}

	/**
	 * A user of a new, approved provider organisation established outside the EU (it must
	 * name an authorised representative, Art 22(1)).
	 */
	public TestUser providerOutsideEu() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String name = "Test Organisation " + unique;
		OrganisationId organisation = organisations.createOrganisation(new NewOrganisation(name, "US",
				"contact-" + unique + "@example.org", Set.of(OrganisationRole.PROVIDER), false),
				OrganisationStatus.ACTIVE);
		String email = "provider-" + unique + "@example.org";
		organisations.createUser(organisation,
				new NewUser(email, PASSWORD, "Test User " + unique, Set.of(Role.PROVIDER), false));
		return new TestUser(email, organisation, name);
	}

	/** A user of a new organisation that awaits approval. */
	public TestUser pendingProvider() {
		return user(Role.PROVIDER, OrganisationRole.PROVIDER, OrganisationStatus.PENDING);
	}

	/**
	 * A user with the role in a new organisation of the kind. A regulator of an authority
	 * is a regulator of the German market surveillance authority with every competence
	 * (as the demo regulator); {@link #regulator} gives fewer.
	 */
	public TestUser user(Role role, OrganisationRole organisationRole, OrganisationStatus status) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String name = "Test Organisation " + unique;
		// deployers are public bodies that also provide public services, so that every
		// impact-assessment basis of Art 27(1) but 5(b)/5(c) fits them
		org.airegistry.organisation.PublicCharacter character = organisationRole == OrganisationRole.DEPLOYER
				? new org.airegistry.organisation.PublicCharacter(true, true, true)
				: org.airegistry.organisation.PublicCharacter.none();
		OrganisationId organisation = organisations.createOrganisation(new NewOrganisation(name, "DE",
				"contact-" + unique + "@example.org", Set.of(organisationRole), true, character), status);
		String email = role.name().toLowerCase() + "-" + unique + "@example.org";
		NewUser user = new NewUser(email, PASSWORD, "Test User " + unique, Set.of(role), false);
		UserId id = role == Role.REGULATOR && organisationRole == OrganisationRole.AUTHORITY
				? organisations.createUser(organisation, user, EnumSet.allOf(Competence.class))
				: organisations.createUser(organisation, user);
		if (SecondFactors.REQUIRED_FOR.contains(role)) {
			secondFactors.enableKnownSecret(id, TOTP_SECRET);
		}
		return new TestUser(email, organisation, name);
	}

	/**
	 * A regulator of a new market surveillance authority of the Member State, holding
	 * only the given competences.
	 */
	public TestUser regulator(MemberState memberState, Competence... competences) {
		return authorityUser(AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY, memberState, Role.REGULATOR, competences);
	}

	/** A regulator of a new AI Office (Union level) holding the given competences. */
	public TestUser aiOffice(Competence... competences) {
		return authorityUser(AuthorityKind.AI_OFFICE, null, Role.REGULATOR, competences);
	}

	/** An administrator of a new registry operator organisation. */
	public TestUser administrator() {
		return authorityUser(AuthorityKind.REGISTRY_OPERATOR, null, Role.ADMIN);
	}

	private TestUser authorityUser(AuthorityKind kind, MemberState memberState, Role role, Competence... competences) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String name = "Test Authority " + unique;
		OrganisationId authority = organisations
			.createAuthority(new NewAuthority(name, kind, memberState, "authority-" + unique + "@example.org"));
		String email = role.name().toLowerCase() + "-" + unique + "@example.org";
		Set<Competence> held = competences.length == 0 ? Set.of() : EnumSet.copyOf(Set.of(competences));
		UserId user = organisations.createUser(authority,
				new NewUser(email, PASSWORD, "Test User " + unique, Set.of(role), false), held);
		if (SecondFactors.REQUIRED_FOR.contains(role)) {
			secondFactors.enableKnownSecret(user, TOTP_SECRET);
		}
		return new TestUser(email, authority, name);
	}

	/**
	 * Entry content that can be published as it is. Tests that need "some valid entry"
	 * use this, so that when the registry asks for more fields only this method changes.
	 */
	public EntryData sampleEntry(String tradeName) {
		return sample(tradeName);
	}

	/**
	 * A complete, publishable Section A entry (Annex III point 4(a), public tier), as a
	 * static helper for tests without a Spring context.
	 */
	public static EntryData sample(String tradeName) {
		return EntryData.sectionA(ContentLanguage.EN, AnnexIIIPoint.P4A, false, "", "", tradeName, "v1.0",
				"Screens job applications and proposes a shortlist to recruiters.",
				"CV parser, matching model and a ranking dashboard for recruiters.",
				"CVs and vacancy texts; a language model scores the match against the vacancy's requirements.",
				EntryStatus.ON_MARKET, Certificate.none(), EnumSet.of(MemberState.DE, MemberState.FR),
				"https://example.org/doc.pdf", "https://example.org/instructions", "");
	}

	/**
	 * A made-up word that no other entry holds, for finding a test's entries through the
	 * public search: letters only after the capital, because the search splits words
	 * between letters and digits and at case changes (DD030) and matches any of the parts
	 * ("Drill5k3" would also find every entry with a "5" or a "3" in its name).
	 */
	public static String uniqueWord(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < 12; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	/** Creates and publishes an entry as the user; returns its registration number. */
	public String publish(TestUser user, EntryData data) {
		return as(user, () -> {
			DraftEntry draft = registry.createDraft(data);
			registry.publish(draft.id(), draft.lockVersion(), "");
			return registry.open(draft.id()).registrationNumber();
		});
	}

	/**
	 * Publishes a sample entry of the Annex III point (6, 7, or 1 for law enforcement) in
	 * the non-public section (Art 49(4)) as the user; returns its registration number.
	 */
	public String publishRestricted(TestUser user, String tradeName, AnnexIIIPoint point) {
		return publish(user, sample(tradeName).withAnnexIIIPoint(point, false).minimisedForRestrictedSection());
	}

	/**
	 * Logs the user in on this thread until the context is cleared (browserless UI tests
	 * clear it after each test).
	 */
	public void login(TestUser user) {
		UserDetails details = users.loadUserByUsername(user.email());
		// Vaadin makes each application context's own strategy the global one when the
		// context starts: after a test with another configuration started its context,
		// the global strategy is that context's, and this context's method security would
		// not see the login. The login goes through this context's strategy, made global
		// again for the test's own calls (e.g. SecurityContextHolder.clearContext()).
		SecurityContextHolder.setContextHolderStrategy(securityContexts);
		securityContexts.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	/** Runs the action logged in as the user. */
	public <T> T as(TestUser user, Supplier<T> action) {
		login(user);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public void run(TestUser user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

	/**
	 * Records the account's preferred language, as its language switcher does (its UI and
	 * its mails follow it), e.g. {@code pl}.
	 */
	public void speaks(TestUser user, String language) {
		run(user, () -> languages.rememberForCurrentUser(Locale.forLanguageTag(language)));
	}

	/**
	 * Another verified account with the role in the user's organisation, speaking the
	 * language.
	 */
	public TestUser colleague(TestUser user, Role role, String language) {
		return colleague(user,
				role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", role,
				language);
	}

	/**
	 * The account whose login is the organisation's functional mailbox, speaking the
	 * language: mails to the mailbox follow it before the other accounts' languages.
	 */
	public TestUser mailboxAccount(TestUser user, Role role, String language) {
		return colleague(user, mailbox(user), role, language);
	}

	private TestUser colleague(TestUser user, String email, Role role, String language) {
		organisations.createUser(user.organisation(), new NewUser(email, PASSWORD, "Colleague", Set.of(role), false));
		TestUser colleague = new TestUser(email, user.organisation(), user.organisationName());
		speaks(colleague, language);
		return colleague;
	}

	/** The functional mailbox of a test organisation or authority. */
	public static String mailbox(TestUser user) {
		String name = user.organisationName();
		return name.startsWith("Test Authority ")
				? "authority-" + name.substring("Test Authority ".length()) + "@example.org"
				: "contact-" + name.substring("Test Organisation ".length()) + "@example.org";
	}

	/** The id of the provider's published entry with this registration number. */
	public org.airegistry.registry.AiSystemId entryId(TestUser provider, String registrationNumber) {
		return as(provider,
				() -> registry.myEntries()
					.stream()
					.filter(mine -> registrationNumber.equals(mine.registrationNumber()))
					.findFirst()
					.orElseThrow()
					.id());
	}

}
