package org.airegistry.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The 27 Member States of the European Union, by the EU's own country codes (Greece is
 * {@code EL}). Display names come from the JDK's locale data, so they are localised in
 * every UI language.
 */
public enum MemberState {

	AT, BE, BG, HR, CY, CZ, DK, EE, FI, FR, DE, EL, HU, IE, IT, LV, LT, LU, MT, NL, PL, PT, RO, SK, SI, ES, SE;

	/** The ISO 3166-1 code; differs from the EU code only for Greece. */
	public String isoCode() {
		return this == EL ? "GR" : name();
	}

	/** The country's name in the given language, e.g. "Deutschland" for DE in German. */
	public String displayName(Locale locale) {
		return Locale.of("", isoCode()).getDisplayCountry(locale);
	}

	/** Parses an EU or ISO code, case-insensitively ("gr" and "EL" both give Greece). */
	public static Optional<MemberState> fromCode(String code) {
		String upper = code.strip().toUpperCase(Locale.ROOT);
		if (upper.equals("GR")) {
			return Optional.of(EL);
		}
		for (MemberState state : values()) {
			if (state.name().equals(upper)) {
				return Optional.of(state);
			}
		}
		return Optional.empty();
	}

}
