package org.airegistry.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.airegistry.publication.FieldSpec;
import org.airegistry.publication.ShownField;
import org.airegistry.publication.Translator;

/**
 * An entry's public fields in Annex VIII order, each with its label, its Annex reference
 * and its value as readable text in the visitor's language: the registry's field
 * specification. The public page shows them, and the version comparison compares them
 * field by field.
 */
public final class EntryFields implements FieldSpec<EntryData> {

	private final boolean omnibus2026;

	/**
	 * @param omnibus2026 whether Reg. 2026/1744 removed items B.7 and B.9: values that
	 * earlier versions hold are then labelled as no longer required
	 */
	public EntryFields(boolean omnibus2026) {
		this.omnibus2026 = omnibus2026;
	}

	@Override
	public List<ShownField> describe(EntryData data, Translator translate, Locale locale) {
		return describe(data, translate, locale, omnibus2026);
	}

	/**
	 * The fields of an entry in the order of its Annex VIII section.
	 * @param translate translates a key in the visitor's language
	 * @param omnibus2026 whether Reg. 2026/1744 removed items B.7 and B.9: values that
	 * earlier versions hold are then labelled as no longer required
	 */
	public static List<ShownField> describe(EntryData data, Translator translate, Locale locale, boolean omnibus2026) {
		return describe(data, data.classification() == Classification.SECTION_B, translate, locale, omnibus2026);
	}

	/**
	 * The fields of a registration in either section, without values: the labels and
	 * items of the editor's inputs, exactly as the public page and the comparison show
	 * them (the items shared by both sections carry the section's number, B.2 to B.5, B.8
	 * and B.9 or A.2 to A.5, A.7 and A.10).
	 */
	public static List<ShownField> labels(boolean sectionB, Translator translate, Locale locale, boolean omnibus2026) {
		return describe(EntryData.of("", "", Set.of()), sectionB, translate, locale, omnibus2026);
	}

