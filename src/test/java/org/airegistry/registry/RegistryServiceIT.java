package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.publication.CanonicalJson;
import org.airegistry.publication.VersionSummary;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.MemberState;
import org.airegistry.security.Actor;
import org.airegistry.security.RegistryUserDetails;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Provider entries on a real PostgreSQL 18: drafts, versions, hashes, locking and scope.
 */
@PostgresTest
class RegistryServiceIT {

	@Autowired
	RegistryService registry;

	@Autowired
	RegistryQueries queries;

	@Autowired
	TestData testData;

	@Autowired
	org.airegistry.organisation.AccountService accounts;

	@Autowired
	org.airegistry.organisation.OrganisationService organisations;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	static EntryData sample(String name) {
		return TestData.sample(name).withIntendedPurpose("Screens job applications and proposes a shortlist.");
	}

	@Test
	@DisplayName("Art 49(1): a draft is not public; publishing makes version 1 public with its SHA-256")
	void draftThenPublish() {
		TestUser provider = testData.provider();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(sample("Draft Then Publish 1")));

		assertThat(draft.registrationNumber()).as("a draft has no registration number yet").isNull();
		assertThat(queries.latestPublications(1000)).extracting(PublicEntry::id).doesNotContain(draft.id());

		int version = testData.as(provider, () -> registry.publish(draft.id(), draft.lockVersion(), ""));

