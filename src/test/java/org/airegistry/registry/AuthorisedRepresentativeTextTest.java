package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.airegistry.organisation.OrganisationContact;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one rule of Annex VIII A.3 / B.3 (Art 22(3), DD067): what a version stores for each
 * state of the mandate, and how the public page (in the reader's language) and the API
 * and downloads (in English) show it.
 */
class AuthorisedRepresentativeTextTest {

	static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

	static final OrganisationContact REPRESENTATIVE = new OrganisationContact(OrganisationId.random(), "EU Rep GmbH",
			"Hauptstraße 1, 10115 Berlin", "DE", "mandates@eurep.example");

	static RepresentativeMandate mandate(MandateState state, @Nullable OrganisationContact representative,
			Instant expiresAt) {
		return new RepresentativeMandate(UUID.randomUUID(), AiSystemId.random(), "person@eurep.example",
				"What the provider typed", state, NOW.minusSeconds(60), expiresAt, null, representative);
	}

	static Stream<Arguments> cases() {
		Instant later = NOW.plus(RepresentativeMandate.VALIDITY);
		return Stream.of(
				Arguments.of("Art 22(1), Annex VIII A.3: no representative named: A.3 stays empty", null, "", "", ""),
				Arguments.of("Art 22(3), Annex VIII A.3: invited, not yet confirmed: a statement without the name",
						mandate(MandateState.INVITED, null, later), AuthorisedRepresentativeText.PENDING,
						"An authorised representative has been named; it has not yet confirmed its mandate (Art 22(3)).",
						"Ein Bevollmächtigter wurde benannt; er hat seinen Auftrag noch nicht bestätigt (Art. 22 Abs. 3)."),
				Arguments.of(
						"Art 22(3), Annex VIII A.3: an invitation expired without an answer is still named, not confirmed",
						mandate(MandateState.INVITED, null, NOW.minusSeconds(1)), AuthorisedRepresentativeText.PENDING,
						"An authorised representative has been named; it has not yet confirmed its mandate (Art 22(3)).",
						"Ein Bevollmächtigter wurde benannt; er hat seinen Auftrag noch nicht bestätigt (Art. 22 Abs. 3)."),
				Arguments.of(
						"Art 22(3), Annex VIII A.3: confirmed: the representative's own legal name, address, country and "
								+ "functional contact, never the provider's text",
						mandate(MandateState.CONFIRMED, REPRESENTATIVE, later), REPRESENTATIVE.asText(),
						"EU Rep GmbH\nHauptstraße 1, 10115 Berlin\nDE\nmandates@eurep.example",
						"EU Rep GmbH\nHauptstraße 1, 10115 Berlin\nDE\nmandates@eurep.example"),
				Arguments.of("Art 22(3), Annex VIII A.3: declined: a statement without the name",
						mandate(MandateState.DECLINED, REPRESENTATIVE, later), AuthorisedRepresentativeText.DECLINED,
						"The authorised representative named by the provider declined the mandate (Art 22(3)).",
						"Der vom Anbieter benannte Bevollmächtigte hat den Auftrag abgelehnt (Art. 22 Abs. 3)."),
				Arguments.of("Art 22(3), Annex VIII A.3: withdrawn by the provider: A.3 is empty from the next version",
						mandate(MandateState.WITHDRAWN, null, later), "", "", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void a3FollowsTheMandate(String name, @Nullable RepresentativeMandate mandate, String stored, String english,
			String german) {
		Translations texts = Translations.standard();
		assertThat(AuthorisedRepresentativeText.stored(mandate)).isEqualTo(stored);
		assertThat(AuthorisedRepresentativeText.english(stored)).as("API and downloads").isEqualTo(english);
		assertThat(AuthorisedRepresentativeText.shown(stored,
				(key, arguments) -> texts.text(key, Locale.GERMAN, arguments)))
			.as("the public page in German")
			.isEqualTo(german);
		assertThat(AuthorisedRepresentativeText.shown(stored,
				(key, arguments) -> texts.text(key, Locale.ENGLISH, arguments)))
			.as("the page and the API say the same")
			.isEqualTo(AuthorisedRepresentativeText.english(stored));
		assertThat(english).doesNotContain("What the provider typed").doesNotContain("person@eurep.example");
		if (mandate != null) {
			assertThat(mandate.expired(NOW))
				.isEqualTo(mandate.state() == MandateState.INVITED && !NOW.isBefore(mandate.expiresAt()));
		}
	}

}
