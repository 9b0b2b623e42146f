package org.airegistry.testing;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import org.airegistry.shared.Crockford;

/**
 * The Union-wide unique single identification number of a test in real-world conditions
 * (Annex IX point 1, Art 60(4)(c)): {@code RWT-} and three groups of four Crockford
 * base-32 characters (60 bits), given when the plan is created so that the consent
 * information for test subjects can name it (Art 61(1)(e)). Random, so that numbers
 * reveal nothing about other tests.
 */
public final class TestUids {

	/** The form of a UID. */
	public static final Pattern FORM = Pattern
		.compile("RWT-" + Crockford.CHARACTER + "{4}-" + Crockford.CHARACTER + "{4}-" + Crockford.CHARACTER + "{4}");

	private TestUids() {
	}

	public static String random(RandomGenerator random) {
		return "RWT-" + Crockford.random(random, 4) + "-" + Crockford.random(random, 4) + "-"
				+ Crockford.random(random, 4);
	}

	/**
	 * A UID as typed by a person (case and surrounding space ignored), if it has the form
	 * of one.
	 */
	public static Optional<String> parse(String text) {
		String uid = text.strip().toUpperCase(Locale.ROOT);
		return FORM.matcher(uid).matches() ? Optional.of(uid) : Optional.empty();
	}

}
