package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.airegistry.publication.ShownField;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of Section B entries and of documents, without Spring. */
class SectionBRulesTest {

	static final String SHA = "a".repeat(64);

	static EntryData sectionB(Set<Art63Condition> conditions, boolean profiling, String grounds,
			Set<MemberState> states) {
		return TestData.sample("B System")
			.withMemberStates(states)
			.asSectionB(new SectionB(conditions, profiling, grounds))
			.minimisedForSection(false)
			.withMemberStates(states);
	}

	@Test
	@DisplayName("Art 6(3), third subparagraph: profiling refuses Section B, already for a draft")
	void profiling() {
		EntryData data = sectionB(Set.of(Art63Condition.A_NARROW_PROCEDURAL_TASK), true, "", Set.of());
		assertThat(data.draftProblems(Point1Policy.LE_OR_MIGRATION_USE_ONLY, true))
			.extracting(FieldError::field, FieldError::messageKey)
			.containsExactly(tuple("sectionB.performsProfiling", "validation.sectionB.profiling"));
	}

	@Test
	@DisplayName("Annex VIII B.6: at least one Art 6(3) condition (a)-(d)")
	void conditionRequired() {
		EntryData data = sectionB(Set.of(), false, "", Set.of());
		assertThat(data.publicationProblems(Point1Policy.LE_OR_MIGRATION_USE_ONLY, true)).extracting(FieldError::field)
			.containsExactly("sectionB.conditions");
		assertThat(sectionB(Set.of(Art63Condition.C_DETECTS_PATTERNS), false, "", Set.of())
			.publicationProblems(Point1Policy.LE_OR_MIGRATION_USE_ONLY, true)).isEmpty();
	}

	@Test
	@DisplayName("Reg. 2026/1744 Art 1(42): with the amendment B.7 and B.9 are refused; without it they are required")
	void omnibus() {
		EntryData withBoth = sectionB(Set.of(Art63Condition.A_NARROW_PROCEDURAL_TASK), false, "Sorts only.",
				Set.of(MemberState.DE));
		assertThat(withBoth.draftProblems(Point1Policy.LE_OR_MIGRATION_USE_ONLY, true))
			.extracting(FieldError::field, FieldError::messageKey)
			.containsExactlyInAnyOrder(tuple("sectionB.notHighRiskGrounds", "validation.sectionB.removedByOmnibus"),
					tuple("memberStates", "validation.sectionB.removedByOmnibus"));
		assertThat(withBoth.publicationProblems(Point1Policy.LE_OR_MIGRATION_USE_ONLY, false)).isEmpty();
		EntryData without = sectionB(Set.of(Art63Condition.A_NARROW_PROCEDURAL_TASK), false, "", Set.of());
		assertThat(without.publicationProblems(Point1Policy.LE_OR_MIGRATION_USE_ONLY, false))
			.extracting(FieldError::field)
			.containsExactlyInAnyOrder("sectionB.notHighRiskGrounds", "memberStates");
	}

	@Test
	@DisplayName("Art 49(2): Section A items are not asked of Section B entries")
	void sectionAItemsRefused() {
		EntryData data = TestData.sample("Mixed")
			.asSectionB(new SectionB(Set.of(Art63Condition.A_NARROW_PROCEDURAL_TASK), false, ""));
		assertThat(data.draftProblems(Point1Policy.LE_OR_MIGRATION_USE_ONLY, true)).extracting(FieldError::messageKey)
			.contains("validation.sectionB.notAsked");
	}

	@Test
	@DisplayName("Art 49(4): a Section B entry in the non-public section holds neither B.6 nor B.7")
	void restrictedSectionB() {
		EntryData data = sectionB(Set.of(Art63Condition.A_NARROW_PROCEDURAL_TASK), false, "", Set.of())
			.withAnnexIIIPoint(AnnexIIIPoint.P6B, false);
		assertThat(data.draftProblems(Point1Policy.LE_OR_MIGRATION_USE_ONLY, true)).extracting(FieldError::field)
			.containsExactly("sectionB.conditions");
		assertThat(
				data.minimisedForRestrictedSection().publicationProblems(Point1Policy.LE_OR_MIGRATION_USE_ONLY, true))
			.isEmpty();
	}

