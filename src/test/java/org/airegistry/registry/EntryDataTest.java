package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntryDataTest {

	@Test
	@DisplayName("Text is trimmed and member states are kept in a fixed order")
	void normalises() {
		EntryData data = new EntryData("  Name  ", "\tPurpose\n", EnumSet.of(MemberState.SE, MemberState.AT));
		assertThat(data.tradeName()).isEqualTo("Name");
		assertThat(data.intendedPurpose()).isEqualTo("Purpose");
		assertThat(data.memberStates()).containsExactly(MemberState.AT, MemberState.SE);
		assertThat(new EntryData(null, null, null)).isEqualTo(EntryData.empty());
	}

	@Test
	@DisplayName("A draft needs a trade name; lengths are limited with the limit and the actual length reported")
	void draftRules() {
		assertThat(new EntryData("", "", Set.of()).draftProblems())
			.extracting(FieldError::field, FieldError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("tradeName", "validation.required"));
		FieldError tooLong = new EntryData("ok", "p".repeat(10_000), Set.of()).draftProblems().getFirst();
		assertThat(tooLong.field()).isEqualTo("intendedPurpose");
		assertThat(tooLong.messageKey()).isEqualTo("validation.tooLong");
		assertThat(tooLong.arguments()).containsExactly(EntryData.INTENDED_PURPOSE_MAX, 10_000);
	}

	@Test
	@DisplayName("Script tags are ordinary text: accepted and kept verbatim (they are escaped when shown)")
	void scriptIsJustText() {
		EntryData data = new EntryData("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
				Set.of(MemberState.DE));
		assertThat(data.publicationProblems()).isEmpty();
		assertThat(data.tradeName()).isEqualTo("<script>alert(1)</script>");
	}

	@Test
	@DisplayName("Control characters are refused; line breaks and tabs are fine")
	void controlCharacters() {
		assertThat(new EntryData("Name\u0007", "a\nb\tc", Set.of(MemberState.DE)).draftProblems())
			.extracting(FieldError::messageKey)
			.containsExactly("validation.controlCharacters");
	}

	@Test
	@DisplayName("Annex VIII A.5 and A.10: publication needs an intended purpose and at least one Member State")
	void publicationRules() {
		assertThat(new EntryData("Name", "", Set.of()).publicationProblems()).extracting(FieldError::field)
			.containsExactly("intendedPurpose", "memberStates");
	}

}
