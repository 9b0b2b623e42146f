package org.airegistry.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.airegistry.shell.components.DocumentMetadata;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The small rules of the first response and of malformed requests. */
class RequestChecksTest {

	@Test
	@DisplayName("Addresses must be percent-encoded UTF-8 without NUL")
	void wellFormed() {
		assertThat(MalformedRequestFilter.wellFormed("q=hiring&ms=DE")).isTrue();
		assertThat(MalformedRequestFilter.wellFormed("q=%C3%A4rzte+%E2%82%AC")).isTrue();
		assertThat(MalformedRequestFilter.wellFormed("/systems/AIR-000001")).isTrue();
		assertThat(MalformedRequestFilter.wellFormed("q=%C3%28")).as("invalid UTF-8").isFalse();
		assertThat(MalformedRequestFilter.wellFormed("q=%FF")).isFalse();
		assertThat(MalformedRequestFilter.wellFormed("q=%00")).as("NUL").isFalse();
		assertThat(MalformedRequestFilter.wellFormed("q=%G1")).as("not hex").isFalse();
		assertThat(MalformedRequestFilter.wellFormed("q=%4")).as("cut off").isFalse();
	}

	@Test
	@DisplayName("Language alternates replace an existing lang parameter")
	void withLanguage() {
		assertThat(FirstResponse.withLanguage("https://r.example/systems/AIR-000001", "de"))
			.isEqualTo("https://r.example/systems/AIR-000001?lang=de");
		assertThat(FirstResponse.withLanguage("https://r.example/search?q=cv&lang=en&ms=DE", "de"))
			.isEqualTo("https://r.example/search?q=cv&ms=DE&lang=de");
		assertThat(FirstResponse.withLanguage("https://r.example/search?lang=en", "de"))
			.isEqualTo("https://r.example/search?lang=de");
	}

	@Test
	@DisplayName("JSON-LD cannot close its script element")
	void scriptSafe() {
		assertThat(FirstResponse.scriptSafe("{\"name\":\"</script><b>&\"}"))
			.isEqualTo("{\"name\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"}");
	}

	@Test
	@DisplayName("Descriptions are one line of at most 200 characters, cut at a word")
	void description() {
		String long_ = "word ".repeat(100);
		DocumentMetadata metadata = DocumentMetadata.page("  Two\n lines  " + long_, "/systems/AIR-000001", null);
		assertThat(metadata.description()).startsWith("Two lines word").endsWith("…").doesNotContain("\n");
		assertThat(metadata.description().length()).isLessThanOrEqualTo(DocumentMetadata.DESCRIPTION_MAX + 1);
		assertThat(metadata.canonicalPath()).isEqualTo("systems/AIR-000001");
	}

	@Test
	@DisplayName("Every error status has a page: its own or that of its class")
	void errorPages() {
		assertThat(ErrorPage.forStatus(404)).isEqualTo(ErrorPage.NOT_FOUND);
		assertThat(ErrorPage.forStatus(451)).isEqualTo(ErrorPage.UNAVAILABLE_FOR_LEGAL_REASONS);
		assertThat(ErrorPage.forStatus(401)).isEqualTo(ErrorPage.FORBIDDEN);
		assertThat(ErrorPage.forStatus(415)).isEqualTo(ErrorPage.BAD_REQUEST);
		assertThat(ErrorPage.forStatus(502)).isEqualTo(ErrorPage.INTERNAL);
	}

}
