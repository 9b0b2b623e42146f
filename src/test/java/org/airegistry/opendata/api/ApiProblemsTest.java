package org.airegistry.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiProblemsTest {

	@Test
	@DisplayName("Problems speak the offered language the client wants most, by language; English otherwise")
	void languageOfProblems() {
		assertThat(ApiProblems.language(null)).isEqualTo(Locale.ENGLISH);
		assertThat(ApiProblems.language(" ")).isEqualTo(Locale.ENGLISH);
		assertThat(ApiProblems.language("de-AT, en;q=0.5").getLanguage()).isEqualTo("de");
		assertThat(ApiProblems.language("fi, fr;q=0.8, de;q=0.9").getLanguage()).isEqualTo("de");
		assertThat(ApiProblems.language("pl;q=0, nl;q=0.1").getLanguage()).isEqualTo("nl");
		assertThat(ApiProblems.language("*")).isEqualTo(Locale.ENGLISH);
		assertThat(ApiProblems.language("fi")).isEqualTo(Locale.ENGLISH);
		assertThat(ApiProblems.language("de;q=nonsense")).isEqualTo(Locale.ENGLISH);
	}

}
