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
				Set.of(MemberState.DE), LocalDate.of(2028, 1, 1), null, RegistrationBasis.PUBLIC_AUTHORITY, "");
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
					"memberStates", "useStart", "registrationBasis");
		DeploymentData withDpia = new DeploymentData("a", "b", "c", "d", true, "", Set.of(MemberState.DE),
				LocalDate.of(2028, 1, 1), null, RegistrationBasis.PUBLIC_AUTHORITY, "");
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

	record Basis(String name, DeploymentData data, String field, String messageKey) {

		@Override
		public String toString() {
			return name;
		}

	}

	static java.util.stream.Stream<Basis> bases() {
		DeploymentData ok = complete();
		return java.util.stream.Stream.of(
				new Basis("Art 49(3): the legal basis of the registration is required", with(ok, null, ""),
						"registrationBasis", "deployment.validation.basis.required"),
				new Basis("Art 49(3): on behalf of a public authority names the authority",
						with(ok, RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY, ""), "onBehalfOf",
						"deployment.validation.required"),
				new Basis("Art 49(3): an authority is named only when acting on its behalf",
						with(ok, RegistrationBasis.VOLUNTARY, "City of Example"), "onBehalfOf",
						"deployment.validation.onBehalfOf.notApplicable"));
	}

	static DeploymentData with(DeploymentData data, @org.jspecify.annotations.Nullable RegistrationBasis basis,
			String onBehalfOf) {
		return new DeploymentData(data.deployerAddress(), data.deployerContact(), data.submitterContact(),
				data.friaSummary(), data.dpiaApplicable(), data.dpiaSummary(), data.memberStates(), data.useStart(),
				data.useEnd(), basis, onBehalfOf);
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.MethodSource("bases")
	@DisplayName("Art 49(3): the legal basis of a Section C registration")
	void basis(Basis basis) {
		assertThat(basis.data().publicationProblems(false)).anySatisfy(problem -> {
			assertThat(problem.field()).isEqualTo(basis.field());
			assertThat(problem.messageKey()).isEqualTo(basis.messageKey());
		});
	}

	@Test
	@DisplayName("Art 49(3): on behalf of a named authority, and voluntary registration, are publishable content")
	void basesPublishable() {
		assertThat(with(complete(), RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY, "City of Example")
			.publicationProblems(false)).isEmpty();
		assertThat(with(complete(), RegistrationBasis.VOLUNTARY, "").publicationProblems(false)).isEmpty();
		// Art 49(4): the basis is kept in the non-public section too
		assertThat(with(complete(), RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY, "City of Example")
			.minimisedForRestrictedSection()
			.onBehalfOf()).isEqualTo("City of Example");
	}

	@Test
	@DisplayName("The end of use cannot be before its start")
	void endBeforeStart() {
		DeploymentData data = new DeploymentData("a", "b", "c", "d", false, "", Set.of(MemberState.DE),
				LocalDate.of(2028, 1, 1), LocalDate.of(2027, 12, 31), RegistrationBasis.PUBLIC_AUTHORITY, "");
		assertThat(data.draftProblems(false)).extracting(FieldError::field).containsExactly("useEnd");
	}

}
