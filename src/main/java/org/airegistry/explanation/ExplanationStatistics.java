package org.airegistry.explanation;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Public aggregate statistics of a deployer or a system; no personal data, no free text.
 * Below {@value #MINIMUM_COUNT} verified requests nothing but that fact is shown
 * ({@link #tooFewToShow()}): with one or two requests, the response time or the outcome
 * would tell the public about a person who asked.
 *
 * @param received verified requests received
 * @param responded requests with a response (answered, partly, refused, not eligible)
 * @param medianResponseDays median days from submission to response, null without
 * responses
 * @param shareOnTime share of responses given on or before the due date (0..1), null
 * without responses
 * @param outcomes number of responses per outcome
 * @param escalated requests turned into a complaint (Art 85)
 */
public record ExplanationStatistics(long received, long responded, @Nullable Double medianResponseDays,
		@Nullable Double shareOnTime, Map<RequestState, Long> outcomes, long escalated) {

	/** Fewest verified requests whose statistics are published. */
	public static final int MINIMUM_COUNT = 5;

	/** Statistics of fewer than the minimum: nothing to show but that there are some. */
	static ExplanationStatistics tooFew() {
		return new ExplanationStatistics(-1, 0, null, null, Map.of(), 0);
	}

	/** Whether there were requests, but fewer than {@link #MINIMUM_COUNT}. */
	public boolean tooFewToShow() {
		return received < 0;
	}

}
