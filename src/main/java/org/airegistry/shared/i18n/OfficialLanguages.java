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

}
