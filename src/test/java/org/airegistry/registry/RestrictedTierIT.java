package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.publication.VersionSummary;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Art 49(4): entries in Annex III points 6 and 7 (and point 1 for law enforcement or
 * migration) are held in the non-public section, on PostgreSQL and a real Elasticsearch.
 */
@PostgresTest
class RestrictedTierIT {

	@Autowired
	RegistryService registry;

	@Autowired
	RegistryQueries queries;

	@Autowired
	TestData testData;

	@Autowired
	RestrictedSection restrictedSection;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	RegistryEntriesIndex index;

	@Autowired
	org.airegistry.moderation.Moderation moderation;

	@Autowired
	Point1PolicyReconciler reconciler;

	static EntryData restricted(String name) {
		return TestData.sample(name).withAnnexIIIPoint(AnnexIIIPoint.P6D, false).minimisedForRestrictedSection();
	}

	@Test
	@DisplayName("Art 49(4): fields the secure section may not hold are rejected by the service, not only hidden")
	void excludedFieldsAreRejected() {
		TestUser provider = testData.provider();
		EntryData full = TestData.sample("Rejected Restricted").withAnnexIIIPoint(AnnexIIIPoint.P7C, false);

		assertThatThrownBy(() -> testData.run(provider, () -> registry.createDraft(full))).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field)
					.contains("dataAndLogic", "declarationOfConformity", "instructionsForUse")
					.allSatisfy(field -> assertThat(EntryData.NOT_IN_RESTRICTED_SECTION).contains(field)));
	}

	@Test
	@DisplayName("Art 49(4): a restricted entry never reaches public reads, counts, latest lists or database search")
	void neverInPublicQueries() {
		TestUser provider = testData.provider();
		String name = "Secret Restricted " + System.nanoTime();
		Instant start = Instant.now().minusSeconds(1);
		String publicNumber = testData.publish(provider, TestData.sample("Public twin " + System.nanoTime()));
		long before = queries.countPublished();
		String number = testData.publish(provider, restricted(name));

		assertThat(queries.publishedSince(start)).as("a reindex catches up on public entries only")
			.contains(queries.findLatest(publicNumber).orElseThrow().id())
			.doesNotContain(testData.as(provider, () -> registry.myEntries())
				.stream()
				.filter(entry -> entry.registrationNumber().equals(number))
				.findFirst()
				.orElseThrow()
				.id());

		assertThat(queries.findLatest(number)).isEmpty();
		assertThat(queries.findVersion(number, 1)).isEmpty();
		assertThat(queries.history(number)).isEmpty();
		assertThat(queries.searchInDatabase(name, 10)).isEmpty();
		assertThat(queries.latestPublications(1000)).extracting(PublicEntry::registrationNumber).doesNotContain(number);
		List<String> all = new ArrayList<>();
		queries.forEachLatest(100, batch -> batch.forEach(entry -> all.add(entry.registrationNumber())));
		assertThat(all).doesNotContain(number);
		List<EntryText> texts = new ArrayList<>();
		queries.forEachLatestText(100, texts::addAll);
		assertThat(texts).as("the reindex's corpus words read the same public versions, nothing restricted")
			.hasSize(all.size())
			.contains(EntryText.of(queries.findLatest(publicNumber).orElseThrow().data()))
			.extracting(EntryText::tradeName)
			.doesNotContain(name);
		assertThat(queries.countPublished()).as("counts exclude the secure section").isEqualTo(before);

		WorkspaceEntry own = testData.as(provider, () -> registry.myEntries())
			.stream()
			.filter(entry -> entry.registrationNumber().equals(number))
			.findFirst()
			.orElseThrow();
		assertThat(own.registrationNumber()).as("the provider itself still sees it").isEqualTo(number);
		assertThat(testData.as(provider, () -> registry.open(own.id())).data().tradeName()).isEqualTo(name);
		TestUser other = testData.provider();
		assertThatThrownBy(() -> testData.run(other, () -> registry.open(own.id())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("Art 49(4): an entry that becomes restricted disappears from the public index and all its versions")
	void removedFromIndexWhenRestricted() throws Exception {
		TestUser provider = testData.provider();
		String name = "Becomes Restricted " + System.nanoTime();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(TestData.sample(name)));
		testData.run(provider, () -> registry.publish(draft.id(), draft.lockVersion(), ""));
		String number = testData.as(provider, () -> registry.open(draft.id()).registrationNumber());
		assertThat(awaitIndexed(draft.id(), true)).as("public version 1 is indexed").isTrue();

		DraftEntry saved = testData.as(provider,
				() -> registry.saveDraft(draft.id(), registry.open(draft.id()).lockVersion(), restricted(name)));
		testData.run(provider, () -> registry.publish(saved.id(), saved.lockVersion(), "Reclassified as 6(d)"));

		assertThat(awaitIndexed(draft.id(), false)).as("the document was removed from the index").isTrue();
		assertThat(queries.findVersion(number, 1)).as("older public versions too").isEmpty();
		assertThat(queries.findLatest(draft.id())).isEmpty();
	}

	@Test
	@DisplayName("Art 49(4): a restricted entry is never indexed")
	void neverIndexed() throws Exception {
		TestUser provider = testData.provider();
		DraftEntry draft = testData.as(provider,
				() -> registry.createDraft(restricted("Never Indexed " + System.nanoTime())));
		testData.run(provider, () -> registry.publish(draft.id(), draft.lockVersion(), ""));
		// a public entry published afterwards is indexed: by then the restricted one's
		// event was handled too
		String marker = testData.publish(provider, TestData.sample("Marker " + System.nanoTime()));
		AiSystemId markerId = testData.as(provider, () -> registry.myEntries())
			.stream()
			.filter(entry -> entry.registrationNumber().equals(marker))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(awaitIndexed(markerId, true)).isTrue();
		assertThat(exists(draft.id())).isFalse();
	}

	@Test
	@DisplayName("Art 49(4): regulators read the non-public section; providers cannot")
	void regulatorsReadRestrictedSection() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, restricted("Regulator Visible " + System.nanoTime()));
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);

		assertThat(testData.as(regulator, () -> restrictedSection.latestVersions(1000)))
			.extracting(PublicEntry::registrationNumber)
			.contains(number);
		assertThatThrownBy(() -> testData.run(provider, () -> restrictedSection.latestVersions(10)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("Art 49(4): an entry that moves from the non-public to the public section never shows its restricted versions")
	void restrictedVersionsStayHiddenAfterMovingToPublic() {
		TestUser provider = testData.provider();
		String name = "Moves Public " + System.nanoTime();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(restricted(name + " secret")));
		testData.run(provider, () -> registry.publish(draft.id(), draft.lockVersion(), ""));
		String number = testData.as(provider, () -> registry.open(draft.id()).registrationNumber());
		assertThat(number).as("non-public series").matches(RegistrationNumbers.NON_PUBLIC);
		DraftEntry saved = testData.as(provider,
				() -> registry.saveDraft(draft.id(), registry.open(draft.id()).lockVersion(), TestData.sample(name)));
		testData.run(provider, () -> registry.publish(saved.id(), saved.lockVersion(), "Reclassified as 4(a)"));

		assertThat(queries.findLatest(number)).get().extracting(PublicEntry::version).isEqualTo(2);
		assertThat(queries.findVersion(number, 1)).as("version 1 was published restricted").isEmpty();
		assertThat(queries.history(number)).extracting(VersionSummary::version).containsExactly(2);
		List<PublicEntry> versions = new ArrayList<>();
		queries.forEachVersion(500, versions::addAll);
		assertThat(versions).filteredOn(entry -> entry.registrationNumber().equals(number))
			.extracting(PublicEntry::version)
			.containsExactly(2);
		assertThat(queries.recentVersions(1000, java.util.Optional.of(provider.organisation())))
			.extracting(PublicEntry::version)
			.containsExactly(2);
		assertThat(queries.searchInDatabase(name + " secret", 10)).isEmpty();
	}

	@Test
	@DisplayName("Art 49(4): public registration numbers are consecutive and reveal neither drafts nor the non-public section")
	void numbersRevealNothing() {
		TestUser provider = testData.provider();
		String first = testData.publish(provider, TestData.sample("Numbered A " + System.nanoTime()));
		testData.run(provider, () -> registry.createDraft(TestData.sample("Never published " + System.nanoTime())));
		String restrictedNumber = testData.publish(provider, restricted("Numbered R " + System.nanoTime()));
		String second = testData.publish(provider, TestData.sample("Numbered B " + System.nanoTime()));

		assertThat(first).matches(RegistrationNumbers.PUBLIC);
		assertThat(second).matches(RegistrationNumbers.PUBLIC);
		assertThat(Long.parseLong(second.substring(4))).as("no gap for the draft and the restricted entry")
			.isEqualTo(Long.parseLong(first.substring(4)) + 1);
		assertThat(restrictedNumber).matches(RegistrationNumbers.NON_PUBLIC);
	}

	@Test
	@DisplayName("Art 49(4), Art 74/79: an entry suspended while public and then restricted answers like one that never existed")
	void suspendedThenRestrictedIsAbsent() {
		TestUser provider = testData.provider();
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		String name = "Suspended Then Restricted " + System.nanoTime();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(TestData.sample(name)));
		testData.run(provider, () -> registry.publish(draft.id(), draft.lockVersion(), ""));
		String number = testData.as(provider, () -> registry.open(draft.id()).registrationNumber());
		testData.run(regulator, () -> moderation.suspend(number, "Under investigation for false statements."));
		assertThat(queries.isSuspended(number)).isTrue();
		assertThat(moderation.suspension(number)).isPresent();

		DraftEntry saved = testData.as(provider,
				() -> registry.saveDraft(draft.id(), registry.open(draft.id()).lockVersion(), restricted(name)));
		testData.run(provider, () -> registry.publish(saved.id(), saved.lockVersion(), "Reclassified as 6(d)"));

		assertThat(queries.isSuspended(number)).as("no notice reveals it").isFalse();
		assertThat(moderation.suspension(number)).isEmpty();
		assertThat(queries.findLatest(number)).isEmpty();
		assertThat(queries.history(number)).isEmpty();
		assertThat(queries.isSuspended("AIR-999999")).isEqualTo(queries.isSuspended(number));
	}

	@Test
	@DisplayName("Art 49(4): a stricter point-1 policy takes published point-1 versions out of public view at start-up")
	void stricterPoint1Policy() {
		TestUser provider = testData.provider();
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		String name = "Biometric Gate " + System.nanoTime();
		String number = testData.publish(provider, TestData.sample(name).withAnnexIIIPoint(AnnexIIIPoint.P1A, false));
		assertThat(number).as("public under the default reading").matches(RegistrationNumbers.PUBLIC);
		assertThat(queries.findLatest(number)).isPresent();

		List<AiSystemId> changed = reconciler.reconcile(Point1Policy.ALWAYS);

		AiSystemId id = testData.as(provider, () -> registry.myEntries()).getFirst().id();
		assertThat(changed).contains(id);
		assertThat(queries.findLatest(number)).isEmpty();
		assertThat(queries.findVersion(number, 1)).isEmpty();
		assertThat(queries.history(number)).isEmpty();
		assertThat(testData.as(regulator, () -> restrictedSection.latestVersion(number))).isPresent();
		assertThat(reconciler.reconcile(Point1Policy.LE_OR_MIGRATION_USE_ONLY)).as("a looser reading puts nothing back")
			.doesNotContain(id);
		assertThat(queries.findLatest(number)).isEmpty();
	}

	private boolean awaitIndexed(AiSystemId id, boolean expected) throws Exception {
		for (int attempt = 0; attempt < 60; attempt++) {
			if (exists(id) == expected) {
				return true;
			}
			Thread.sleep(500);
		}
		return false;
	}

	private boolean exists(AiSystemId id) throws IOException {
		client.indices().refresh(r -> r.index(index.names().readAlias()));
		return client.exists(e -> e.index(index.names().readAlias()).id(id.toString())).value();
	}

}
