package org.airegistry.shared;

import java.util.random.RandomGenerator;

/**
 * Random references in Crockford's base 32 (no I, L, O, U): easy to read aloud and to
 * type, impossible to guess at the lengths the registry uses.
 */
public final class Crockford {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	/** A character class matching one character of the alphabet. */
	public static final String CHARACTER = "[0-9A-HJKMNP-TV-Z]";

	private Crockford() {
	}

	/** {@code length} random characters (5 bits each). */
	public static String random(RandomGenerator random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return text.toString();
	}

}
