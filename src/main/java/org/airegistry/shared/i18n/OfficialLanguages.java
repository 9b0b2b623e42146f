package org.airegistry.shared.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The 24 official languages of the European Union, in the order of the EU's
 * Interinstitutional Style Guide (sorted by each language's own name: български, español,
 * čeština, …), which is how EU sites list them.
 */
public final class OfficialLanguages {

	/** ISO 639-1 codes in protocol order. */
	public static final List<String> CODES = List.of("bg", "es", "cs", "da", "de", "et", "el", "en", "fr", "ga", "hr",
			"it", "lv", "lt", "hu", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "fi", "sv");

	private OfficialLanguages() {
	}

	/** The official languages as locales, in protocol order. */
	public static List<Locale> all() {
		return CODES.stream().map(Locale::of).toList();
	}

	/**
	 * Position in protocol order; languages that are not official EU languages come after
	 * them.
	 */
	public static int protocolOrder(Locale locale) {
		int index = CODES.indexOf(locale.getLanguage());
		return index < 0 ? CODES.size() : index;
	}

	/**
	 * The language's name in that language, capitalised as a menu item: "Deutsch",
	 * "français" → "Français".
	 */
	public static String ownName(Locale locale) {
		String name = locale.getDisplayLanguage(locale);
		return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/**
	 * The locale whose conventions dates and numbers of a UI language follow in the EU:
	 * English as in Ireland (day first, "4 December 2026", weeks from Monday), every
	 * other language as in its main Member State (German as in Germany).
	 */
	public static Locale regional(Locale language) {
		return switch (language.getLanguage()) {
			case "en" -> Locale.forLanguageTag("en-IE");
			case "de" -> Locale.GERMANY;
			case "fr" -> Locale.FRANCE;
			case "nl" -> Locale.forLanguageTag("nl-NL");
			case "it" -> Locale.ITALY;
			case "es" -> Locale.forLanguageTag("es-ES");
			case "pl" -> Locale.forLanguageTag("pl-PL");
			case "el" -> Locale.forLanguageTag("el-GR");
			case "sv" -> Locale.forLanguageTag("sv-SE");
			case "pt" -> Locale.forLanguageTag("pt-PT");
			default -> language.getCountry().isEmpty() && !language.getLanguage().isEmpty()
					? regionOf(language.getLanguage()) : language;
		};
	}

	private static Locale regionOf(String language) {
		String region = switch (language) {
			case "bg" -> "BG";
			case "cs" -> "CZ";
			case "da" -> "DK";
			case "et" -> "EE";
			case "fi" -> "FI";
			case "ga" -> "IE";
			case "hr" -> "HR";
			case "hu" -> "HU";
			case "lt" -> "LT";
			case "lv" -> "LV";
			case "mt" -> "MT";
			case "ro" -> "RO";
			case "sk" -> "SK";
			case "sl" -> "SI";
			default -> "";
		};
		return Locale.of(language, region);
	}

}
