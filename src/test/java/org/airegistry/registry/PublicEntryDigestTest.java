package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.airegistry.publication.CanonicalJson;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A digest's content read straight from a version's stored JSON (DD090) equals the digest
 * of the whole entry read from the same JSON.
 */
class PublicEntryDigestTest {

	static Stream<EntryData> contents() {
		EntryData sample = EntryData.sectionA(ContentLanguage.EN, AnnexIIIPoint.P4A, false, "", "", "Shortlister",
				"v1.0", "Screens job applications.", "CV parser.", "CVs and vacancy texts.", EntryStatus.ON_MARKET,
				Certificate.none(), EnumSet.of(MemberState.DE, MemberState.FR), "https://example.org/doc.pdf",
				"https://example.org/instructions", "");
		EntryData sectionB = new EntryData(ContentLanguage.FR, AnnexIIIPoint.P5B, false, "Submitter", "Rep",
				"Évaluateur", "v1", "Évalue les demandes de crédit.", "", "", EntryStatus.RECALLED,
				new Certificate("", "", null, "", ""), EnumSet.of(MemberState.FR, MemberState.BE), "", "", "",
				Classification.SECTION_B,
				new SectionB(EnumSet.of(Art63Condition.A_NARROW_PROCEDURAL_TASK), false, "Grounds"),
				EntryDocuments.none());
		EntryData certified = new EntryData(ContentLanguage.DE, AnnexIIIPoint.P1A, true, "Submitter",
				"Authorised Rep GmbH", "Grenzprüfer", "v2", "Prüft Dokumente an der Grenze.", "Komponenten",
				"Daten und Logik", EntryStatus.NO_LONGER_IN_SERVICE,
				new Certificate("EU type-examination", "C-1", LocalDate.of(2030, 1, 1), "Body", "1234"),
				EnumSet.allOf(MemberState.class), "https://example.org/doc", "https://example.org/ifu",
				"https://example.org/more", Classification.SECTION_A, SectionB.none(), EntryDocuments.none());
		// no Annex III point, no status, no Member States: the optional properties absent
		EntryData sparse = EntryData.sectionA(ContentLanguage.NL, null, false, "", "", "  Rooster  ", "", "", "", "",
				null, Certificate.none(), Set.of(), "", "", "");
		return Stream.of(sample, sectionB, certified, sparse);
	}

	@ParameterizedTest
	@MethodSource("contents")
	@DisplayName("Read from the stored JSON, a digest's content equals the whole entry's")
	void contentFromStoredJsonEqualsTheWholeEntrys(EntryData data) {
		String stored = CanonicalJson.write(data);

		PublicEntryDigest.Content read = CanonicalJson.read(stored, PublicEntryDigest.Content.class);

		assertThat(read).isEqualTo(PublicEntryDigest.Content.of(CanonicalJson.read(stored, EntryData.class)))
			.isEqualTo(PublicEntryDigest.Content.of(data));
		assertThat(read.memberStates()).containsExactlyElementsOf(data.memberStates());
	}

	@Test
	@DisplayName("JSON stored before language and Section B existed reads as the whole entry reads it")
	void olderStoredJson() {
		String older = """
				{"tradeName":" Old Name ","intendedPurpose":"Old purpose","memberStates":["SE","AT"],"status":"ON_MARKET"}""";

		PublicEntryDigest.Content read = CanonicalJson.read(older, PublicEntryDigest.Content.class);

		assertThat(read).isEqualTo(PublicEntryDigest.Content.of(CanonicalJson.read(older, EntryData.class)));
		assertThat(read.language()).isEqualTo(ContentLanguage.EN);
		assertThat(read.classification()).isEqualTo(Classification.SECTION_A);
		assertThat(read.tradeName()).isEqualTo("Old Name");
		assertThat(read.memberStates()).containsExactly(MemberState.AT, MemberState.SE);
	}

}
