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
			de | Art 27(1), Annex III point 5(b), 5(c) | Art. 27 Abs. 1, Anhang III Nr. 5 Buchst. b, Nr. 5 Buchst. c
			fr | Annex III point 5(b), 5(c)     | annexe III, point 5 b), point 5 c)
			pl | Annex III point 5(b), 5(c)     | załącznik III pkt 5 lit. b), pkt 5 lit. c)
			it | Annex III point 5(b), 5(c)     | allegato III, punto 5, lettera b), punto 5, lettera c)
			de | Art 27(1), Recital 96           | Art. 27 Abs. 1, Erwägungsgrund 96
			fr | Recital 131                     | considérant 131
			nl | Recital 131                     | overweging 131
			pl | Recital 131                     | motyw 131
			es | Recital 131                     | considerando 131
			de | Art 113, Reg. (EU) 2026/1744    | Art. 113, Verordnung (EU) 2026/1744
			fr | Art 113, Reg. (EU) 2026/1744    | art. 113, règlement (UE) 2026/1744
			pl | Art 113, Reg. (EU) 2026/1744    | art. 113, rozporządzenie (UE) 2026/1744
			de | Art 51-55, Art 88               | Art. 51 bis 55, Art. 88
			it | Art 51–55                       | artt. da 51 a 55
			en | Annex III point 5(b), 5(c), Recital 96 | Annex III point 5(b), 5(c), Recital 96
			sv | Art 6(2)                       | Art 6(2)
			de | no citation here (see below)   | no citation here (see below)
			""")
	void citation(String language, String english, String expected) {
		assertThat(Citations.format(english, Locale.of(language))).isEqualTo(expected);
	}

}
