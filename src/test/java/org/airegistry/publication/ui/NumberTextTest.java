package org.airegistry.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers typed in the UI's language (issue 19: "3,8E25" was refused in French and
 * German), read and shown per language, and what is shown reads back to the same number.
 */
class NumberTextTest {

	record Typed(Locale locale, String text, String number) {

		@Override
		public String toString() {
			return locale.getLanguage() + " " + text;
		}

	}

	static Stream<Typed> accepted() {
		return Stream.of(new Typed(Locale.ENGLISH, "3.8E25", "3.8E25"), new Typed(Locale.ENGLISH, "3.8e25", "3.8E25"),
				new Typed(Locale.ENGLISH, "3.8×10^25", "3.8E25"), new Typed(Locale.ENGLISH, "7,000,000,000", "7E9"),
				new Typed(Locale.ENGLISH, "1234.5", "1234.5"), new Typed(Locale.GERMAN, "3,8E25", "3.8E25"),
				new Typed(Locale.GERMAN, "3.8E25", "3.8E25"), new Typed(Locale.GERMAN, "7.000.000.000", "7E9"),
				new Typed(Locale.GERMAN, "1234,5", "1234.5"), new Typed(Locale.FRENCH, "3,8E25", "3.8E25"),
				new Typed(Locale.FRENCH, "7\u202f000\u202f000\u202f000", "7E9"),
				new Typed(Locale.FRENCH, "7 000 000 000", "7E9"), new Typed(Locale.FRENCH, "3.8", "3.8"),
				new Typed(Locale.of("nl"), "3,8E25", "3.8E25"), new Typed(Locale.of("nl"), "7.000.000.000", "7E9"),
				new Typed(Locale.of("pl"), "3,8E25", "3.8E25"),
				new Typed(Locale.of("pl"), "7\u00a0000\u00a0000\u00a0000", "7E9"),
				new Typed(Locale.ITALIAN, "3,8E25", "3.8E25"), new Typed(Locale.ITALIAN, "7.000.000.000", "7E9"),
				new Typed(Locale.of("es"), "3,8E25", "3.8E25"), new Typed(Locale.of("es"), "1234,5", "1234.5"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	@DisplayName("Numbers are read in the UI's language")
	void reads(Typed typed) {
		assertThat(NumberText.parseDecimal(typed.text(), typed.locale()))
			.isEqualByComparingTo(new BigDecimal(typed.number()));
	}

	static Stream<Typed> refused() {
		return Stream.of(new Typed(Locale.ENGLISH, "3,8", ""), new Typed(Locale.GERMAN, "3.8", ""),
				new Typed(Locale.GERMAN, "1.00.000", ""), new Typed(Locale.ENGLISH, "lots", ""),
				new Typed(Locale.FRENCH, "E25", ""), new Typed(Locale.ITALIAN, "3,8E", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	@DisplayName("A separator that fits neither reading is refused, not guessed")
	void refuses(Typed typed) {
		assertThatThrownBy(() -> NumberText.parseDecimal(typed.text(), typed.locale()))
			.isInstanceOf(NumberFormatException.class);
	}

	static Stream<Locale> languages() {
		return Stream.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.of("nl"), Locale.of("pl"), Locale.ITALIAN,
				Locale.of("es"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	@DisplayName("What a form shows reads back to the same number, in every language")
	void roundTrip(Locale locale) {
		for (String number : new String[] { "3.8E25", "1E25", "12345.25", "0.5", "1.2345E-7" }) {
			String shown = NumberText.formatDecimal(new BigDecimal(number), locale);
			assertThat(NumberText.parseDecimal(shown, locale)).as(shown).isEqualByComparingTo(new BigDecimal(number));
		}
		String shown = NumberText.formatWhole(7_000_000_000L, locale);
		assertThat(NumberText.parseWhole(shown, locale)).as(shown).isEqualTo(7_000_000_000L);
		assertThat(NumberText.parseWhole("1.5E12", locale)).isEqualTo(1_500_000_000_000L);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	@DisplayName("Scientific notation is shown with the language's decimal separator")
	void showsScientific(Locale locale) {
		String separator = Locale.ENGLISH.equals(locale) ? "." : ",";
		assertThat(NumberText.formatDecimal(new BigDecimal("3.8E25"), locale)).isEqualTo("3" + separator + "8E25");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	@DisplayName("A whole number with a fraction is refused")
	void wholeRefusesFraction(Locale locale) {
		assertThatThrownBy(() -> NumberText.parseWhole("1.5E0", locale)).isInstanceOf(NumberFormatException.class);
	}

}
