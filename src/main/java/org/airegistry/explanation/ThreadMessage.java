package org.airegistry.explanation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a request's thread.
 *
 * @param author PERSON, DEPLOYER or AUTHORITY
 * @param kind what happened, e.g. ANSWER, INFORMATION_REQUEST, COMPLAINT
 * @param body the text (for an answer: the role of the AI system)
 * @param secondBody a second part (for an answer: the main elements of the decision)
 * @param at when
 */
public record ThreadMessage(String author, String kind, String body, @Nullable String secondBody, Instant at) {

}
