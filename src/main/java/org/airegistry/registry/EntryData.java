package org.airegistry.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;
import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * The content of an AI system entry that the provider fills in (Annex VIII Section A).
 * This record is the form's model, the JSON stored for each version, and what the public
 * sees. Item A.1 (the provider) is the organisation the entry belongs to. Fields missing
 * from older stored versions read as empty.
 *
 * @param language the language the entry's texts are written in
 * @param annexIIIPoint the Annex III use case (required for publication)
 * @param lawEnforcementOrMigrationUse for Annex III point 1: used for law enforcement,
 * migration, asylum or border control (routes the entry to the non-public section)
 * @param submitterOnBehalf Annex VIII A.2: functional contact of whoever submits on the
 * provider's behalf (no natural persons' names)
 * @param authorisedRepresentative Annex VIII A.3: name, address and contact details of
 * the authorised representative
 * @param tradeName Annex VIII A.4: trade name
 * @param unambiguousReference Annex VIII A.4: additional unambiguous reference (version,
 * model number)
 * @param intendedPurpose Annex VIII A.5: description of the intended purpose
 * @param componentsAndFunctions Annex VIII A.5: components and functions supported
 * through the system
 * @param dataAndLogic Annex VIII A.6: information used by the system (data, inputs) and
 * its operating logic
 * @param status Annex VIII A.7: status
 * @param certificate Annex VIII A.8: notified-body certificate, where applicable
 * @param memberStates Annex VIII A.10: Member States in which the system is placed on the
 * market, put into service or made available
 * @param declarationOfConformity Annex VIII A.11: the EU declaration of conformity (URL
 * or reference)
 * @param instructionsForUse Annex VIII A.12: URL of the electronic instructions for use
 * @param moreInformationUrl Annex VIII A.13: URL for additional information
 * @param classification Section A (high-risk, Art 49(1)) or Section B (Art 6(3)
 * derogation, Art 49(2)); entries stored before Section B existed read as Section A
 * @param sectionB what only Section B asks for (B.6, B.7); empty for Section A
 * @param documents the PDF documents of Section A (A.9, A.11, A.12); their SHA-256 are
 * part of the version's content and so of its hash
 */
