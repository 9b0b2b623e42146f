package org.airegistry.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which highlighted field becomes the snippet of a hit. */
class SnippetChoiceTest {

	@Test
	@DisplayName("The folded field's fragment wins when it marks a word")
	void foldedFirst() {
		assertThat(ElasticsearchSearchService.snippet(Map.of("intended_purpose", List.of("<mark>Haus</mark> A"),
				"lang.de.purpose", List.of("<mark>Haus</mark> B"))))
			.contains("<mark>Haus</mark> A");
	}

	@Test
	@DisplayName("A word found only by its stem is marked from the language field")
	void languageFieldWhenOnlyTheStemMatched() {
		assertThat(ElasticsearchSearchService.snippet(Map.of("intended_purpose", List.of("Bewertet Häuser"),
				"lang.en.purpose", List.of(), "lang.de.purpose", List.of("Bewertet <mark>Häuser</mark>"))))
			.contains("Bewertet <mark>Häuser</mark>");
	}

	@Test
	@DisplayName("Without any mark the start of the purpose is shown; without highlights nothing")
	void unmarked() {
		assertThat(ElasticsearchSearchService.snippet(Map.of("intended_purpose", List.of("Bewertet Häuser"))))
			.contains("Bewertet Häuser");
		assertThat(ElasticsearchSearchService.snippet(Map.of())).isEmpty();
	}

}
