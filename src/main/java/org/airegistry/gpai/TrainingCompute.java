package org.airegistry.gpai;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Training compute and the Art 51(2) presumption. The estimate uses the common
 * approximation for dense transformer training: 6 FLOP per parameter per training token.
 */
public final class TrainingCompute {

	/** Art 51(2): more than 10^25 FLOP presumes high-impact capabilities. */
	public static final BigDecimal PRESUMPTION_THRESHOLD = new BigDecimal("1E25");

	/** FLOP per parameter per token in the estimate. */
	public static final int FLOP_PER_PARAMETER_TOKEN = 6;

	private TrainingCompute() {
	}

	/** 6 × parameters × tokens, exactly. */
	public static BigDecimal estimate(long parameters, long tokens) {
		return new BigDecimal(BigInteger.valueOf(parameters)
			.multiply(BigInteger.valueOf(tokens))
			.multiply(BigInteger.valueOf(FLOP_PER_PARAMETER_TOKEN)));
	}

	/** Whether this much compute presumes systemic risk (strictly more than 10^25). */
	public static boolean presumesSystemicRisk(BigDecimal flop) {
		return flop.compareTo(PRESUMPTION_THRESHOLD) > 0;
	}

	/** Scientific notation with three significant digits, e.g. {@code 3.15E+25}. */
	public static String format(BigDecimal flop) {
		return format(flop, java.util.Locale.ROOT);
	}

	/**
	 * Scientific notation with three significant digits in the locale's writing, e.g.
	 * {@code 3,15E+25} in German.
	 */
	public static String format(BigDecimal flop, java.util.Locale locale) {
		return String.format(locale, "%.2E", flop);
	}

}