	private static List<ShownField> describe(EntryData data, boolean sectionB, Translator translate, Locale locale,
			boolean omnibus2026) {
		List<ShownField> fields = new ArrayList<>();
		fields.add(
				new ShownField("classification", "field.classification", sectionB ? "annex.sectionB" : "annex.sectionA",
						translate.translate(data.classification().translationKey()), ShownField.Kind.TEXT));
		fields.add(new ShownField("annexIIIPoint", "field.annexIIIPoint", "annex.III",
				data.annexIIIPoint() == null ? "" : translate.translate(data.annexIIIPoint().translationKey()),
				ShownField.Kind.TEXT));
		fields.add(new ShownField("language", "field.language", null, data.language().displayName(locale),
				ShownField.Kind.TEXT));
		fields.add(new ShownField("submitterOnBehalf", "field.submitterOnBehalf", sectionB ? "annex.B2" : "annex.A2",
				data.submitterOnBehalf(), ShownField.Kind.MULTILINE));
		fields.add(new ShownField("authorisedRepresentative", "field.authorisedRepresentative",
				sectionB ? "annex.B3" : "annex.A3",
				AuthorisedRepresentativeText.shown(data.authorisedRepresentative(), translate),
				ShownField.Kind.MULTILINE));
		fields.add(new ShownField("tradeName", "field.tradeName", sectionB ? "annex.B4" : "annex.A4", data.tradeName(),
				ShownField.Kind.TEXT));
		fields.add(new ShownField("unambiguousReference", "field.unambiguousReference",
				sectionB ? "annex.B4" : "annex.A4", data.unambiguousReference(), ShownField.Kind.TEXT));
		fields.add(new ShownField("intendedPurpose", "field.intendedPurpose", sectionB ? "annex.B5" : "annex.A5",
				data.intendedPurpose(), ShownField.Kind.MULTILINE));
		String status = data.status() == null ? "" : translate.translate(data.status().translationKey());
		String memberStates = data.memberStates()
			.stream()
			.map(state -> state.displayName(locale))
			.sorted()
			.collect(Collectors.joining(", "));
		if (sectionB) {
			fields.add(new ShownField("sectionB.conditions", "field.sectionB.conditions", "annex.B6",
					data.sectionB()
						.conditions()
						.stream()
						.map(condition -> translate.translate(condition.translationKey()))
						.collect(Collectors.joining("\n")),
					ShownField.Kind.MULTILINE));
			fields.add(new ShownField("sectionB.notHighRiskGrounds", "field.sectionB.notHighRiskGrounds",
					omnibus2026 ? "annex.B7.removed" : "annex.B7", data.sectionB().notHighRiskGrounds(),
					ShownField.Kind.MULTILINE));
			fields.add(new ShownField("status", "field.status", "annex.B8", status, ShownField.Kind.TEXT));
			fields.add(new ShownField("memberStates", "field.memberStates",
					omnibus2026 ? "annex.B9.removed" : "annex.B9", memberStates, ShownField.Kind.TEXT));
			return fields;
		}
		fields.add(new ShownField("componentsAndFunctions", "field.componentsAndFunctions", "annex.A5",
				data.componentsAndFunctions(), ShownField.Kind.MULTILINE));
		fields.add(new ShownField("dataAndLogic", "field.dataAndLogic", "annex.A6", data.dataAndLogic(),
				ShownField.Kind.MULTILINE));
		fields.add(new ShownField("status", "field.status", "annex.A7", status, ShownField.Kind.TEXT));
		Certificate certificate = data.certificate();
		fields.add(new ShownField("certificate.type", "field.certificate.type", "annex.A8", certificate.type(),
				ShownField.Kind.TEXT));
		fields.add(new ShownField("certificate.number", "field.certificate.number", "annex.A8", certificate.number(),
				ShownField.Kind.TEXT));
		String expiry = certificate.expiryDate() == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(locale)
					.format(certificate.expiryDate());
		// Annex VIII A.8: a certificate past its expiry date is shown as expired, with
		// the
		// date
		fields.add(
				new ShownField("certificate.expiryDate", "field.certificate.expiryDate", "annex.A8",
						certificate.expiredOn(LocalDate.now())
								? translate.translate("field.certificate.expiredOn", expiry) : expiry,
						ShownField.Kind.TEXT));
		fields.add(new ShownField("certificate.bodyName", "field.certificate.bodyName", "annex.A8",
				certificate.bodyName(), ShownField.Kind.TEXT));
		fields.add(new ShownField("certificate.bodyId", "field.certificate.bodyId", "annex.A8", certificate.bodyId(),
				ShownField.Kind.TEXT));
		fields.add(document(data, DocumentKind.CERTIFICATE_SCAN));
		fields
			.add(new ShownField("memberStates", "field.memberStates", "annex.A10", memberStates, ShownField.Kind.TEXT));
		fields.add(new ShownField("declarationOfConformity", "field.declarationOfConformity", "annex.A11",
				data.declarationOfConformity(),
				EntryData.isWebAddress(data.declarationOfConformity()) ? ShownField.Kind.URL : ShownField.Kind.TEXT));
		fields.add(document(data, DocumentKind.DECLARATION_OF_CONFORMITY));
		fields.add(new ShownField("instructionsForUse", "field.instructionsForUse", "annex.A12",
				data.instructionsForUse(), ShownField.Kind.URL));
		fields.add(document(data, DocumentKind.INSTRUCTIONS_FOR_USE));
		fields.add(new ShownField("moreInformationUrl", "field.moreInformationUrl", "annex.A13",
				data.moreInformationUrl(), ShownField.Kind.URL));
		return fields;
	}

	/** A document as its file name and SHA-256 (which the version's own hash covers). */
	private static ShownField document(EntryData data, DocumentKind kind) {
		StoredDocument document = data.documents().get(kind);
		return new ShownField("documents." + kind.name(), kind.translationKey(), kind.annexKey(),
				document == null ? "" : document.fileName() + " · SHA-256 " + document.sha256(), ShownField.Kind.TEXT);
	}

}
