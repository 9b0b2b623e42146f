package org.airegistry.demo;

import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaBasis;
import org.airegistry.deployment.FriaData;
import org.airegistry.deployment.FriaService;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.airegistry.organisation.NewOrganisation;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.organisation.PublicCharacter;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.shared.MemberState;
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
 * Demo run only: a deployer organisation (a city) with the account
 * {@code deployer@city.example} / {@code demo-deployer}, a notified impact assessment and
 * a published registration of its use of the demo recruitment system. Runs when the
 * application is ready, so after the provider demo data, and only once (the demo database
 * persists across runs).
 */
@Component
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
class DeploymentDemoData {

	static final String EMAIL = "deployer@city.example";

	static final String PASSWORD = "demo-deployer";

	static final String SYSTEM = "TalentMatch CV Screening";

	private static final Logger log = LoggerFactory.getLogger(DeploymentDemoData.class);

	private final OrganisationService organisations;

	private final UserDetailsService users;

	private final RegistryQueries registry;

	private final DeploymentService deployments;

	private final FriaService frias;

	DeploymentDemoData(OrganisationService organisations, UserDetailsService users, RegistryQueries registry,
			DeploymentService deployments, FriaService frias) {
		this.organisations = organisations;
		this.users = users;
		this.registry = registry;
		this.deployments = deployments;
		this.frias = frias;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		if (!organisations.userExists(EMAIL)) {
			PublicEntry system = registry.searchInDatabase(SYSTEM, 1).stream().findFirst().orElse(null);
			if (system == null) {
				log.warn("Demo deployer not created: the demo system '{}' is missing", SYSTEM);
				return;
			}
			// a city is a public authority and a body governed by public law (Art 26(8),
			// 27(1), 49(3))
			OrganisationId city = organisations.createOrganisation(
					new NewOrganisation("City of Example (demo)", "DE", "ai-registry@city.example",
							Set.of(OrganisationRole.DEPLOYER), true, new PublicCharacter(true, true, false)),
					OrganisationStatus.ACTIVE);
			organisations.createUser(city, new NewUser(EMAIL, PASSWORD, "Dana Deployer", Set.of(Role.DEPLOYER), true));
			actAs(() -> register(system.registrationNumber()));
			log.info("Demo data created: deployer organisation with a notified FRIA and a published registration");
		}
		log.info("\n\n  Demo deployer account (demo mode only): {} password: {}\n", EMAIL, PASSWORD);
	}

	private void register(String registrationNumber) {
		Fria fria = frias.openOrStart(registrationNumber);
		fria = frias.save(fria.id(), fria.lockVersion(), new FriaData(FriaBasis.PUBLIC_LAW_BODY,
				"The city's HR department uses the system to pre-sort applications for administrative posts; "
						+ "a recruiter reviews every shortlist before candidates are invited.",
				"Continuously during open recruitment rounds, about 40 vacancies a year, from January 2028.",
				"Applicants for city posts, including persons with disabilities, older applicants and applicants "
						+ "with foreign qualifications.",
				"Indirect discrimination through proxies in CVs; under-ranking of non-standard careers; errors in "
						+ "parsing foreign qualifications (provider's Art 13 information, section 5).",
				"Two trained recruiters review each shortlist and can add candidates; rankings are never used "
						+ "alone to reject an application.",
				"Quarterly bias audit by the equality officer; applicants can ask for a human-only review through "
						+ "the HR complaints desk; use is suspended when audit thresholds are exceeded.",
				"DPIA HR-2027-03, sections 3 and 5", ""));
		fria = frias.complete(fria.id(), fria.lockVersion());
		frias.notifyAuthority(fria.id(), fria.lockVersion());
		Deployment draft = deployments.start(registrationNumber);
		Deployment saved = deployments.save(draft.id(), draft.lockVersion(),
				new DeploymentData("Rathausplatz 1, 10115 Berlin, Germany", "ai-registry@city.example",
						"Digital Services Department, City of Example, ai-registry@city.example",
						"Main risk: indirect discrimination of applicants with non-standard careers or foreign "
								+ "qualifications. Mitigated by human review of every shortlist, quarterly bias "
								+ "audits and a human-only review on request. Residual risk: low.",
						true,
						"Personal data of applicants is processed on the basis of Art 6(1)(b) GDPR; retention six "
								+ "months; no special categories used as inputs.",
						EnumSet.of(MemberState.DE), LocalDate.of(2028, 1, 1), null, RegistrationBasis.PUBLIC_AUTHORITY,
						""));
		deployments.publish(saved.id(), saved.lockVersion(), "");
	}

	private void actAs(Runnable action) {
		DemoLogin.actAs(users, EMAIL, action);
	}

}
