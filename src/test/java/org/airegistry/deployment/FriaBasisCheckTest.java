package org.airegistry.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.airegistry.organisation.PublicCharacter;
import org.airegistry.shared.AnnexIIIPoint;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The claimed basis of an impact assessment against the system and the organisation. */
class FriaBasisCheckTest {

	static final PublicCharacter NONE = PublicCharacter.none();

	static final PublicCharacter AUTHORITY = new PublicCharacter(true, false, false);

	static final PublicCharacter PUBLIC_LAW_BODY = new PublicCharacter(false, true, false);

	static final PublicCharacter PUBLIC_SERVICE = new PublicCharacter(false, false, true);

	static Stream<Arguments> cases() {
		return Stream.of(
				Arguments.of("Art 27(1): a bank scoring credit (5(b)) relies on point 5(b)", FriaBasis.ANNEX_III_5B,
						AnnexIIIPoint.P5B, NONE, null),
				Arguments.of("Art 27(1): point 5(b) claimed for a recruitment system (4(a)) is refused",
						FriaBasis.ANNEX_III_5B, AnnexIIIPoint.P4A, NONE, "fria.validation.basis.not5b"),
				Arguments.of("Art 27(1): an insurer pricing life insurance (5(c)) relies on point 5(c)",
						FriaBasis.ANNEX_III_5C, AnnexIIIPoint.P5C, NONE, null),
				Arguments.of("Art 27(1): point 5(c) claimed for a credit system (5(b)) is refused",
						FriaBasis.ANNEX_III_5C, AnnexIIIPoint.P5B, NONE, "fria.validation.basis.not5c"),
				Arguments.of("Art 27(1): point 5(c) claimed without a known system is refused", FriaBasis.ANNEX_III_5C,
						null, NONE, "fria.validation.basis.not5c"),
				Arguments.of("Art 27(1): a body governed by public law", FriaBasis.PUBLIC_LAW_BODY, AnnexIIIPoint.P5A,
						PUBLIC_LAW_BODY, null),
				Arguments.of("Art 27(1): a public authority is a body governed by public law",
						FriaBasis.PUBLIC_LAW_BODY, AnnexIIIPoint.P5A, AUTHORITY, null),
				Arguments.of("Art 27(1): a private company cannot claim to be a body governed by public law",
						FriaBasis.PUBLIC_LAW_BODY, AnnexIIIPoint.P4A, NONE, "fria.validation.basis.notPublicLawBody"),
				Arguments.of("Art 27(1), Recital 96: a private entity providing public services",
						FriaBasis.PRIVATE_PUBLIC_SERVICE, AnnexIIIPoint.P3A, PUBLIC_SERVICE, null),
				Arguments.of("Art 27(1): public services claimed by an organisation that declared none is refused",
						FriaBasis.PRIVATE_PUBLIC_SERVICE, AnnexIIIPoint.P3A, PUBLIC_LAW_BODY,
						"fria.validation.basis.notPublicService"),
				Arguments.of("Art 27: a voluntary assessment fits any system and organisation", FriaBasis.VOLUNTARY,
						AnnexIIIPoint.P8A, NONE, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	@DisplayName("Art 27(1): the basis fits the system's Annex III point and the organisation")
	void basis(String article, FriaBasis basis, @Nullable AnnexIIIPoint point, PublicCharacter organisation,
			@Nullable String problem) {
		assertThat(FriaBasisCheck.problem(basis, point, organisation))
			.isEqualTo(java.util.Optional.ofNullable(problem));
	}

}