		assertThat(version).isEqualTo(1);
		String number = testData.as(provider, () -> registry.open(draft.id()).registrationNumber());
		assertThat(number).as("the public series").matches("AIR-\\d{6}");
		PublicEntry entry = queries.findLatest(number).orElseThrow();
		assertThat(entry.data()).isEqualTo(sample("Draft Then Publish 1"));
		assertThat(entry.providerName()).isEqualTo(provider.organisationName());
		assertThat(entry.version()).isEqualTo(1);
		assertThat(entry.contentSha256()).isEqualTo(CanonicalJson.sha256(CanonicalJson.write(entry.data())));
		assertThat(entry.firstPublishedAt()).isEqualTo(entry.publishedAt());
	}

	@Test
	@DisplayName("Every change is a new public version; earlier versions stay readable by permalink")
	void newVersionKeepsHistory() {
		TestUser provider = testData.provider();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(sample("Versioned System")));
		testData.run(provider, () -> registry.publish(draft.id(), draft.lockVersion(), ""));
		String number = testData.as(provider, () -> registry.open(draft.id()).registrationNumber());
		EntryData changed = sample("Versioned System 2").withIntendedPurpose("A new purpose.")
			.withMemberStates(EnumSet.of(MemberState.IT));
		DraftEntry saved = testData.as(provider,
				() -> registry.saveDraft(draft.id(), registry.open(draft.id()).lockVersion(), changed));

		assertThat(queries.findLatest(number).orElseThrow().data().tradeName())
			.as("saving a draft changes nothing public")
			.isEqualTo("Versioned System");

		int version = testData.as(provider,
				() -> registry.publish(saved.id(), saved.lockVersion(), "Renamed; now only in Italy"));

		assertThat(version).isEqualTo(2);
		assertThat(queries.findLatest(number).orElseThrow().data()).isEqualTo(changed);
		assertThat(queries.findVersion(number, 1).orElseThrow().data().tradeName()).isEqualTo("Versioned System");
		List<VersionSummary> history = queries.history(number);
		assertThat(history).extracting(VersionSummary::version).containsExactly(2, 1);
		assertThat(history.getFirst().changeSummary()).isEqualTo("Renamed; now only in Italy");
		assertThat(history.get(0).contentSha256()).isNotEqualTo(history.get(1).contentSha256());
	}

	@Test
	@DisplayName("A later version needs a change summary; unchanged entries cannot be republished")
	void laterVersionRules() {
		TestUser provider = testData.provider();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(sample("Rules System")));
		testData.run(provider, () -> registry.publish(draft.id(), draft.lockVersion(), ""));

		assertThatThrownBy(() -> testData.run(provider,
				() -> registry.publish(draft.id(), registry.open(draft.id()).lockVersion(), "nothing")))
			.isInstanceOf(ActionRefusedException.class)
			.extracting(ex -> ((ActionRefusedException) ex).messageKey())
			.isEqualTo("publish.refused.nothingChanged");

		DraftEntry saved = testData.as(provider, () -> registry.saveDraft(draft.id(),
				registry.open(draft.id()).lockVersion(), sample("Rules System renamed")));
		assertThatThrownBy(() -> testData.run(provider, () -> registry.publish(saved.id(), saved.lockVersion(), " ")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::field, FieldError::messageKey)
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple("changeSummary", "publication.changeSummary.required")));
	}

	@Test
	@DisplayName("Optimistic locking: the second of two concurrent saves is refused and nothing is overwritten")
	void concurrentEditsAreDetected() {
		TestUser provider = testData.provider();
		DraftEntry opened = testData.as(provider, () -> registry.createDraft(sample("Locked System")));
		testData.run(provider, () -> registry.saveDraft(opened.id(), opened.lockVersion(), sample("First editor")));

		assertThatThrownBy(() -> testData.run(provider,
				() -> registry.saveDraft(opened.id(), opened.lockVersion(), sample("Second editor"))))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(testData.as(provider, () -> registry.open(opened.id())).data().tradeName())
			.isEqualTo("First editor");
	}

	@Test
	@DisplayName("Organisation scope: provider B can neither read, save nor publish provider A's entry")
	void otherOrganisationsCannotTouchEntries() {
		TestUser providerA = testData.provider();
		TestUser providerB = testData.provider();
		DraftEntry draft = testData.as(providerA, () -> registry.createDraft(sample("Scoped System")));

		assertThatThrownBy(() -> testData.run(providerB, () -> registry.open(draft.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> testData.run(providerB,
				() -> registry.saveDraft(draft.id(), draft.lockVersion(), sample("Hijacked"))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> testData.run(providerB, () -> registry.publish(draft.id(), draft.lockVersion(), "")))
			.isInstanceOf(NotFoundException.class);
		assertThat(testData.as(providerB, () -> registry.myEntries())).extracting(WorkspaceEntry::id)
			.doesNotContain(draft.id());
		assertThat(testData.as(providerA, () -> registry.open(draft.id())).data().tradeName())
			.isEqualTo("Scoped System");
	}

	@Test
	@DisplayName("Organisations awaiting approval or rejected reach no provider feature; approval opens them from the next request")
	void unapprovedOrganisationsReachNothing() {
		TestUser pending = testData.pendingProvider();
		TestUser rejected = testData.user(Role.PROVIDER, OrganisationRole.PROVIDER, OrganisationStatus.REJECTED);
		for (TestUser user : List.of(pending, rejected)) {
			assertThatThrownBy(() -> testData.run(user, () -> registry.myEntries()))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> testData.run(user, () -> registry.createDraft(sample("Unapproved System"))))
				.isInstanceOf(AccessDeniedException.class);
		}
		Actor before = ((RegistryUserDetails) users.loadUserByUsername(pending.email())).actor();
		assertThat(before.roles()).doesNotContain(Role.PROVIDER);
		assertThat(organisations.activeAccount(pending.email())).map(details -> details.actor())
			.as("nothing changed: the session goes on as it is")
			.contains(before);

		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		testData.run(regulator, () -> accounts.approve(pending.organisation()));

		assertThat(organisations.activeAccount(pending.email())).map(details -> details.actor())
			.as("the session of the pending user gets the provider role at its next request (AccountSessionFilter)")
			.hasValueSatisfying(now -> assertThat(now.roles()).contains(Role.PROVIDER));
		assertThat(testData.as(pending, () -> registry.createDraft(sample("Approved System"))).publishedVersion())
			.isNull();
	}

	@Test
	@DisplayName("Publishing checks the required Annex VIII content; bad input is refused field by field")
	void publicationNeedsRequiredContent() {
		TestUser provider = testData.provider();
		DraftEntry draft = testData.as(provider,
				() -> registry.createDraft(EntryData.of("Incomplete System", "", EnumSet.noneOf(MemberState.class))));

		assertThatThrownBy(() -> testData.run(provider, () -> registry.publish(draft.id(), draft.lockVersion(), "")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field)
						.containsExactlyInAnyOrder("annexIIIPoint", "intendedPurpose", "componentsAndFunctions",
								"dataAndLogic", "status", "memberStates", "declarationOfConformity",
								"instructionsForUse"));
		assertThatThrownBy(() -> testData.run(provider,
				() -> registry.createDraft(EntryData.of("x".repeat(201), "ok", EnumSet.of(MemberState.DE)))))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@DisplayName("Deny by default: anonymous callers cannot use the provider service")
	void anonymousIsDenied() {
		assertThatThrownBy(() -> registry.myEntries()).isInstanceOfAny(AccessDeniedException.class,
				AuthenticationException.class);
	}

}
