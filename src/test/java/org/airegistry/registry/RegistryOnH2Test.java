package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.airegistry.publication.VersionSummary;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same migrations and queries on the embedded default database (H2) as on PostgreSQL.
 */
@H2Test
class RegistryOnH2Test {

	@Autowired
	RegistryService registry;

	@Autowired
	RegistryQueries queries;

	@Autowired
	TestData testData;

	@Test
	@DisplayName("On H2: publish twice, read both versions, history and reduced-mode search")
	void versionsOnH2() {
		TestUser provider = testData.provider();
		DraftEntry draft = testData.as(provider,
				() -> registry.createDraft(TestData.sample("H2 Versioned System")
					.withIntendedPurpose("First purpose.")
					.withMemberStates(EnumSet.of(MemberState.PT))));
		testData.run(provider, () -> registry.publish(draft.id(), draft.lockVersion(), ""));
		DraftEntry saved = testData.as(provider,
				() -> registry.saveDraft(draft.id(), registry.open(draft.id()).lockVersion(),
						TestData.sample("H2 Versioned System")
							.withIntendedPurpose("Second purpose.")
							.withMemberStates(EnumSet.of(MemberState.PT, MemberState.ES))));
		testData.run(provider, () -> registry.publish(saved.id(), saved.lockVersion(), "Now also in Spain"));
		String number = testData.as(provider, () -> registry.open(draft.id()).registrationNumber());

		PublicEntry latest = queries.findLatest(number).orElseThrow();
		assertThat(latest.version()).isEqualTo(2);
		assertThat(latest.firstPublishedAt()).isBeforeOrEqualTo(latest.publishedAt());
		assertThat(queries.findVersion(number, 1).orElseThrow().data().intendedPurpose()).isEqualTo("First purpose.");
		assertThat(queries.history(number)).extracting(VersionSummary::version).containsExactly(2, 1);
		assertThat(queries.searchInDatabase("h2 versioned", 10)).extracting(PublicEntry::registrationNumber)
			.containsExactly(number);
		assertThat(queries.searchInDatabase(provider.organisationName(), 10)).hasSize(1);
	}

}
