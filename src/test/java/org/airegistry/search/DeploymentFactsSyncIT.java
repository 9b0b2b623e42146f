package org.airegistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaBasis;
import org.airegistry.deployment.FriaData;
import org.airegistry.deployment.FriaService;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The provider entry's search document follows its deployers (Annex VIII Section C): a
 * published registration with a FRIA summary (Art 27) shows in the "With FRIA" and
 * "Deployer" facets without a reindex, although the entry's own version did not change.
 */
@PostgresTest
class DeploymentFactsSyncIT {

	@Autowired
	DeploymentService deployments;

	@Autowired
	FriaService frias;

	@Autowired
	SearchService search;

	@Autowired
	TestData testData;

	@Test
	@DisplayName("Art 27, Annex VIII C.4: publishing a deployer registration with a FRIA updates the provider entry's search document")
	void deployerRegistrationReachesTheProviderEntry() {
		String number = testData.publish(testData.provider(), TestData.sample("Fria Sync Probe"));
		awaitFound(number, Map.of());
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);

		testData.run(deployer, () -> {
			Fria fria = frias.openOrStart(number);
			fria = frias.save(fria.id(), fria.lockVersion(),
					new FriaData(FriaBasis.PUBLIC_LAW_BODY, "Pre-sorting of applications.", "Daily from 2028.",
							"Applicants.", "Wrongful rejection.", "A caseworker reviews every proposal.",
							"Complaints desk.", "DPIA 2027-14", ""));
			fria = frias.complete(fria.id(), fria.lockVersion());
			frias.notifyAuthority(fria.id(), fria.lockVersion());
			Deployment draft = deployments.start(number);
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(),
					new DeploymentData("Rathausplatz 1, 10115 Berlin", "ai-registry@city.example",
							"Digital Services Department", "No high residual risk after safeguards.", false, "",
							Set.of(MemberState.DE), LocalDate.of(2028, 1, 1), null, RegistrationBasis.PUBLIC_AUTHORITY,
							""));
			deployments.publish(saved.id(), saved.lockVersion(), "");
		});

		awaitFound(number, Map.of("fria", List.of("true"), "deployer", List.of(deployer.organisationName())));
	}

	private void awaitFound(String number, Map<String, List<String>> filters) {
		Map<String, List<String>> parameters = new java.util.HashMap<>(filters);
		parameters.put("q", List.of("Fria Sync Probe"));
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			SearchResults results = search.search(SearchParameters.read(parameters, 0, 20, true));
			assertThat(results.mode()).isEqualTo(SearchMode.FULL);
			assertThat(results.hits()).extracting(SearchHit::registrationNumber).contains(number);
		});
	}

}