	@Test
	@DisplayName("Annex VIII A.8/A.9: certificate and scan go together; A.11 may be a PDF instead of an address")
	void documents() {
		Certificate certificate = new Certificate("EU type-examination", "NB-1", LocalDate.of(2030, 1, 1), "Body",
				"1234");
		EntryData noScan = TestData.sample("Certified").withCertificate(certificate);
		assertThat(noScan.publicationProblems()).extracting(FieldError::field, FieldError::messageKey)
			.containsExactly(tuple("documents.CERTIFICATE_SCAN", "validation.certificateScan.required"));
		StoredDocument scan = new StoredDocument(SHA, "scan.pdf", 100);
		assertThat(noScan.withDocuments(EntryDocuments.none().with(DocumentKind.CERTIFICATE_SCAN, scan))
			.publicationProblems()).isEmpty();
		assertThat(TestData.sample("Scan only")
			.withDocuments(EntryDocuments.none().with(DocumentKind.CERTIFICATE_SCAN, scan))
			.publicationProblems()).extracting(FieldError::messageKey)
			.containsExactly("validation.certificateScan.noCertificate");
		EntryData pdfDeclaration = EntryData
			.sectionA(TestData.sample("Pdf").language(), AnnexIIIPoint.P4A, false, "", "", "Pdf", "", "Purpose",
					"Parts", "Data", EntryStatus.ON_MARKET, Certificate.none(), Set.of(MemberState.DE), "",
					"https://example.org/ifu", "")
			.withDocuments(EntryDocuments.none()
				.with(DocumentKind.DECLARATION_OF_CONFORMITY, new StoredDocument(SHA, "doc.pdf", 1)));
		assertThat(pdfDeclaration.publicationProblems()).isEmpty();
	}

	@Test
	@DisplayName("Annex VIII B.7 and B.9 in earlier versions show as no longer required")
	void noLongerRequiredLabels() {
		EntryData old = sectionB(Set.of(Art63Condition.B_IMPROVES_HUMAN_ACTIVITY), false, "Improves spelling.",
				Set.of(MemberState.AT));
		assertThat(EntryFields.describe(old, (key, arguments) -> key, Locale.ENGLISH, true))
			.extracting(ShownField::labelKey, ShownField::annexKey)
			.contains(tuple("field.sectionB.notHighRiskGrounds", "annex.B7.removed"),
					tuple("field.memberStates", "annex.B9.removed"), tuple("field.sectionB.conditions", "annex.B6"));
		assertThat(EntryFields.describe(old, (key, arguments) -> key, Locale.ENGLISH, false))
			.extracting(ShownField::annexKey)
			.contains("annex.B7", "annex.B9");
	}

	@Test
	@DisplayName("Comparing a Section A version with a Section B version lists the fields only one of them has")
	void compareAcrossSections() {
		EntryData a = TestData.sample("Switch");
		EntryData b = sectionB(Set.of(Art63Condition.A_NARROW_PROCEDURAL_TASK), false, "", Set.of());
		assertThat(new EntryFields(true).compare(a, b.withTradeName("Switch"), (key, arguments) -> key, Locale.ENGLISH))
			.extracting(change -> change.after().labelKey())
			.contains("field.classification", "field.sectionB.conditions", "field.componentsAndFunctions");
	}

	@Test
	@DisplayName("Stored JSON from before Section B reads as a Section A entry")
	void oldJsonIsSectionA() {
		EntryData old = EntryData.of("Old", "P", Set.of(MemberState.DE));
		assertThat(old.classification()).isEqualTo(Classification.SECTION_A);
		assertThat(old.sectionB()).isEqualTo(SectionB.none());
		assertThat(old.documents().nothingAttached()).isTrue();
	}

}
