package org.airegistry.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

	@ParameterizedTest
	@ValueSource(strings = { "plain", "tab\tand\nnew\r\nlines", "invoice\u202Efdp.exe", "adm\u200Bin\uFEFF",
			"\uD83D\uDE00\uD835\uDC00 text", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "" })
	@DisplayName("Text, including right-to-left marks, zero-width characters and emoji, may be stored as typed")
	void clean(String text) {
		assertThat(FreeText.problem(text)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "nul\u0000", "bell\u0007", "escape\u001b", "delete\u007f", "c1\u0085" })
	@DisplayName("Control characters other than tab and line breaks are refused")
	void controlCharacters(String text) {
		assertThat(FreeText.problem(text)).isEqualTo(FreeText.CONTROL_CHARACTERS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "broken \uD800 surrogate", "low \uDC00 alone", "ends high \uD83D", "\uDE00\uD83D" })
	@DisplayName("Unpaired surrogates (no UTF-8 form, stored as '?') are refused")
	void unpairedSurrogates(String text) {
		assertThat(FreeText.problem(text)).isEqualTo(FreeText.BROKEN_CHARACTERS);
	}

	@Test
	void checkNamesTheField() {
		List<FieldError> problems = new ArrayList<>();
		FreeText.check(problems, "description", "a\u0000b");
		FreeText.check(problems, "title", "fine");
		assertThat(problems).singleElement()
			.satisfies(problem -> assertThat(problem.field()).isEqualTo("description"))
			.satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("validation.controlCharacters"));
	}

}
