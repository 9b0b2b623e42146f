package org.airegistry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.airegistry.shared.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VisibilityTest {

	@Test
	@DisplayName("Art 49(4), Art 60(4)(c), Art 71(4), Art 73: only public and consented versions are public")
	void publicOnes() {
		assertThat(Visibility.publicOnes()).containsExactly(Visibility.PUBLIC, Visibility.PUBLIC_BY_CONSENT);
		assertThat(Visibility.RESTRICTED.isPublic()).isFalse();
		assertThat(Visibility.CONSENT_WITHHELD.isPublic()).isFalse();
		assertThat(Visibility.NEVER_PUBLIC.isPublic()).isFalse();
	}

	@Test
	@DisplayName("A held record is withheld; anything the public may not know is absent")
	void publicState() {
		assertThat(PublicState.withheld(PublicHold.SUSPENDED).isWithheldBy(PublicHold.SUSPENDED)).isTrue();
		assertThat(PublicState.withheld(PublicHold.CONSENT_WITHDRAWN).isWithheldBy(PublicHold.SUSPENDED)).isFalse();
		assertThat(PublicState.ABSENT.isWithheldBy(PublicHold.SUSPENDED)).isFalse();
		assertThat(PublicState.VISIBLE.isVisible()).isTrue();
	}

	@Test
	@DisplayName("A change summary is required from the second version on and at most 1000 characters long")
	void changeSummary() {
		assertThat(ChangeSummary.problems("", false)).isEmpty();
		assertThat(ChangeSummary.problems("", true)).extracting(FieldError::messageKey)
			.containsExactly("publication.changeSummary.required");
		assertThat(ChangeSummary.problems("x".repeat(1001), true)).extracting(FieldError::field, FieldError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("changeSummary", "publication.changeSummary.tooLong"));
		assertThat(ChangeSummary.problems("x".repeat(1000), true)).isEqualTo(List.of());
	}

}
