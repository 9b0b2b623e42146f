package org.airegistry.registry;

import java.util.Locale;

/**
 * The language an entry's texts are written in: one of the 24 official languages of the
 * EU. Search analyses each entry in its own language.
 */
public enum ContentLanguage {

	BG, CS, DA, DE, EL, EN, ES, ET, FI, FR, GA, HR, HU, IT, LT, LV, MT, NL, PL, PT, RO, SK, SL, SV;

	public Locale locale() {
		return Locale.of(name().toLowerCase(Locale.ROOT));
	}

	/**
	 * The language's name in the given display language, e.g. "Deutsch" for DE in German.
	 */
	public String displayName(Locale displayLocale) {
		return locale().getDisplayLanguage(displayLocale);
	}

}
