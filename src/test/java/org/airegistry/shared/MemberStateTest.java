package org.airegistry.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemberStateTest {

	@Test
	@DisplayName("The 27 EU Member States, with the EU code EL for Greece")
	void allMemberStates() {
		assertThat(MemberState.values()).hasSize(27);
		assertThat(MemberState.fromCode("gr")).contains(MemberState.EL);
		assertThat(MemberState.fromCode("EL")).contains(MemberState.EL);
		assertThat(MemberState.fromCode("UK")).isEmpty();
		assertThat(MemberState.EL.isoCode()).isEqualTo("GR");
	}

	@Test
	@DisplayName("Every code is read as written, in lower case and with blanks around it; anything else is no Member State")
	void everyCodeInEverySpelling() {
		for (MemberState state : MemberState.values()) {
			assertThat(MemberState.fromCode(state.name())).contains(state);
			assertThat(MemberState.fromCode(state.isoCode())).contains(state);
			assertThat(MemberState.fromCode(" " + state.name().toLowerCase(Locale.ROOT) + "\t")).contains(state);
		}
		assertThat(MemberState.fromCode("")).isEmpty();
		assertThat(MemberState.fromCode("D")).isEmpty();
		assertThat(MemberState.fromCode("DEU")).isEmpty();
		assertThat(MemberState.fromCode("XX")).isEmpty();
	}

	@Test
	@DisplayName("Member State names are localised")
	void localisedNames() {
		assertThat(MemberState.DE.displayName(Locale.GERMAN)).isEqualTo("Deutschland");
		assertThat(MemberState.DE.displayName(Locale.ENGLISH)).isEqualTo("Germany");
		assertThat(MemberState.EL.displayName(Locale.ENGLISH)).isEqualTo("Greece");
	}

}
