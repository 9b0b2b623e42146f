package org.airegistry.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.FriaService;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.moderation.Moderation;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.PublicEntryDigest;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.ConsoleTestData;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reindex reads digests (DD090): the documents it builds from them are, byte for
 * byte, the documents built from whole entries, for every kind of entry the public may or
 * may not see.
 */
@PostgresTest
class DigestDocumentsIT {

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registryService;

	@Autowired
	RegistryQueries registry;

	@Autowired
	Moderation moderation;

	@Autowired
	DeploymentService deployments;

	@Autowired
	FriaService frias;

	@Autowired
	ExplanationService explanations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectProvider<DeploymentFacts.Source> facts;

	@Test
	@DisplayName("Art 49, Art 27: documents from digests equal documents from whole entries: new versions, recalled, "
			+ "another language, with a deployer's registration; suspended and non-public entries in neither")
	void sameDocumentsFromDigests() {
		TestUser provider = testData.provider();
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		String plain = testData.publish(provider, TestData.sample(TestData.uniqueWord("Plain")));
		String versioned = testData.publish(provider, TestData.sample(TestData.uniqueWord("Versioned")));
		AiSystemId versionedId = registry.findLatest(versioned).orElseThrow().id();
		testData.run(provider, () -> {
			DraftEntry saved = registryService.saveDraft(versionedId, registryService.open(versionedId).lockVersion(),
					TestData.sample(TestData.uniqueWord("Renamed"))
						.withStatus(EntryStatus.RECALLED)
						.withMemberStates(Set.of(MemberState.SE, MemberState.AT)));
			registryService.publish(versionedId, saved.lockVersion(), "Recalled");
		});
		String german = testData.publish(provider,
				TestData.sample(TestData.uniqueWord("Planer"))
					.withLanguage(ContentLanguage.DE)
					.withIntendedPurpose("Plant Schichten im Krankenhaus."));
		String suspended = testData.publish(provider, TestData.sample(TestData.uniqueWord("Suspended")));
		testData.run(regulator, () -> moderation.suspend(suspended, "Under investigation."));
		String restricted = testData.publishRestricted(provider, TestData.uniqueWord("Restricted"), AnnexIIIPoint.P6B);
		String deployed = testData.publish(provider, TestData.sample(TestData.uniqueWord("Deployed")));
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		registerUse(deployer, deployed);

		DeploymentFacts.Source source = facts.getObject();
		Map<String, String> fromWhole = new HashMap<>();
		registry.forEachLatest(7, page -> {
			Map<String, DeploymentFacts> pageFacts = source
				.ofAll(page.stream().map(PublicEntry::registrationNumber).toList());
			for (PublicEntry entry : page) {
				fromWhole.put(entry.registrationNumber(), json(SearchDocuments.json(entry,
						pageFacts.getOrDefault(entry.registrationNumber(), DeploymentFacts.NONE))));
			}
		});
		Map<String, String> fromDigests = new HashMap<>();
		registry.forEachLatestDigest(7, page -> {
			Map<String, DeploymentFacts> pageFacts = source
				.ofAll(page.stream().map(PublicEntryDigest::registrationNumber).toList());
			for (PublicEntryDigest entry : page) {
				fromDigests.put(entry.registrationNumber(), json(SearchDocuments.json(entry,
						pageFacts.getOrDefault(entry.registrationNumber(), DeploymentFacts.NONE))));
			}
		});

		assertThat(fromDigests).isEqualTo(fromWhole)
			.containsKeys(plain, versioned, german, deployed)
			.doesNotContainKeys(suspended, restricted);
		assertThat(fromDigests.get(versioned)).contains("Renamed", "\"status\":\"RECALLED\"", "\"version\":2",
				"[\"AT\",\"SE\"]");
		assertThat(fromDigests.get(german)).contains("\"language\":\"DE\"", "Krankenhaus");
		assertThat(fromDigests.get(deployed)).contains("\"has_fria\":true", deployer.organisationName());
	}

	private static String json(byte[] document) {
		return new String(document, java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * A deployer's published registration of the system, with a notified FRIA (Art 27).
	 */
	private void registerUse(TestUser deployer, String number) {
		new ConsoleTestData(testData, explanations, frias, jdbc).friaNotification(number, deployer);
		testData.run(deployer, () -> {
			Deployment draft = deployments.start(number);
			DeploymentData data = new DeploymentData("Stadthaus 2, 20095 Hamburg", "ki@stadt.example", "IT-Amt",
					"Kein hohes Restrisiko.", false, "", Set.of(MemberState.DE), LocalDate.of(2028, 3, 1), null,
					RegistrationBasis.PUBLIC_AUTHORITY, "");
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(), data);
			deployments.publish(saved.id(), saved.lockVersion(), "");
		});
	}

}
