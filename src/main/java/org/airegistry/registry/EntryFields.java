package org.airegistry.registry;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * An entry's public fields in Annex VIII order, each with its label, its Annex reference
 * and its value as readable text in the visitor's language. The public page shows them,
 * and the version comparison compares them field by field.
 */
public final class EntryFields {

	private EntryFields() {
	}

	/** How a value is best shown. */
	public enum Kind {

		TEXT, MULTILINE, URL

	}

	/**
	 * One field of an entry.
	 *
	 * @param labelKey translation key of the field's label
	 * @param annexKey translation key of its Annex reference, or {@code null}
	 * @param value the value as text; empty when not given
	 * @param kind how the value is best shown
	 */
	public record Field(String labelKey, @Nullable String annexKey, String value, Kind kind) {

		public boolean isEmpty() {
			return value.isEmpty();
		}

	}

	/** A field whose value differs between two versions. */
	public record Change(Field before, Field after) {

	}

	/**
	 * The fields of an entry, with Annex VIII items B.7 and B.9 marked as no longer
	 * required (the 2026 amendment applies).
	 * @param translate translates a key in the visitor's language
	 */
	public static List<Field> describe(EntryData data, Function<String, String> translate, Locale locale) {
		return describe(data, translate, locale, true);
	}

	/**
	 * The fields of an entry in the order of its Annex VIII section.
	 * @param translate translates a key in the visitor's language
	 * @param omnibus2026 whether Reg. 2026/1744 removed items B.7 and B.9: values that
	 * earlier versions hold are then labelled as no longer required
	 */
	public static List<Field> describe(EntryData data, Function<String, String> translate, Locale locale,
			boolean omnibus2026) {
		boolean sectionB = data.classification() == Classification.SECTION_B;
		List<Field> fields = new ArrayList<>();
		fields.add(new Field("field.classification", sectionB ? "annex.sectionB" : "annex.sectionA",
				translate.apply(data.classification().translationKey()), Kind.TEXT));
		fields.add(new Field("field.annexIIIPoint", "annex.III",
				data.annexIIIPoint() == null ? "" : translate.apply(data.annexIIIPoint().translationKey()), Kind.TEXT));
		fields.add(new Field("field.language", null, data.language().displayName(locale), Kind.TEXT));
		fields.add(new Field("field.submitterOnBehalf", sectionB ? "annex.B2" : "annex.A2", data.submitterOnBehalf(),
				Kind.MULTILINE));
		fields.add(new Field("field.authorisedRepresentative", sectionB ? "annex.B3" : "annex.A3",
				data.authorisedRepresentative(), Kind.MULTILINE));
		fields.add(new Field("field.tradeName", sectionB ? "annex.B4" : "annex.A4", data.tradeName(), Kind.TEXT));
		fields.add(new Field("field.unambiguousReference", sectionB ? "annex.B4" : "annex.A4",
				data.unambiguousReference(), Kind.TEXT));
		fields.add(new Field("field.intendedPurpose", sectionB ? "annex.B5" : "annex.A5", data.intendedPurpose(),
				Kind.MULTILINE));
		String status = data.status() == null ? "" : translate.apply(data.status().translationKey());
		String memberStates = data.memberStates()
			.stream()
			.map(state -> state.displayName(locale))
			.sorted()
			.collect(Collectors.joining(", "));
		if (sectionB) {
			fields.add(new Field("field.sectionB.conditions", "annex.B6",
					data.sectionB()
						.conditions()
						.stream()
						.map(condition -> translate.apply(condition.translationKey()))
						.collect(Collectors.joining("\n")),
					Kind.MULTILINE));
			fields.add(new Field("field.sectionB.notHighRiskGrounds", omnibus2026 ? "annex.B7.removed" : "annex.B7",
					data.sectionB().notHighRiskGrounds(), Kind.MULTILINE));
			fields.add(new Field("field.status", "annex.B8", status, Kind.TEXT));
			fields.add(new Field("field.memberStates", omnibus2026 ? "annex.B9.removed" : "annex.B9", memberStates,
					Kind.TEXT));
			return fields;
		}
		fields
			.add(new Field("field.componentsAndFunctions", "annex.A5", data.componentsAndFunctions(), Kind.MULTILINE));
		fields.add(new Field("field.dataAndLogic", "annex.A6", data.dataAndLogic(), Kind.MULTILINE));
		fields.add(new Field("field.status", "annex.A7", status, Kind.TEXT));
		Certificate certificate = data.certificate();
		fields.add(new Field("field.certificate.type", "annex.A8", certificate.type(), Kind.TEXT));
		fields.add(new Field("field.certificate.number", "annex.A8", certificate.number(), Kind.TEXT));
		fields.add(new Field("field.certificate.expiryDate", "annex.A8",
				certificate.expiryDate() == null ? ""
						: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
							.withLocale(locale)
							.format(certificate.expiryDate()),
				Kind.TEXT));
		fields.add(new Field("field.certificate.bodyName", "annex.A8", certificate.bodyName(), Kind.TEXT));
		fields.add(new Field("field.certificate.bodyId", "annex.A8", certificate.bodyId(), Kind.TEXT));
		fields.add(document(data, DocumentKind.CERTIFICATE_SCAN));
		fields.add(new Field("field.memberStates", "annex.A10", memberStates, Kind.TEXT));
		fields.add(new Field("field.declarationOfConformity", "annex.A11", data.declarationOfConformity(),
				EntryData.isWebAddress(data.declarationOfConformity()) ? Kind.URL : Kind.TEXT));
		fields.add(document(data, DocumentKind.DECLARATION_OF_CONFORMITY));
		fields.add(new Field("field.instructionsForUse", "annex.A12", data.instructionsForUse(), Kind.URL));
		fields.add(document(data, DocumentKind.INSTRUCTIONS_FOR_USE));
		fields.add(new Field("field.moreInformationUrl", "annex.A13", data.moreInformationUrl(), Kind.URL));
		return fields;
	}

