package org.airegistry.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.PublicEntry;
import org.airegistry.search.InMemoryRegistryQueries;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SearchDocumentsTest {

	@Test
	@DisplayName("The search document holds the public fields of the latest version and reads back the same")
	void roundTrip() {
		PublicEntry entry = InMemoryRegistryQueries.entry(AiSystemId.random(), "EU-AI-000042", 3, "Credit Scorer",
				"Scores credit applications", "Acme Bank", Set.of(MemberState.EL, MemberState.AT),
				Instant.parse("2025-01-01T10:00:00.123456Z"));

		Map<String, Object> source = SearchDocuments.toSource(entry);

		assertThat(source).containsEntry("registration_number", "EU-AI-000042")
			.containsEntry("trade_name", "Credit Scorer")
			.containsEntry("intended_purpose", "Scores credit applications")
			.containsEntry("provider_name", "Acme Bank")
			.containsEntry("provider_id", entry.providerId().toString())
			.containsEntry("version", 3)
			.containsEntry("published_at", "2025-01-01T10:00:00.123456Z")
			.containsKeys("first_published_at", "trade_name_suggest");
		assertThat(source.get("member_states")).isEqualTo(java.util.List.of("AT", "EL"));
		assertThat(SearchDocuments.memberStates(source)).containsExactlyInAnyOrder(MemberState.AT, MemberState.EL);
		assertThat(SearchDocuments.instant(source, "published_at")).isEqualTo(entry.publishedAt());
		assertThat(SearchDocuments.id(entry)).isEqualTo(entry.id().toString());
	}

	@Test
	@DisplayName("The entry's texts go to the fields of its own language only")
	void ownLanguageFields() {
		PublicEntry english = InMemoryRegistryQueries.entry(AiSystemId.random(), "EU-AI-000043", 1, "Schichtplan",
				"Übernimmt die Schichtplanung", "Lagerwerk", Set.of(MemberState.DE),
				Instant.parse("2025-01-01T10:00:00Z"));
		PublicEntry entry = new PublicEntry(english.id(), english.registrationNumber(), english.providerId(),
				english.providerName(), 1, 1, english.data().withLanguage(org.airegistry.registry.ContentLanguage.DE),
				"", english.firstPublishedAt(), english.publishedAt(), english.contentSha256());

		Map<String, Object> source = SearchDocuments.toSource(entry);

		assertThat(source).containsEntry("language", "DE")
			.containsEntry("lang",
					Map.of("de", Map.of("name", "Schichtplan", "purpose", "Übernimmt die Schichtplanung")));
	}

	@Test
	@DisplayName("Names complete from every word and word-part start")
	void nameStarts() {
		assertThat(SearchDocuments.nameStarts("NordCredit Scoring-Engine")).containsExactly("NordCredit Scoring-Engine",
				"Credit Scoring-Engine", "Scoring-Engine", "Engine");
		assertThat(SearchDocuments.nameStarts("Müller")).containsExactly("Müller");
	}

	@Test
	@DisplayName("Times are read back exactly as Instant.parse reads them, whatever their precision; other forms go to it too")
	void instantsAsInstantParse() {
		java.util.Random random = new java.util.Random(42);
		for (int i = 0; i < 100_000; i++) {
			// 0001-01-01 to 9999-12-31, with 0, 3, 6 or 9 digits of fraction
			Instant instant = Instant.ofEpochSecond(-62_135_596_800L + (long) (random.nextDouble() * 315_537_897_599L),
					switch (i % 4) {
						case 0 -> 0;
						case 1 -> random.nextInt(1000) * 1_000_000;
						case 2 -> random.nextInt(1_000_000) * 1_000;
						default -> random.nextInt(1_000_000_000);
					});
			String text = instant.toString();
			assertThat(SearchDocuments.parseInstant(text)).as(text).isEqualTo(Instant.parse(text)).isEqualTo(instant);
		}
		for (String other : java.util.List.of("2025-01-01T10:00:00.1Z", "2025-01-01T10:00:00.12345Z",
				"2025-01-01T10:00:00+02:00", "+12025-01-01T10:00:00Z", "2016-12-31T23:59:60Z",
				"2025-01-01T24:00:00Z")) {
			assertThat(SearchDocuments.parseInstant(other)).as(other).isEqualTo(Instant.parse(other));
		}
		for (String invalid : java.util.List.of("2025-02-30T10:00:00Z", "2025-13-01T10:00:00Z", "2025-01-01T10:00:00",
				"2025-01-01T10:0a:00Z", "2025-01-01T10:00:-1Z", "")) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> SearchDocuments.parseInstant(invalid))
				.as(invalid)
				.isInstanceOf(java.time.format.DateTimeParseException.class);
		}
	}

}