public record EntryData(ContentLanguage language, @Nullable AnnexIIIPoint annexIIIPoint,
		boolean lawEnforcementOrMigrationUse, String submitterOnBehalf, String authorisedRepresentative,
		String tradeName, String unambiguousReference, String intendedPurpose, String componentsAndFunctions,
		String dataAndLogic, @Nullable EntryStatus status, Certificate certificate, Set<MemberState> memberStates,
		String declarationOfConformity, String instructionsForUse, String moreInformationUrl,
		Classification classification, SectionB sectionB, EntryDocuments documents) {

	public static final int TRADE_NAME_MAX = 200;

	public static final int REFERENCE_MAX = 200;

	public static final int INTENDED_PURPOSE_MAX = 5000;

	public static final int DESCRIPTION_MAX = 5000;

	public static final int CONTACT_MAX = 1000;

	/**
	 * Longest A.3 / B.3 value: a confirmed representative's own record (legal name up to
	 * 300, postal address up to 1000, country, functional e-mail up to 320; Art 22(3)).
	 */
	public static final int REPRESENTATIVE_MAX = 1700;

	public static final int CERTIFICATE_PART_MAX = 200;

	public static final int URL_MAX = 2000;

	/** Fields Art 49(4) does not allow in the non-public section (spec §1.3). */
	public static final List<String> NOT_IN_RESTRICTED_SECTION = List.of("dataAndLogic", "certificate.type",
			"certificate.number", "certificate.expiryDate", "certificate.bodyName", "certificate.bodyId",
			"declarationOfConformity", "instructionsForUse", "moreInformationUrl", "documents.CERTIFICATE_SCAN",
			"documents.DECLARATION_OF_CONFORMITY", "documents.INSTRUCTIONS_FOR_USE", "sectionB.conditions",
			"sectionB.notHighRiskGrounds");

	/** Section A items that Section B (Art 49(2)) does not ask for. */
	public static final List<String> NOT_IN_SECTION_B = List.of("componentsAndFunctions", "dataAndLogic",
			"certificate.type", "certificate.number", "certificate.expiryDate", "certificate.bodyName",
			"certificate.bodyId", "declarationOfConformity", "instructionsForUse", "moreInformationUrl",
			"documents.CERTIFICATE_SCAN", "documents.DECLARATION_OF_CONFORMITY", "documents.INSTRUCTIONS_FOR_USE");

	public EntryData {
		language = language(language);
		submitterOnBehalf = strip(submitterOnBehalf);
		authorisedRepresentative = strip(authorisedRepresentative);
		tradeName = strip(tradeName);
		unambiguousReference = strip(unambiguousReference);
		intendedPurpose = strip(intendedPurpose);
		componentsAndFunctions = strip(componentsAndFunctions);
		dataAndLogic = strip(dataAndLogic);
		certificate = certificate == null ? Certificate.none() : certificate;
		memberStates = memberStates(memberStates);
		declarationOfConformity = strip(declarationOfConformity);
		instructionsForUse = strip(instructionsForUse);
		moreInformationUrl = strip(moreInformationUrl);
		classification = classification(classification);
		sectionB = sectionB == null ? SectionB.none() : sectionB;
		documents = documents == null ? EntryDocuments.none() : documents;
	}

	/**
	 * A Section A entry without documents (kept for callers that predate Section B). A
	 * factory, not a constructor: the canonical constructor is the record's only one, as
	 * the editor's binder ({@code Binder.writeRecord}) needs.
	 */
	public static EntryData sectionA(ContentLanguage language, @Nullable AnnexIIIPoint annexIIIPoint,
			boolean lawEnforcementOrMigrationUse, String submitterOnBehalf, String authorisedRepresentative,
			String tradeName, String unambiguousReference, String intendedPurpose, String componentsAndFunctions,
			String dataAndLogic, @Nullable EntryStatus status, Certificate certificate, Set<MemberState> memberStates,
			String declarationOfConformity, String instructionsForUse, String moreInformationUrl) {
		return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
				authorisedRepresentative, tradeName, unambiguousReference, intendedPurpose, componentsAndFunctions,
				dataAndLogic, status, certificate, memberStates, declarationOfConformity, instructionsForUse,
				moreInformationUrl, Classification.SECTION_A, SectionB.none(), EntryDocuments.none());
	}

	/**
	 * The first three items only, everything else empty (kept for callers that predate
	 * the full Section A).
	 */
	public static EntryData of(String tradeName, String intendedPurpose, Set<MemberState> memberStates) {
		return EntryData.sectionA(ContentLanguage.EN, null, false, "", "", tradeName, "", intendedPurpose, "", "", null,
				Certificate.none(), memberStates, "", "", "");
	}

	public static EntryData empty() {
		return EntryData.of("", "", Set.of());
	}

	/** A text as every entry holds it: never null, no surrounding blanks. */
	static String strip(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	/**
	 * Member States as every entry holds them: an EnumSet keeps the fixed enum order the
	 * canonical JSON (and its SHA-256) needs; Set.copyOf would iterate in a different
	 * order in every JVM.
	 */
	static Set<MemberState> memberStates(@Nullable Set<MemberState> memberStates) {
		return memberStates == null || memberStates.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(memberStates));
	}

	/**
	 * The classification as every entry holds it: stored before Section B → Section A.
	 */
	static Classification classification(@Nullable Classification classification) {
		return classification == null ? Classification.SECTION_A : classification;
	}

	/** The language as every entry holds it: not said → English. */
	static ContentLanguage language(@Nullable ContentLanguage language) {
		return language == null ? ContentLanguage.EN : language;
	}

	/**
	 * Whether the entry belongs in the non-public section (Art 49(4)): Annex III points 6
	 * and 7, and point 1 as the policy says.
	 */
	public boolean restricted(Point1Policy policy) {
		if (annexIIIPoint == null) {
			return false;
		}
		return switch (annexIIIPoint.area()) {
			case 6, 7 -> true;
			case 1 -> policy == Point1Policy.ALWAYS || lawEnforcementOrMigrationUse;
			default -> false;
		};
	}

	/** Rules a draft must meet to be saved, with the default point-1 policy. */
	public List<FieldError> draftProblems() {
		return draftProblems(Point1Policy.LE_OR_MIGRATION_USE_ONLY);
	}

	/**
	 * Rules a draft must meet to be saved: lengths, characters, URL formats and, for the
	 * non-public section, no fields that Art 49(4) excludes. Missing content is allowed
	 * in a draft.
	 */
	public List<FieldError> draftProblems(Point1Policy policy) {
		return draftProblems(policy, true);
	}

	/**
	 * Rules a draft must meet to be saved: lengths, characters, URL formats; for the
	 * non-public section no fields that Art 49(4) excludes; for Section B no Section A
	 * items, no profiling (Art 6(3), third subparagraph) and, while the 2026 amendment
	 * applies, neither B.7 nor B.9.
	 * @param omnibus2026 whether Reg. 2026/1744 removed items B.7 and B.9
	 */
	public List<FieldError> draftProblems(Point1Policy policy, boolean omnibus2026) {
		List<FieldError> problems = new ArrayList<>();
		if (tradeName.isEmpty()) {
			problems.add(new FieldError("tradeName", "validation.required"));
		}
		checkText(problems, "submitterOnBehalf", submitterOnBehalf, CONTACT_MAX);
		checkText(problems, "authorisedRepresentative", authorisedRepresentative, REPRESENTATIVE_MAX);
		checkText(problems, "tradeName", tradeName, TRADE_NAME_MAX);
		checkText(problems, "unambiguousReference", unambiguousReference, REFERENCE_MAX);
		checkText(problems, "intendedPurpose", intendedPurpose, INTENDED_PURPOSE_MAX);
		checkText(problems, "componentsAndFunctions", componentsAndFunctions, DESCRIPTION_MAX);
		checkText(problems, "dataAndLogic", dataAndLogic, DESCRIPTION_MAX);
		checkText(problems, "certificate.type", certificate.type(), CERTIFICATE_PART_MAX);
		checkText(problems, "certificate.number", certificate.number(), CERTIFICATE_PART_MAX);
		checkText(problems, "certificate.bodyName", certificate.bodyName(), CERTIFICATE_PART_MAX);
		checkText(problems, "certificate.bodyId", certificate.bodyId(), CERTIFICATE_PART_MAX);
		checkText(problems, "declarationOfConformity", declarationOfConformity, URL_MAX);
		checkUrl(problems, "instructionsForUse", instructionsForUse);
		checkUrl(problems, "moreInformationUrl", moreInformationUrl);
		checkText(problems, "sectionB.notHighRiskGrounds", sectionB.notHighRiskGrounds(), DESCRIPTION_MAX);
		if (annexIIIPoint == AnnexIIIPoint.P2 && classification == Classification.SECTION_A) {
			// Art 49(5): high-risk systems of Annex III point 2 (critical infrastructure)
			// are registered at national level, not in the EU database; Section B
			// registrations under Art 49(2) have no such carve-out (DD060)
			problems.add(new FieldError("annexIIIPoint", "validation.annexIIIPoint.nationalOnly"));
		}
		if (classification == Classification.SECTION_B) {
			if (sectionB.performsProfiling()) {
				// Art 6(3), third subparagraph: profiling is always high-risk
				problems.add(new FieldError("sectionB.performsProfiling", "validation.sectionB.profiling"));
			}
			for (String field : NOT_IN_SECTION_B) {
				if (!valueOf(field).isEmpty()) {
					problems.add(new FieldError(field, "validation.sectionB.notAsked"));
				}
			}
			if (omnibus2026 && !sectionB.notHighRiskGrounds().isEmpty()) {
				problems.add(new FieldError("sectionB.notHighRiskGrounds", "validation.sectionB.removedByOmnibus"));
			}
			if (omnibus2026 && !memberStates.isEmpty()) {
				problems.add(new FieldError("memberStates", "validation.sectionB.removedByOmnibus"));
			}
		}
		else if (!sectionB.conditions().isEmpty() || !sectionB.notHighRiskGrounds().isEmpty()) {
			problems.add(new FieldError("classification", "validation.sectionA.noConditions"));
		}
		if (restricted(policy)) {
			for (String field : NOT_IN_RESTRICTED_SECTION) {
				if (!valueOf(field).isEmpty()) {
					problems.add(new FieldError(field, "validation.restricted.notAllowed"));
				}
			}
		}
		return problems;
	}

	/** Rules an entry must meet to be published, with the default point-1 policy. */
	public List<FieldError> publicationProblems() {
		return publicationProblems(Point1Policy.LE_OR_MIGRATION_USE_ONLY);
	}

	/**
	 * Rules an entry must meet to be published: everything the law asks for is present.
	 * Whether an authorised representative is needed depends on the provider and is
	 * checked by the service.
	 */
	public List<FieldError> publicationProblems(Point1Policy policy) {
		return publicationProblems(policy, true);
	}

	/**
	 * Rules an entry must meet to be published: everything the law asks for in its
	 * section is present. Whether an authorised representative is needed depends on the
	 * provider and is checked by the service.
	 * @param omnibus2026 whether Reg. 2026/1744 removed items B.7 and B.9
	 */
	public List<FieldError> publicationProblems(Point1Policy policy, boolean omnibus2026) {
		List<FieldError> problems = draftProblems(policy, omnibus2026);
		if (annexIIIPoint == null) {
			problems.add(new FieldError("annexIIIPoint", "validation.annexIIIPoint.required"));
		}
		required(problems, "intendedPurpose", intendedPurpose);
		if (status == null) {
			problems.add(new FieldError("status", "validation.status.required"));
		}
		boolean restricted = restricted(policy);
		if (classification == Classification.SECTION_B) {
			if (!restricted && sectionB.conditions().isEmpty()) {
				problems.add(new FieldError("sectionB.conditions", "validation.sectionB.conditions.required"));
			}
			if (!omnibus2026) {
				if (!restricted) {
					required(problems, "sectionB.notHighRiskGrounds", sectionB.notHighRiskGrounds());
				}
				if (memberStates.isEmpty()) {
					problems.add(new FieldError("memberStates", "validation.memberStates.required"));
				}
			}
			return problems;
		}
		required(problems, "componentsAndFunctions", componentsAndFunctions);
		if (memberStates.isEmpty()) {
			problems.add(new FieldError("memberStates", "validation.memberStates.required"));
		}
		if (!restricted) {
			required(problems, "dataAndLogic", dataAndLogic);
			if (documents.declarationOfConformity() == null) {
				required(problems, "declarationOfConformity", declarationOfConformity);
			}
			if (documents.instructionsForUse() == null) {
				required(problems, "instructionsForUse", instructionsForUse);
			}
			if (!certificate.absent()) {
				// Annex VIII A.8: type, number and expiry date, and the notified body's
				// name
				// or identification number (one of them is enough)
				for (String field : List.of("certificate.type", "certificate.number", "certificate.expiryDate")) {
					if (valueOf(field).isEmpty()) {
						problems.add(new FieldError(field, "validation.certificate.incomplete"));
					}
				}
				if (certificate.bodyName().isEmpty() && certificate.bodyId().isEmpty()) {
					problems.add(new FieldError("certificate.bodyName", "validation.certificate.body"));
				}
				if (documents.certificateScan() == null) {
					// Annex VIII A.9 goes with A.8
					problems.add(new FieldError("documents.CERTIFICATE_SCAN", "validation.certificateScan.required"));
				}
			}
			else if (documents.certificateScan() != null) {
				problems.add(new FieldError("documents.CERTIFICATE_SCAN", "validation.certificateScan.noCertificate"));
			}
		}
		return problems;
	}

	/** The value of a field by its error name, as text (empty when not given). */
	private String valueOf(String field) {
		return switch (field) {
			case "dataAndLogic" -> dataAndLogic;
			case "certificate.type" -> certificate.type();
			case "certificate.number" -> certificate.number();
			case "certificate.expiryDate" ->
				certificate.expiryDate() == null ? "" : certificate.expiryDate().toString();
			case "certificate.bodyName" -> certificate.bodyName();
			case "certificate.bodyId" -> certificate.bodyId();
			case "declarationOfConformity" -> declarationOfConformity;
			case "instructionsForUse" -> instructionsForUse;
			case "moreInformationUrl" -> moreInformationUrl;
			case "componentsAndFunctions" -> componentsAndFunctions;
			case "documents.CERTIFICATE_SCAN" -> documentHash(DocumentKind.CERTIFICATE_SCAN);
			case "documents.DECLARATION_OF_CONFORMITY" -> documentHash(DocumentKind.DECLARATION_OF_CONFORMITY);
			case "documents.INSTRUCTIONS_FOR_USE" -> documentHash(DocumentKind.INSTRUCTIONS_FOR_USE);
			case "sectionB.conditions" -> sectionB.conditions().isEmpty() ? "" : sectionB.conditions().toString();
			case "sectionB.notHighRiskGrounds" -> sectionB.notHighRiskGrounds();
			default -> throw new IllegalArgumentException(field);
		};
	}

	private String documentHash(DocumentKind kind) {
		StoredDocument document = documents.get(kind);
		return document == null ? "" : document.sha256();
	}

	/**
	 * The same data written in another language (search analyses it in that language).
	 */
	public EntryData withLanguage(ContentLanguage value) {
		return new EntryData(value, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
				authorisedRepresentative, tradeName, unambiguousReference, intendedPurpose, componentsAndFunctions,
				dataAndLogic, status, certificate, memberStates, declarationOfConformity, instructionsForUse,
				moreInformationUrl, classification, sectionB, documents);
	}

	public EntryData withTradeName(String value) {
		return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
				authorisedRepresentative, value, unambiguousReference, intendedPurpose, componentsAndFunctions,
				dataAndLogic, status, certificate, memberStates, declarationOfConformity, instructionsForUse,
				moreInformationUrl, classification, sectionB, documents);
	}

	public EntryData withIntendedPurpose(String value) {
		return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
				authorisedRepresentative, tradeName, unambiguousReference, value, componentsAndFunctions, dataAndLogic,
				status, certificate, memberStates, declarationOfConformity, instructionsForUse, moreInformationUrl,
				classification, sectionB, documents);
	}

	public EntryData withMemberStates(Set<MemberState> value) {
		return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
				authorisedRepresentative, tradeName, unambiguousReference, intendedPurpose, componentsAndFunctions,
				dataAndLogic, status, certificate, value, declarationOfConformity, instructionsForUse,
				moreInformationUrl, classification, sectionB, documents);
	}

	public EntryData withStatus(@Nullable EntryStatus value) {
		return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
				authorisedRepresentative, tradeName, unambiguousReference, intendedPurpose, componentsAndFunctions,
				dataAndLogic, value, certificate, memberStates, declarationOfConformity, instructionsForUse,
				moreInformationUrl, classification, sectionB, documents);
	}

	public EntryData withCertificate(Certificate value) {
		return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
				authorisedRepresentative, tradeName, unambiguousReference, intendedPurpose, componentsAndFunctions,
				dataAndLogic, status, value, memberStates, declarationOfConformity, instructionsForUse,
				moreInformationUrl, classification, sectionB, documents);
	}

	public EntryData withAuthorisedRepresentative(String value) {
		return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf, value, tradeName,
				unambiguousReference, intendedPurpose, componentsAndFunctions, dataAndLogic, status, certificate,
				memberStates, declarationOfConformity, instructionsForUse, moreInformationUrl, classification, sectionB,
				documents);
	}

	public EntryData withDocuments(EntryDocuments value) {
		return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
				authorisedRepresentative, tradeName, unambiguousReference, intendedPurpose, componentsAndFunctions,
				dataAndLogic, status, certificate, memberStates, declarationOfConformity, instructionsForUse,
				moreInformationUrl, classification, sectionB, value);
	}

	/** The same entry as a Section B registration with these Section B items. */
	public EntryData asSectionB(SectionB value) {
		return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
				authorisedRepresentative, tradeName, unambiguousReference, intendedPurpose, componentsAndFunctions,
				dataAndLogic, status, certificate, memberStates, declarationOfConformity, instructionsForUse,
				moreInformationUrl, Classification.SECTION_B, value, documents);
	}

	/**
	 * The same entry in another Annex III point; for the non-public section, the fields
	 * Art 49(4) excludes are left out.
	 */
	public EntryData withAnnexIIIPoint(@Nullable AnnexIIIPoint value, boolean leOrMigrationUse) {
		return new EntryData(language, value, leOrMigrationUse, submitterOnBehalf, authorisedRepresentative, tradeName,
				unambiguousReference, intendedPurpose, componentsAndFunctions, dataAndLogic, status, certificate,
				memberStates, declarationOfConformity, instructionsForUse, moreInformationUrl, classification, sectionB,
				documents);
	}

	/** This entry without the fields Art 49(4) excludes from the non-public section. */
	public EntryData minimisedForRestrictedSection() {
		return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
				authorisedRepresentative, tradeName, unambiguousReference, intendedPurpose, componentsAndFunctions, "",
				status, Certificate.none(), memberStates, "", "", "", classification,
				new SectionB(Set.of(), sectionB.performsProfiling(), ""), EntryDocuments.none());
	}

	/**
	 * This entry without what its section does not ask for: Section B drops the Section A
	 * items, and while the 2026 amendment applies also B.7 and B.9; Section A drops the
	 * Section B items.
	 */
	public EntryData minimisedForSection(boolean omnibus2026) {
		if (classification == Classification.SECTION_A) {
			return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
					authorisedRepresentative, tradeName, unambiguousReference, intendedPurpose, componentsAndFunctions,
					dataAndLogic, status, certificate, memberStates, declarationOfConformity, instructionsForUse,
					moreInformationUrl, classification, SectionB.none(), documents);
		}
		return new EntryData(language, annexIIIPoint, lawEnforcementOrMigrationUse, submitterOnBehalf,
				authorisedRepresentative, tradeName, unambiguousReference, intendedPurpose, "", "", status,
				Certificate.none(), omnibus2026 ? Set.of() : memberStates, "", "", "", classification,
				omnibus2026 ? new SectionB(sectionB.conditions(), sectionB.performsProfiling(), "") : sectionB,
				EntryDocuments.none());
	}

	private static void required(List<FieldError> problems, String field, String value) {
		if (value.isEmpty()) {
			problems.add(new FieldError(field, "validation.required"));
		}
	}

	private static void checkText(List<FieldError> problems, String field, String value, int max) {
		if (value.length() > max) {
			problems.add(new FieldError(field, "validation.tooLong", max, value.length()));
		}
		FreeText.check(problems, field, value);
	}

	private static void checkUrl(List<FieldError> problems, String field, String value) {
		if (value.isEmpty()) {
			return;
		}
		if (value.length() > URL_MAX) {
			problems.add(new FieldError(field, "validation.tooLong", URL_MAX, value.length()));
			return;
		}
		if (!isWebAddress(value)) {
			problems.add(new FieldError(field, "validation.url"));
		}
	}

	/** Whether the text is an absolute http or https address with a host. */
	static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