	/** A document as its file name and SHA-256 (which the version's own hash covers). */
	private static Field document(EntryData data, DocumentKind kind) {
		StoredDocument document = data.documents().get(kind);
		return new Field(kind.translationKey(), kind.annexKey(),
				document == null ? "" : document.fileName() + " · SHA-256 " + document.sha256(), Kind.TEXT);
	}

	/**
	 * The fields whose values differ between two versions, in Annex VIII order; a field
	 * that only one version's section has is compared with an empty value.
	 */
	public static List<Change> compare(EntryData before, EntryData after, Function<String, String> translate,
			Locale locale) {
		return compare(before, after, translate, locale, true);
	}

	/**
	 * The fields whose values differ between two versions, in Annex VIII order; a field
	 * that only one version's section has is compared with an empty value.
	 */
	public static List<Change> compare(EntryData before, EntryData after, Function<String, String> translate,
			Locale locale, boolean omnibus2026) {
		Map<String, Field> left = new LinkedHashMap<>();
		describe(before, translate, locale, omnibus2026).forEach(field -> left.put(field.labelKey(), field));
		Map<String, Field> right = new LinkedHashMap<>();
		describe(after, translate, locale, omnibus2026).forEach(field -> right.put(field.labelKey(), field));
		Set<String> keys = new LinkedHashSet<>(right.keySet());
		keys.addAll(left.keySet());
		List<Change> changes = new ArrayList<>();
		for (String key : keys) {
			Field was = left.get(key);
			Field is = right.get(key);
			Field emptyWas = was != null ? was : new Field(is.labelKey(), is.annexKey(), "", is.kind());
			Field emptyIs = is != null ? is : new Field(was.labelKey(), was.annexKey(), "", was.kind());
			if (!Objects.equals(emptyWas.value(), emptyIs.value())) {
				changes.add(new Change(emptyWas, emptyIs));
			}
		}
		return changes;
	}

}
