package org.airegistry.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each language cites the Act as its official version does. */
class CitationsTest {

	@ParameterizedTest(name = "{0}: {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			en | Art 6(2), Annex III point 4(a) | Art 6(2), Annex III point 4(a)
			de | Art 6(2), Annex III point 4(a) | Art. 6 Abs. 2, Anhang III Nr. 4 Buchst. a
			de | Art 5(1)(c)                    | Art. 5 Abs. 1 Buchst. c
			de | Art 3(63), Art 53(1)            | Art. 3 Nr. 63, Art. 53 Abs. 1
			de | Art 6(3) third subparagraph     | Art. 6 Abs. 3 Unterabs. 3
			de | Art 49(1), Annex VIII Section A | Art. 49 Abs. 1, Anhang VIII Abschnitt A
			de | Annex VIII A.8                  | Anhang VIII A.8
			de | Art 27(2), 27(3)                | Art. 27 Abs. 2, 27 Abs. 3
			de | Art 8–15                        | Art. 8 bis 15
			de | Art 53(1)(a), Annex XI          | Art. 53 Abs. 1 Buchst. a, Anhang XI
			fr | Art 6(2), Annex III point 4(a) | art. 6, par. 2, annexe III, point 4 a)
			fr | Art 5(1)(c)                    | art. 5, par. 1, point c)
			nl | Annex III point 4(a)           | bijlage III, punt 4, a)
			nl | Art 6(2)                       | art. 6, lid 2
			it | Art 6(2), Annex III point 4(a) | art. 6, par. 2, allegato III, punto 4, lettera a)
			es | Art 6(2), Annex III point 4(a) | art. 6, apdo. 2, anexo III, punto 4, letra a)
			pl | Art 6(2), Annex III point 4(a) | art. 6 ust. 2, załącznik III pkt 4 lit. a)
			pl | Art 5(1)(c)                    | art. 5 ust. 1 lit. c)
			pl | Annex VIII Section A            | załącznik VIII sekcja A
			sv | Art 6(2)                       | Art 6(2)
			de | no citation here (see below)   | no citation here (see below)
			""")
	void citation(String language, String english, String expected) {
		assertThat(Citations.format(english, Locale.of(language))).isEqualTo(expected);
	}

}
