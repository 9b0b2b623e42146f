package org.airegistry.demo;

import org.airegistry.demo.persistence.DemoRepository;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.NewExplanationRequest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.airegistry.organisation.NewOrganisation;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.organisation.OrganisationSummary;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a deployer organisation with an account (only when no organisation with
 * the deployer role exists yet, e.g. from the deployer registration demo) and two
 * explanation requests, one answered, one waiting. Runs when the application is ready,
 * after every other demo runner; idempotent across restarts of the persistent demo
 * database.
 */
@Component
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
class ExplanationDemoData {

	static final String DEPLOYER_EMAIL = "deployer@explain.example";

	static final String DEPLOYER_PASSWORD = "demo-deployer";

	static final String DEPLOYER_NAME = "Stadtwerke Musterstadt Personalservice (demo)";

	static final String PERSON_EMAIL = "affected.person@demo.example";

	private static final Logger log = LoggerFactory.getLogger(ExplanationDemoData.class);

	private final OrganisationService organisations;

	private final RegistryQueries registry;

	private final ExplanationService explanations;

	private final UserDetailsService users;

	private final DemoRepository demo;

	ExplanationDemoData(OrganisationService organisations, RegistryQueries registry, ExplanationService explanations,
			UserDetailsService users, DemoRepository demo) {
		this.demo = demo;
		this.organisations = organisations;
		this.registry = registry;
		this.explanations = explanations;
		this.users = users;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		try {
			create();
		}
		catch (RuntimeException ex) {
			log.warn("Demo explanation requests could not be created: {}", ex.toString());
		}
	}

	private void create() {
		if (organisations.activeWithRole(OrganisationRole.DEPLOYER).isEmpty()) {
			OrganisationId deployer = organisations.createOrganisation(new NewOrganisation(DEPLOYER_NAME, "DE",
					"ki-anfragen@explain.example", Set.of(OrganisationRole.DEPLOYER), true), OrganisationStatus.ACTIVE);
			organisations.createUser(deployer,
					new NewUser(DEPLOYER_EMAIL, DEPLOYER_PASSWORD, "Dana Deployer", Set.of(Role.DEPLOYER), true));
		}
		if (organisations.userExists(DEPLOYER_EMAIL)) {
			log.info("\n\n  Explanation requests demo deployer: {} password: {}\n", DEPLOYER_EMAIL, DEPLOYER_PASSWORD);
		}
		if (anyRequests()) {
			return;
		}
		Optional<PublicEntry> system = registry.latestPublications(20)
			.stream()
			.filter(ExplanationService::eligibleSystem)
			.findFirst();
		Optional<OrganisationSummary> deployer = organisations.activeWithRole(OrganisationRole.DEPLOYER)
			.stream()
			.filter(d -> d.legalName().equals(DEPLOYER_NAME))
			.findFirst()
			.or(() -> organisations.activeWithRole(OrganisationRole.DEPLOYER).stream().findFirst());
		if (system.isEmpty() || deployer.isEmpty()) {
			return;
		}
		String number = system.get().registrationNumber();
		String answered = file(number, deployer.get().id(),
				"My application for the position of warehouse team lead (ref. 2026-117) was rejected at the first "
						+ "screening without an interview.",
				"I meet all listed requirements and suspect the automated ranking penalised a career break for "
						+ "caring for a relative.");
		file(number, deployer.get().id(), "My application for an apprenticeship was rejected.",
				"The rejection came minutes after I applied; I think no person looked at it.");
		if (organisations.userExists(DEPLOYER_EMAIL) && deployer.get().legalName().equals(DEPLOYER_NAME)) {
			actAs(DEPLOYER_EMAIL, () -> {
				explanations.acknowledge(answered);
				explanations.answer(answered,
						"The system TalentMatch ranked all 212 applications against the vacancy profile and proposed "
								+ "a shortlist of 25. A recruiter reviewed the shortlist only; applications below rank "
								+ "25 were not read by a person.",
						"Your application ranked 61st. The main factors were: no forklift licence listed (weight 30 %), "
								+ "team-lead experience of 1 year against 3 required (25 %), and the match of your "
								+ "skills section with the vacancy text. A career break is not a feature of the model.",
						false);
			});
		}
	}

	private boolean anyRequests() {
		return organisations.activeWithRole(OrganisationRole.DEPLOYER)
			.stream()
			.anyMatch(d -> explanations.statisticsForDeployer(d.id()).received() > 0);
	}

	private String file(String system, OrganisationId deployer, String decision, String adverse) {
		String reference = explanations.file(new NewExplanationRequest(system, deployer, decision,
				LocalDate.of(2026, 10, 2), "2026-117", adverse, PERSON_EMAIL, "en"), "demo");
		// the link of the verification mail, opened (the demo has no inbox to click in)
		explanations.verify(demo.newVerificationToken(reference)).orElseThrow();
		return reference;
	}

	private void actAs(String email, Runnable action) {
		DemoLogin.actAs(users, email, action);
	}

}
