package org.airegistry.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.airegistry.shared.AnnexIIIPoint;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which authority supervises a high-risk system (Art 70(1), Art 74(8)). */
class SupervisionBasisTest {

	static final SupervisionBasis DPA = SupervisionBasis.DATA_PROTECTION_AUTHORITY;

	static final SupervisionBasis MSA = SupervisionBasis.DESIGNATED_AUTHORITY;

	static Stream<Arguments> table() {
		return Stream.of(
				row("Art 74(8): Annex III point 1(a), remote biometric identification used for law enforcement",
						AnnexIIIPoint.P1A, true, DPA),
				row("Art 74(8): Annex III point 1(b), biometric categorisation used for border management",
						AnnexIIIPoint.P1B, true, DPA),
				row("Art 74(8): Annex III point 1(c), emotion recognition used for law enforcement", AnnexIIIPoint.P1C,
						true, DPA),
				row("Art 70(1): Annex III point 1(a) not used for law enforcement or border management",
						AnnexIIIPoint.P1A, false, MSA),
				row("Art 70(1): Annex III point 1(c) not used for law enforcement or border management",
						AnnexIIIPoint.P1C, false, MSA),
				row("Art 70(1): Annex III point 2, critical infrastructure", AnnexIIIPoint.P2, false, MSA),
				row("Art 70(1): Annex III point 3(a), education, whatever the flag says", AnnexIIIPoint.P3A, true, MSA),
				row("Art 70(1): Annex III point 4(a), employment", AnnexIIIPoint.P4A, false, MSA),
				row("Art 70(1): Annex III point 5(b), creditworthiness", AnnexIIIPoint.P5B, false, MSA),
				row("Art 74(8): Annex III point 6(a), law enforcement", AnnexIIIPoint.P6A, false, DPA),
				row("Art 74(8): Annex III point 6(e), law enforcement profiling", AnnexIIIPoint.P6E, true, DPA),
				row("Art 74(8): Annex III point 7(a), migration, asylum and border control", AnnexIIIPoint.P7A, false,
						DPA),
				row("Art 74(8): Annex III point 7(d), border control identification", AnnexIIIPoint.P7D, false, DPA),
				row("Art 74(8): Annex III point 8(a), administration of justice", AnnexIIIPoint.P8A, false, DPA),
				row("Art 74(8): Annex III point 8(b), democratic processes", AnnexIIIPoint.P8B, false, DPA),
				row("Art 70(1): no Annex III point (Annex I product or GPAI model)", null, true, MSA));
	}

	static Arguments row(String name, @Nullable AnnexIIIPoint point, boolean lawEnforcement,
			SupervisionBasis expected) {
		return Arguments.argumentSet(name, point, lawEnforcement, expected);
	}

	@ParameterizedTest
	@MethodSource("table")
	void basis(@Nullable AnnexIIIPoint point, boolean lawEnforcement, SupervisionBasis expected) {
		assertThat(SupervisionBasis.of(point, lawEnforcement)).isEqualTo(expected);
	}

	static Stream<Arguments> justiceAndDemocracy() {
		return Stream.of(
				Arguments.argumentSet("Art 74(8): point 1 used for justice and democracy → data protection authority",
						AnnexIIIPoint.P1A, false, true, DPA),
				Arguments.argumentSet(
						"Art 74(8): point 1(c) used for law enforcement and for justice and democracy → data protection authority",
						AnnexIIIPoint.P1C, true, true, DPA),
				Arguments.argumentSet(
						"Art 70(1): point 1(b) used neither for law enforcement nor for justice and democracy",
						AnnexIIIPoint.P1B, false, false, MSA),
				Arguments.argumentSet("Art 70(1): point 5(b), whatever the justice and democracy answer says",
						AnnexIIIPoint.P5B, false, true, MSA),
				Arguments.argumentSet("Art 70(1): no Annex III point, whatever the justice and democracy answer says",
						null, false, true, MSA));
	}

	@ParameterizedTest
	@MethodSource("justiceAndDemocracy")
	void basisWithJusticeAndDemocracy(@Nullable AnnexIIIPoint point, boolean lawEnforcement, boolean justice,
			SupervisionBasis expected) {
		assertThat(SupervisionBasis.of(point, lawEnforcement, justice)).isEqualTo(expected);
		assertThat(Supervision.of(point, lawEnforcement, justice).basis()).isEqualTo(expected);
	}

	@Test
	@DisplayName("Art 74(8): every point of areas 6, 7 and 8 and no point of areas 2 to 5 goes to the data protection authority")
	void everyPoint() {
		assertThat(Arrays.stream(AnnexIIIPoint.values()).filter(point -> SupervisionBasis.of(point, false) == DPA))
			.allMatch(point -> point.area() >= 6)
			.hasSize((int) Arrays.stream(AnnexIIIPoint.values()).filter(point -> point.area() >= 6).count());
		assertThat(Arrays.stream(AnnexIIIPoint.values())
			.filter(point -> point.area() >= 2 && point.area() <= 5)
			.map(point -> SupervisionBasis.of(point, true))).containsOnly(MSA);
	}

	@Test
	@DisplayName("Each basis names its article")
	void articles() {
		assertThat(DPA.article()).isEqualTo("Art 74(8)");
		assertThat(MSA.article()).isEqualTo("Art 70(1)");
	}

}
