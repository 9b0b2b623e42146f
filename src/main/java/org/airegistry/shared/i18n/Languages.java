package org.airegistry.shared.i18n;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One rule for recording a person's language: what they used, kept when it is an official
 * EU language.
 */
public final class Languages {

	private Languages() {
	}

	/**
	 * The language to record for a person from what they used (a UI locale's language
	 * tag, e.g. {@code pl-PL}): its ISO 639-1 code when it is one of the 24 official
	 * languages of the Union, else {@code en}. A recorded language that the portal does
	 * not offer yet still counts once its bundles are complete.
	 */
	public static String recordable(@Nullable String requested) {
		if (requested == null || requested.isBlank()) {
			return "en";
		}
		String language = Locale.forLanguageTag(requested.strip().replace('_', '-')).getLanguage();
		return OfficialLanguages.CODES.contains(language) ? language : "en";
	}

	/** {@link #recordable(String)} for a locale. */
	public static String recordable(@Nullable Locale locale) {
		return recordable(locale == null ? null : locale.toLanguageTag());
	}

}
