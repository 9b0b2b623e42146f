package org.airegistry.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.EntryText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CorpusWordsTest {

	@Test
	@DisplayName("An entry in a compounding language contributes the words of its purpose and name, lower-cased, "
			+ "from 4 to 24 letters; other languages contribute none")
	void contribution() {
		EntryText german = new EntryText(ContentLanguage.DE, "Schichtplaner",
				"Plant Schichten im Krankenhaus, KI für Dienstpläne und Überstundenausgleichsberechnungsverfahren");

		assertThat(CorpusWords.of(german)).isEqualTo(new CorpusWords.Contribution("de",
				List.of("plant", "schichten", "krankenhaus", "dienstpläne", "schichtplaner")));
		assertThat(CorpusWords.of(new EntryText(ContentLanguage.EN, "Shift Planner", "Plans hospital shifts")))
			.isEqualTo(CorpusWords.Contribution.NONE);
	}

	@Test
	@DisplayName("Counting entries and adding kept counts give the same corpus words")
	void keptCountsReadBack() {
		EntryText one = new EntryText(ContentLanguage.NL, "Roosterplanner", "Maakt roosters voor ziekenhuizen");
		EntryText two = new EntryText(ContentLanguage.NL, "Roosterhulp", "Maakt roosters voor scholen");
		CorpusWords counted = new CorpusWords();
		counted.add(List.of(one, two));
		CorpusWords kept = new CorpusWords();
		counted.counts().forEach((language, words) -> words.forEach((word, n) -> kept.add(language, word, n)));

		assertThat(kept.counts()).isEqualTo(counted.counts());
		assertThat(kept.words("nl")).containsExactly("maakt", "roosters", "voor");
	}

}
