package org.airegistry.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

	/**
	 * The Member State's official languages that are official languages of the Union, the
	 * most widely used first (Belgium: Dutch, then French; its small German-speaking
	 * community is not assumed); the fallback language of mails to an organisation
	 * established there whose users chose none.
	 */
	public List<Locale> languages() {
		List<String> codes = switch (this) {
			case AT, DE -> List.of("de");
			case BE -> List.of("nl", "fr");
			case BG -> List.of("bg");
			case HR -> List.of("hr");
			case CY, EL -> List.of("el");
			case CZ -> List.of("cs");
			case DK -> List.of("da");
			case EE -> List.of("et");
			case FI -> List.of("fi", "sv");
			case FR -> List.of("fr");
			case HU -> List.of("hu");
			case IE -> List.of("en", "ga");
			case IT -> List.of("it");
			case LV -> List.of("lv");
			case LT -> List.of("lt");
			case LU -> List.of("fr", "de");
			case MT -> List.of("mt", "en");
			case NL -> List.of("nl");
			case PL -> List.of("pl");
			case PT -> List.of("pt");
			case RO -> List.of("ro");
			case SK -> List.of("sk");
			case SI -> List.of("sl");
			case ES -> List.of("es");
			case SE -> List.of("sv");
		};
		return codes.stream().map(Locale::of).toList();
	}

	/** Parses an EU or ISO code, case-insensitively ("gr" and "EL" both give Greece). */
	public static Optional<MemberState> fromCode(String code) {
		// the index and the database hold the codes as written: found without copying
		MemberState state = BY_CODE.get(code);
		return Optional.ofNullable(state != null ? state : BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
	}

	/**
	 * Every code by its upper-case spelling, ISO's GR for EL included: read for each
	 * Member State of each search hit, so a lookup, not a scan of a fresh
	 * {@code values()} copy.
	 */
	private static final Map<String, MemberState> BY_CODE = byCode();

	private static Map<String, MemberState> byCode() {
		Map<String, MemberState> codes = new HashMap<>();
		for (MemberState state : values()) {
			codes.put(state.name(), state);
			codes.put(state.isoCode(), state);
		}
		return Map.copyOf(codes);
	}

}
