package org.airegistry.registry;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
	 * The fields of an entry.
	 * @param translate translates a key in the visitor's language
	 */
	public static List<Field> describe(EntryData data, Function<String, String> translate, Locale locale) {
		List<Field> fields = new ArrayList<>();
		fields.add(new Field("field.annexIIIPoint", "annex.III",
				data.annexIIIPoint() == null ? "" : translate.apply(data.annexIIIPoint().translationKey()), Kind.TEXT));
		fields.add(new Field("field.language", null, data.language().displayName(locale), Kind.TEXT));
		fields.add(new Field("field.submitterOnBehalf", "annex.A2", data.submitterOnBehalf(), Kind.MULTILINE));
		fields.add(new Field("field.authorisedRepresentative", "annex.A3", data.authorisedRepresentative(),
				Kind.MULTILINE));
		fields.add(new Field("field.tradeName", "annex.A4", data.tradeName(), Kind.TEXT));
		fields.add(new Field("field.unambiguousReference", "annex.A4", data.unambiguousReference(), Kind.TEXT));
		fields.add(new Field("field.intendedPurpose", "annex.A5", data.intendedPurpose(), Kind.MULTILINE));
		fields
			.add(new Field("field.componentsAndFunctions", "annex.A5", data.componentsAndFunctions(), Kind.MULTILINE));
		fields.add(new Field("field.dataAndLogic", "annex.A6", data.dataAndLogic(), Kind.MULTILINE));
		fields.add(new Field("field.status", "annex.A7",
				data.status() == null ? "" : translate.apply(data.status().translationKey()), Kind.TEXT));
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
		fields.add(new Field("field.memberStates", "annex.A10",
				data.memberStates()
					.stream()
					.map(state -> state.displayName(locale))
					.sorted()
					.collect(Collectors.joining(", ")),
				Kind.TEXT));
		fields.add(new Field("field.declarationOfConformity", "annex.A11", data.declarationOfConformity(),
				EntryData.isWebAddress(data.declarationOfConformity()) ? Kind.URL : Kind.TEXT));
		fields.add(new Field("field.instructionsForUse", "annex.A12", data.instructionsForUse(), Kind.URL));
		fields.add(new Field("field.moreInformationUrl", "annex.A13", data.moreInformationUrl(), Kind.URL));
		return fields;
	}

	/** The fields whose values differ between two versions, in Annex VIII order. */
	public static List<Change> compare(EntryData before, EntryData after, Function<String, String> translate,
			Locale locale) {
		List<Field> left = describe(before, translate, locale);
		List<Field> right = describe(after, translate, locale);
		List<Change> changes = new ArrayList<>();
		for (int i = 0; i < left.size(); i++) {
			if (!Objects.equals(left.get(i).value(), right.get(i).value())) {
				changes.add(new Change(left.get(i), right.get(i)));
			}
		}
		return changes;
	}

}
