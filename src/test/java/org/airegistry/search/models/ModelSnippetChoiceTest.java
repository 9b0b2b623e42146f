package org.airegistry.search.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which highlighted model field becomes the snippet of a model hit. */
class ModelSnippetChoiceTest {

	@Test
	@DisplayName("Tasks before description before name; a marked fragment beats an unmarked one")
	void markedFragmentInFieldOrder() {
		assertThat(ElasticsearchModelSearch.snippet(Map.of("intended_tasks", List.of("Summarises reports"),
				"description", List.of("A <mark>coder</mark> model"), "name", List.of("<mark>Coder</mark> 7B"))))
			.contains("A <mark>coder</mark> model");
		assertThat(ElasticsearchModelSearch.snippet(Map.of("intended_tasks", List.of("<mark>Coding</mark> help"),
				"name", List.of("<mark>Coder</mark> 7B"))))
			.contains("<mark>Coding</mark> help");
	}

	@Test
	@DisplayName("A word found only by its stem is marked from the language sub-field")
	void languageSubField() {
		assertThat(ElasticsearchModelSearch.snippet(Map.of("intended_tasks", List.of("Bewertet Häuser"),
				"intended_tasks.de", List.of("Bewertet <mark>Häuser</mark>"))))
			.contains("Bewertet <mark>Häuser</mark>");
	}

	@Test
	@DisplayName("Nothing marked: the tasks' start; nothing highlighted at all: no snippet")
	void unmarked() {
		assertThat(ElasticsearchModelSearch.snippet(Map.of("intended_tasks", List.of("Summarises reports"))))
			.contains("Summarises reports");
		assertThat(ElasticsearchModelSearch.snippet(Map.of())).isEmpty();
	}

}
