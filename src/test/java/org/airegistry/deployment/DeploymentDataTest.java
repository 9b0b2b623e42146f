package org.airegistry.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Annex VIII Section C rules on the registration content, without Spring. */
class DeploymentDataTest {

	static DeploymentData complete() {
		return new DeploymentData("Rathausplatz 1, 10115 Berlin", "ai-registry@city.example",
				"Digital Services Department, ai-registry@city.example", "No high residual risks found.", false, "",
				Set.of(MemberState.DE), LocalDate.of(2028, 1, 1), null);
	}

	@Test
	@DisplayName("Annex VIII C: a complete registration has no problems")
	void completeIsPublishable() {
		assertThat(complete().publicationProblems(false)).isEmpty();
	}

	@Test
	@DisplayName("Annex VIII C.1, C.2, C.4: missing items are named; C.5 only where a DPIA applies")
	void missingItems() {
		DeploymentData empty = DeploymentData.empty();
		assertThat(empty.publicationProblems(false)).extracting(FieldError::field)
			.containsExactlyInAnyOrder("deployerAddress", "deployerContact", "submitterContact", "friaSummary",
					"memberStates", "useStart");
		DeploymentData withDpia = new DeploymentData("a", "b", "c", "d", true, "", Set.of(MemberState.DE),
				LocalDate.of(2028, 1, 1), null);
		assertThat(withDpia.publicationProblems(false)).extracting(FieldError::field).containsExactly("dpiaSummary");
	}

	@Test
	@DisplayName("Art 49(4): for the non-public section only C.1 to C.3 are allowed, and only they are required")
	void restrictedKeepsC1ToC3() {
		assertThat(complete().draftProblems(true)).extracting(FieldError::field)
			.containsExactlyInAnyOrder("friaSummary", "memberStates", "useStart");
		DeploymentData minimised = complete().minimisedForRestrictedSection();
		assertThat(minimised.friaSummary()).isEmpty();
		assertThat(minimised.memberStates()).isEmpty();
		assertThat(minimised.useStart()).isNull();
		assertThat(minimised.publicationProblems(true)).isEmpty();
	}

	@Test
	@DisplayName("The end of use cannot be before its start")
	void endBeforeStart() {
		DeploymentData data = new DeploymentData("a", "b", "c", "d", false, "", Set.of(MemberState.DE),
				LocalDate.of(2028, 1, 1), LocalDate.of(2027, 12, 31));
		assertThat(data.draftProblems(false)).extracting(FieldError::field).containsExactly("useEnd");
	}

}
