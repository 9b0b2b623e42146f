package org.airegistry.explanation;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Public aggregate statistics of a deployer or a system; no personal data, no free text.
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

}
