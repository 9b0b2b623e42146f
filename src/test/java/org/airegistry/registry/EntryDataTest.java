package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.airegistry.publication.CanonicalJson;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntryDataTest {

	@Test
	@DisplayName("Text is trimmed and member states are kept in a fixed order")
	void normalises() {
		EntryData data = EntryData.of("  Name  ", "\tPurpose\n", EnumSet.of(MemberState.SE, MemberState.AT));
		assertThat(data.tradeName()).isEqualTo("Name");
		assertThat(data.intendedPurpose()).isEqualTo("Purpose");
		assertThat(data.memberStates()).containsExactly(MemberState.AT, MemberState.SE);
		assertThat(EntryData.of(null, null, null)).isEqualTo(EntryData.empty());
	}

	@Test
	@DisplayName("A draft needs a trade name; lengths are limited with the limit and the actual length reported")
	void draftRules() {
		assertThat(EntryData.of("", "", Set.of()).draftProblems()).extracting(FieldError::field, FieldError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("tradeName", "validation.required"));
		FieldError tooLong = EntryData.of("ok", "p".repeat(10_000), Set.of()).draftProblems().getFirst();
		assertThat(tooLong.field()).isEqualTo("intendedPurpose");
		assertThat(tooLong.messageKey()).isEqualTo("validation.tooLong");
		assertThat(tooLong.arguments()).containsExactly(EntryData.INTENDED_PURPOSE_MAX, 10_000);
	}

	@Test
	@DisplayName("Script tags are ordinary text: accepted and kept verbatim (they are escaped when shown)")
	void scriptIsJustText() {
		EntryData data = TestData.sample("<script>alert(1)</script>")
			.withIntendedPurpose("<img src=x onerror=alert(1)>");
		assertThat(data.publicationProblems()).isEmpty();
		assertThat(data.tradeName()).isEqualTo("<script>alert(1)</script>");
	}

	@Test
	@DisplayName("Control characters are refused; line breaks and tabs are fine")
	void controlCharacters() {
		assertThat(EntryData.of("Name\u0007", "a\nb\tc", Set.of(MemberState.DE)).draftProblems())
			.extracting(FieldError::messageKey)
			.containsExactly("validation.controlCharacters");
	}

	@Test
	@DisplayName("Annex VIII A.8: the notified body's name or its identification number is enough")
	void notifiedBodyNameOrNumber() {
		EntryData ok = TestData.sample("Body");
		LocalDate expiry = LocalDate.of(2030, 1, 1);
		for (Certificate certificate : List.of(new Certificate("EU type-examination", "NB-1", expiry, "Body", ""),
				new Certificate("EU type-examination", "NB-1", expiry, "", "1234"))) {
			assertThat(ok.withCertificate(certificate).publicationProblems()).extracting(FieldError::field)
				.as(certificate.toString())
				.noneMatch(field -> field.startsWith("certificate."));
		}
	}

	@Test
	@DisplayName("Annex VIII A.8: a certificate is valid up to and including its expiry date")
	void certificateExpiry() {
		Certificate certificate = new Certificate("EU type-examination", "NB-1", LocalDate.of(2026, 6, 30), "Body", "");
		assertThat(certificate.expiredOn(LocalDate.of(2026, 6, 30))).isFalse();
		assertThat(certificate.expiredOn(LocalDate.of(2026, 7, 1))).isTrue();
		assertThat(Certificate.none().expiredOn(LocalDate.of(2026, 7, 1))).isFalse();
	}

	@Test
	@DisplayName("Annex VIII A: publication needs every item the law asks for")
	void publicationRules() {
		assertThat(EntryData.of("Name", "", Set.of()).publicationProblems()).extracting(FieldError::field)
			.containsExactlyInAnyOrder("annexIIIPoint", "intendedPurpose", "componentsAndFunctions", "dataAndLogic",
					"status", "memberStates", "declarationOfConformity", "instructionsForUse");
		assertThat(TestData.sample("Complete").publicationProblems()).isEmpty();
	}

	static Stream<Arguments> rules() {
		EntryData ok = TestData.sample("Rule System");
		Certificate full = new Certificate("EU type-examination", "NB-1", LocalDate.of(2030, 1, 1), "Body", "1234");
		return Stream.of(arguments("A.4 trade name required", ok.withTradeName(""), "tradeName", "validation.required"),
				arguments("A.4 trade name length", ok.withTradeName("x".repeat(201)), "tradeName",
						"validation.tooLong"),
				arguments("A.5 purpose required", ok.withIntendedPurpose(""), "intendedPurpose", "validation.required"),
				arguments("A.7 status required", ok.withStatus(null), "status", "validation.status.required"),
				arguments("A.10 Member States required", ok.withMemberStates(Set.of()), "memberStates",
						"validation.memberStates.required"),
				arguments("Annex III point required", ok.withAnnexIIIPoint(null, false), "annexIIIPoint",
						"validation.annexIIIPoint.required"),
				arguments("A.8 certificate without number",
						ok.withCertificate(
								new Certificate(full.type(), "", full.expiryDate(), full.bodyName(), full.bodyId())),
						"certificate.number", "validation.certificate.incomplete"),
				arguments("A.8 certificate without expiry",
						ok.withCertificate(
								new Certificate(full.type(), full.number(), null, full.bodyName(), full.bodyId())),
						"certificate.expiryDate", "validation.certificate.incomplete"),
				arguments("Annex VIII A.8: certificate without the notified body's name or number",
						ok.withCertificate(new Certificate(full.type(), full.number(), full.expiryDate(), "", "")),
						"certificate.bodyName", "validation.certificate.body"),
				arguments("Art 49(4) no A.6 for point 6", withPoint(ok, AnnexIIIPoint.P6A, false), "dataAndLogic",
						"validation.restricted.notAllowed"),
				arguments("Art 49(4) no A.12 for point 7", withPoint(ok, AnnexIIIPoint.P7B, false),
						"instructionsForUse", "validation.restricted.notAllowed"),
				arguments("Art 49(4) no A.11 for point 1 with LE use", withPoint(ok, AnnexIIIPoint.P1A, true),
						"declarationOfConformity", "validation.restricted.notAllowed"),
				arguments("Art 49(4) no A.8 for point 6", withPoint(ok.withCertificate(full), AnnexIIIPoint.P6C, false),
						"certificate.type", "validation.restricted.notAllowed"));
	}

	private static EntryData withPoint(EntryData data, AnnexIIIPoint point, boolean leUse) {
		return data.withAnnexIIIPoint(point, leUse);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	@DisplayName("Each validation rule reports its field and message")
	void eachRule(String rule, EntryData data, String field, String messageKey) {
		assertThat(data.publicationProblems()).extracting(FieldError::field, FieldError::messageKey)
			.contains(tuple(field, messageKey));
	}

	@Test
	@DisplayName("A.12/A.13: only absolute http(s) addresses are accepted")
	void urls() {
		EntryData ok = TestData.sample("Url System");
		for (String bad : new String[] { "javascript:alert(1)", "www.example.org", "https://", "ftp://x.org/a" }) {
			EntryData data = EntryData.sectionA(ok.language(), ok.annexIIIPoint(), false, "", "", ok.tradeName(), "",
					ok.intendedPurpose(), ok.componentsAndFunctions(), ok.dataAndLogic(), ok.status(), ok.certificate(),
					ok.memberStates(), ok.declarationOfConformity(), bad, bad);
			assertThat(data.draftProblems()).as(bad)
				.extracting(FieldError::field, FieldError::messageKey)
				.containsExactly(tuple("instructionsForUse", "validation.url"),
						tuple("moreInformationUrl", "validation.url"));
		}
	}

	@Test
	@DisplayName("Art 49(4): points 6 and 7 are always restricted, point 1 per policy, others never")
	void restrictedTier() {
		EntryData ok = TestData.sample("Tier System");
		assertThat(ok.restricted(Point1Policy.LE_OR_MIGRATION_USE_ONLY)).isFalse();
		assertThat(withPoint(ok, AnnexIIIPoint.P6E, false).restricted(Point1Policy.LE_OR_MIGRATION_USE_ONLY)).isTrue();
		assertThat(withPoint(ok, AnnexIIIPoint.P7A, false).restricted(Point1Policy.LE_OR_MIGRATION_USE_ONLY)).isTrue();
		assertThat(withPoint(ok, AnnexIIIPoint.P1B, false).restricted(Point1Policy.LE_OR_MIGRATION_USE_ONLY)).isFalse();
		assertThat(withPoint(ok, AnnexIIIPoint.P1B, true).restricted(Point1Policy.LE_OR_MIGRATION_USE_ONLY)).isTrue();
		assertThat(withPoint(ok, AnnexIIIPoint.P1B, false).restricted(Point1Policy.ALWAYS)).isTrue();
		EntryData minimised = withPoint(ok, AnnexIIIPoint.P6A, false).minimisedForRestrictedSection();
		assertThat(minimised.publicationProblems()).isEmpty();
		assertThat(minimised.instructionsForUse()).isEmpty();
	}

	static Stream<Arguments> pointTwo() {
		EntryData sample = TestData.sample("Grid Balancer");
		EntryData sectionB = withPoint(sample, AnnexIIIPoint.P2, false)
			.asSectionB(new SectionB(Set.of(Art63Condition.D_PREPARATORY_TASK), false, ""))
			.minimisedForSection(true);
		return Stream.of(
				arguments("Art 49(5): a high-risk system of Annex III point 2 is refused (national registration)",
						withPoint(sample, AnnexIIIPoint.P2, false), true),
				arguments("Art 49(2): a point 2 system registered as not high-risk (Art 6(3)) has no carve-out",
						sectionB, false),
				arguments("Art 49(1): a high-risk system of Annex III point 4(a) is accepted",
						withPoint(sample, AnnexIIIPoint.P4A, false), false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pointTwo")
	@DisplayName("Art 49(5): Annex III point 2 is registered at national level")
	void pointTwoRefused(String article, EntryData data, boolean refused) {
		var annexErrors = data.draftProblems()
			.stream()
			.filter(error -> error.field().equals("annexIIIPoint"))
			.map(FieldError::messageKey)
			.toList();
		if (refused) {
			assertThat(annexErrors).containsExactly("validation.annexIIIPoint.nationalOnly");
		}
		else {
			assertThat(annexErrors).isEmpty();
			assertThat(data.publicationProblems()).isEmpty();
		}
	}

	@Test
	@DisplayName("DD004: old stored JSON with only three fields still reads; canonical JSON round-trips")
	void oldJsonStillReads() {
		EntryData old = CanonicalJson.read(
				"{\"intendedPurpose\":\"P\",\"memberStates\":[\"DE\"],\"tradeName\":\"Old\",\"gone\":1}",
				EntryData.class);
		assertThat(old).isEqualTo(EntryData.of("Old", "P", Set.of(MemberState.DE)));
		assertThat(old.language()).isEqualTo(ContentLanguage.EN);
		EntryData full = TestData.sample("Round Trip")
			.withCertificate(new Certificate("T", "N", LocalDate.of(2030, 1, 31), "B", "1"));
		assertThat(CanonicalJson.read(CanonicalJson.write(full), EntryData.class)).isEqualTo(full);
		assertThat(CanonicalJson.write(full)).contains("\"expiryDate\":\"2030-01-31\"");
	}

}
