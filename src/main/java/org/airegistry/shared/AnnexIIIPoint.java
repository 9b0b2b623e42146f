package org.airegistry.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The high-risk use cases of Annex III, by the registry's codes ({@code 1a} …
 * {@code 8b}). The law's wording of each point is a translation
 * ({@code annexIII.<code>}); the area is the Annex III number (1–8). Art 49(4) routes
 * points 1, 6 and 7 to the non-public section.
 */
public enum AnnexIIIPoint {

	P1A("1a"), P1B("1b"), P1C("1c"), P2("2"), P3A("3a"), P3B("3b"), P3C("3c"), P3D("3d"), P4A("4a"), P4B("4b"),
	P5A("5a"), P5B("5b"), P5C("5c"), P5D("5d"), P6A("6a"), P6B("6b"), P6C("6c"), P6D("6d"), P6E("6e"), P7A("7a"),
	P7B("7b"), P7C("7c"), P7D("7d"), P8A("8a"), P8B("8b");

	private final String code;

	AnnexIIIPoint(String code) {
		this.code = code;
	}

	/** The code as written in the registry, e.g. {@code 4a}. */
	public String code() {
		return code;
	}

	/** The Annex III area (point number), 1 to 8. */
	public int area() {
		return code.charAt(0) - '0';
	}

	/** Translation key of the law's wording of this point. */
	public String translationKey() {
		return "annexIII." + code;
	}

	/** Translation key of the name of this point's area. */
	public String areaTranslationKey() {
		return "annexIII.area." + area();
	}

	/** Parses a code such as {@code 4a} (case-insensitive). */
	public static Optional<AnnexIIIPoint> fromCode(String code) {
		String lower = code.strip().toLowerCase(Locale.ROOT);
		for (AnnexIIIPoint point : values()) {
			if (point.code.equals(lower)) {
				return Optional.of(point);
			}
		}
		return Optional.empty();
	}

}
