package org.airegistry.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.airegistry.organisation.AuthorityKind;
import org.airegistry.organisation.NewAuthority;
import org.airegistry.organisation.NewOrganisation;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.Certificate;
import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.EntryDocuments;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.RegistryService;
import org.airegistry.security.RegistryUserDetails;
import org.airegistry.security.SecondFactors;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Creates the demo organisations, accounts and three published entries on the first start
 * of a demo run, and prints the demo accounts in the log at every start. The entries go
 * through {@link RegistryService} like any provider's, so they are versioned and indexed
 * for real.
 */
@Component
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	/** A demo account: login, password and what it is for. */
	record DemoAccount(String email, String password, String description) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("provider@acme.example", "demo-provider", "provider, Acme Hiring Tech GmbH (DE)"),
			new DemoAccount("provider@nordic.example", "demo-provider", "provider, Nordic Vision AB (SE)"),
			new DemoAccount("regulator@msa.example", "demo-regulator",
					"regulator, market surveillance authority (DE), every competence"),
			new DemoAccount("admin@registry.example", "demo-admin", "registry administrator"),
			new DemoAccount("ai-office@commission.example", "demo-ai-office",
					"regulator, AI Office (Union level): GPAI models, non-public section, complaints, incidents"),
			new DemoAccount(DemoData.DATA_PROTECTION_REGULATOR, "demo-regulator",
					"regulator, data protection authority (DE), Art 74(8): incidents, tests, non-public section"));

	/** The regulator of the demo data protection authority (Art 74(8)). */
	static final String DATA_PROTECTION_REGULATOR = "regulator@dpa.example";

	/**
	 * What the Art 74(8) authority handles in the demo: incidents and tests of the
	 * systems of Annex III points 1 (law enforcement), 6, 7 and 8, and the non-public
	 * section (Art 49(4)).
	 */
	static final Set<Competence> DATA_PROTECTION_COMPETENCES = EnumSet.of(Competence.SERIOUS_INCIDENTS,
			Competence.REAL_WORLD_TESTING, Competence.RESTRICTED_SECTION);

	/** The AI Office's competences in the demo (Art 49(4), 75a(2), 55(1)(c), 88). */
	static final Set<Competence> AI_OFFICE_COMPETENCES = EnumSet.of(Competence.GPAI, Competence.RESTRICTED_SECTION,
			Competence.COMPLAINTS, Competence.SERIOUS_INCIDENTS);

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/**
	 * The second factor of the demo regulator and administrator (their roles require one,
	 * DD045): a published key, demo mode only. Add it to any authenticator app, or read
	 * the current code with {@code oathtool --totp -b <key>}.
	 */
	static final String DEMO_TOTP_SECRET = SecondFactors.DEMO_SECRET;

	static final String AUTHORISED_REPRESENTATIVE = "EU Representative Services B.V.";

	/** Its postal address, which Annex VIII A.3 publishes once it confirmed a mandate. */
	static final String AUTHORISED_REPRESENTATIVE_ADDRESS = "Voorbeeldweg 7\n1012 AB Amsterdam";

	private final OrganisationService organisations;

	private final RegistryService registry;

	private final UserDetailsService users;

	private final SecondFactors secondFactors;

	DemoData(OrganisationService organisations, RegistryService registry, UserDetailsService users,
			SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.organisations = organisations;
		this.registry = registry;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!organisations.userExists(ACCOUNTS.getFirst().email())) {
			create();
		}
		if (organisations.findByLegalName(AUTHORISED_REPRESENTATIVE).isEmpty()) {
			createSignUpExamples();
		}
		if (!organisations.userExists(ACCOUNTS.get(4).email())) {
			createAiOffice();
		}
		if (!organisations.userExists(DATA_PROTECTION_REGULATOR)) {
			createDataProtectionAuthority();
		}
		// regulators (of the market surveillance authority and of the AI Office) and the
		// administrator log in with a second factor
		for (DemoAccount account : ACCOUNTS.subList(2, ACCOUNTS.size())) {
			if (users.loadUserByUsername(account.email()) instanceof RegistryUserDetails details
					&& !secondFactors.enabled(details.actor().userId())) {
				secondFactors.enableKnownSecret(details.actor().userId(), DEMO_TOTP_SECRET);
			}
		}
		StringBuilder banner = new StringBuilder("\n\n  Demo accounts (demo mode only, never in production):\n");
		for (DemoAccount account : ACCOUNTS) {
			banner.append("    %-26s password: %-15s %s%n".formatted(account.email(), account.password(),
					account.description()));
		}
		banner.append("  The regulators and the administrator also need a second factor (authenticator app, TOTP):\n")
			.append("    key ")
			.append(DEMO_TOTP_SECRET)
			.append(" (add it to an app, or: oathtool --totp -b ")
			.append(DEMO_TOTP_SECRET)
			.append("); code right now: ")
			.append(SecondFactors.code(DEMO_TOTP_SECRET, java.time.Instant.now()))
			.append('\n');
		log.info("{}", banner);
	}

	private void create() {
		OrganisationId acme = organisations.createOrganisation(
				new NewOrganisation("Acme Hiring Tech GmbH", "DE", "registry@acme.example",
						Set.of(OrganisationRole.PROVIDER), true)
					.withPostalAddress("Beispielstraße 12\n10115 Berlin"),
				OrganisationStatus.ACTIVE);
		OrganisationId nordic = organisations.createOrganisation(
				new NewOrganisation("Nordic Vision AB", "SE", "ai-compliance@nordic.example",
						Set.of(OrganisationRole.PROVIDER), true)
					.withPostalAddress("Exempelgatan 4\n111 22 Stockholm"),
				OrganisationStatus.ACTIVE);
		OrganisationId authority = organisations
			.createOrganisation(new NewOrganisation("Market Surveillance Authority (demo)", "DE",
					"ai-registry@msa.example", Set.of(OrganisationRole.AUTHORITY), true), OrganisationStatus.ACTIVE);
		organisations.createUser(acme, new NewUser(ACCOUNTS.get(0).email(), ACCOUNTS.get(0).password(), "Alex Provider",
				Set.of(Role.PROVIDER), true));
		organisations.createUser(nordic, new NewUser(ACCOUNTS.get(1).email(), ACCOUNTS.get(1).password(),
				"Noa Provider", Set.of(Role.PROVIDER), true));
		organisations.createUser(authority, new NewUser(ACCOUNTS.get(2).email(), ACCOUNTS.get(2).password(),
				"Robin Regulator", Set.of(Role.REGULATOR), true), EnumSet.allOf(Competence.class));
		OrganisationId operator = organisations.createAuthority(new NewAuthority("Registry operator (demo)",
				AuthorityKind.REGISTRY_OPERATOR, null, "operator@registry.example"));
		organisations.createUser(operator, new NewUser(ACCOUNTS.get(3).email(), ACCOUNTS.get(3).password(), "Ada Admin",
				Set.of(Role.ADMIN), true));

		actAs(ACCOUNTS.get(0).email(), () -> {
			publish(EntryData.sectionA(ContentLanguage.EN, AnnexIIIPoint.P4A, false, "", "", "TalentMatch CV Screening",
					"4.2 (build 2026-10)",
					"Ranks job applications for recruitment: parses CVs, matches them against the vacancy's "
							+ "requirements and proposes a shortlist that a recruiter reviews.",
					"CV parser, skills taxonomy, matching model and a recruiter dashboard with explanations per "
							+ "ranking.",
					"Inputs: CVs and vacancy texts supplied by the deployer. A fine-tuned language model extracts "
							+ "skills and experience; a gradient-boosted model scores the match; no protected "
							+ "attributes are used as features.",
					EntryStatus.ON_MARKET, Certificate.none(),
					EnumSet.of(MemberState.DE, MemberState.AT, MemberState.NL),
					"https://acme.example/talentmatch/eu-declaration-of-conformity.pdf",
					"https://acme.example/talentmatch/instructions", "https://acme.example/talentmatch"));
			publish(EntryData.sectionA(ContentLanguage.DE, AnnexIIIPoint.P4B, false, "", "",
					"ShiftPlanner Personaleinsatzplanung", "2.0",
					"Verteilt Aufgaben an Lagerpersonal und \u00fcberwacht die Leistung, um Schichten zu planen; "
							+ "Vorgesetzte best\u00e4tigen jede Zuteilung.",
					"Schichtplaner, Leistungsauswertung und Freigabe-Workflow f\u00fcr Vorgesetzte.",
					"Eingaben: Scannerdaten der Lagerprozesse und Verf\u00fcgbarkeiten. Ein Optimierungsmodell "
							+ "schl\u00e4gt Zuteilungen vor; Leistungskennzahlen werden w\u00f6chentlich "
							+ "aggregiert.",
					EntryStatus.IN_SERVICE, Certificate.none(), EnumSet.of(MemberState.DE, MemberState.PL),
					"https://acme.example/shiftplanner/konformitaetserklaerung.pdf",
					"https://acme.example/shiftplanner/betriebsanleitung", ""));
		});
		actAs(ACCOUNTS.get(1).email(), () -> {
			publish(EntryData
				.sectionA(ContentLanguage.EN, AnnexIIIPoint.P5B, false, "", "", "NordCredit Scoring Engine", "7.1",
						"Evaluates the creditworthiness of natural persons applying for consumer loans and "
								+ "establishes their credit score.",
						"Scoring service, reason-code generator and a case-review interface for credit officers.",
						"Inputs: application data and credit bureau records. A monotonic gradient-boosted model "
								+ "produces a score and the four strongest reason codes.",
						EntryStatus.ON_MARKET,
						new Certificate("EU technical documentation assessment certificate", "NB-2026-0417",
								LocalDate.of(2031, 5, 31), "Nordic Notified Body Oy", "2719"),
						EnumSet.of(MemberState.SE, MemberState.FI, MemberState.DK),
						"https://nordic.example/nordcredit/declaration-of-conformity.pdf",
						"https://nordic.example/nordcredit/instructions", "https://nordic.example/ai")
				// A.9: a certificate comes with its scan
				.withDocuments(EntryDocuments.none()
					.with(DocumentKind.CERTIFICATE_SCAN, registry.storeDocument(DocumentKind.CERTIFICATE_SCAN,
							"nordcredit-certificate-NB-2026-0417.pdf",
							SectionsDemoData.pdf("Certificate NB-2026-0417 - NordCredit Scoring Engine 7.1",
									"EU technical documentation assessment certificate issued by Nordic Notified "
											+ "Body Oy (2719), valid until 31 May 2031.")))));
			// Art 49(4): registered in the non-public section, visible to regulators only
			publish(EntryData.sectionA(ContentLanguage.EN, AnnexIIIPoint.P7D, false, "", "", "BorderGate Face Match",
					"3.0", "Identifies persons at border crossing points by comparing live images with watch lists.",
					"Camera capture, face matching service and an officer review console.", "", EntryStatus.IN_SERVICE,
					Certificate.none(), EnumSet.of(MemberState.SE, MemberState.FI), "", "", ""));
		});
		log.info("Demo data created: 3 organisations, 4 accounts, 3 public and 1 non-public AI system entries");
	}

	/**
	 * Organisations and accounts: an approved authorised representative that providers
	 * from outside the EU can name on sign-up, and one organisation awaiting approval so
	 * that the regulator's inbox is not empty.
	 */
	private void createSignUpExamples() {
		organisations.createOrganisation(new NewOrganisation(AUTHORISED_REPRESENTATIVE, "NL", "mandates@eurep.example",
				Set.of(OrganisationRole.AUTHORISED_REPRESENTATIVE), true)
			.withPostalAddress(AUTHORISED_REPRESENTATIVE_ADDRESS), OrganisationStatus.ACTIVE);
		organisations.createOrganisation(
				new NewOrganisation("Lumen Analytics SAS", "FR", "registry@lumen.example",
						Set.of(OrganisationRole.PROVIDER, OrganisationRole.DEPLOYER), true),
				OrganisationStatus.PENDING);
		log.info("Demo data created: an authorised representative and an organisation awaiting approval");
	}

	/**
	 * The AI Office with one demo regulator (also added to demo databases of older runs).
	 */
	private void createAiOffice() {
		OrganisationId office = organisations.createAuthority(new NewAuthority("European AI Office (demo)",
				AuthorityKind.AI_OFFICE, null, "ai-office@commission.example"));
		organisations.createUser(office, new NewUser(ACCOUNTS.get(4).email(), ACCOUNTS.get(4).password(),
				"Avery AI Office", Set.of(Role.REGULATOR), true), AI_OFFICE_COMPETENCES);
		log.info("Demo data created: the AI Office and its demo regulator");
	}

	/**
	 * The German data protection authority as the market surveillance authority of Art
	 * 74(8), with one demo regulator (also added to demo databases of older runs).
	 */
	private void createDataProtectionAuthority() {
		OrganisationId dpa = organisations.createAuthority(new NewAuthority("Data Protection Authority (demo)",
				AuthorityKind.DATA_PROTECTION_AUTHORITY, MemberState.DE, "ai-registry@dpa.example"));
		organisations.createUser(dpa, new NewUser(DATA_PROTECTION_REGULATOR, ACCOUNTS.get(5).password(),
				"Dana Data Protection", Set.of(Role.REGULATOR), true), DATA_PROTECTION_COMPETENCES);
		log.info("Demo data created: the data protection authority (Art 74(8)) and its demo regulator");
	}

	private void publish(EntryData data) {
		DraftEntry draft = registry.createDraft(data);
		registry.publish(draft.id(), draft.lockVersion(), "");
	}

	private void actAs(String email, Runnable action) {
		DemoLogin.actAs(users, email, action);
	}

}
