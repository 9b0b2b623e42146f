package org.airegistry.registry;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Registration numbers of entries, given at the first publication from the series of the
 * section the entry is published in: consecutive in the public section
 * ({@code AIR-000001}), random in the non-public section ({@code AIR-R-7KQ3M9ZD},
 * Crockford base 32, 40 bits). Public numbers therefore reveal nothing about drafts or
 * about the non-public section (Art 49(4)), and non-public numbers cannot be guessed.
 */
public final class RegistrationNumbers {

	/** A number of the public series. */
	public static final Pattern PUBLIC = Pattern.compile("AIR-\\d{6,}");

	/** A number of the non-public series. */
	public static final Pattern NON_PUBLIC = Pattern.compile("AIR-R-[0-9A-HJKMNP-TV-Z]{8}");

	private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private RegistrationNumbers() {
	}

	/** The public series' number for a sequence value. */
	public static String publicNumber(long sequenceValue) {
		return "AIR-%06d".formatted(sequenceValue);
	}

	/** A random number of the non-public series. */
	public static String nonPublicNumber(RandomGenerator random) {
		StringBuilder number = new StringBuilder("AIR-R-");
		for (int i = 0; i < 8; i++) {
			number.append(CROCKFORD[random.nextInt(CROCKFORD.length)]);
		}
		return number.toString();
	}

	/**
	 * A registration number as typed by a person (case and surrounding space ignored), if
	 * it has the form of one.
	 */
	public static Optional<String> parse(String text) {
		String number = text.strip().toUpperCase(Locale.ROOT);
		return PUBLIC.matcher(number).matches() || NON_PUBLIC.matcher(number).matches() ? Optional.of(number)
				: Optional.empty();
	}

}
