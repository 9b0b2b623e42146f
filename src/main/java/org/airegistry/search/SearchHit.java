package org.airegistry.search;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.airegistry.shared.MemberState;

/**
 * One entry found by a search.
 *
 * @param registrationNumber the entry's stable public reference (for the permalink)
 * @param tradeName the AI system's trade name, plain text
 * @param providerName the provider's name, plain text
 * @param snippetHtml an excerpt of the intended purpose as HTML: all text escaped, the
 * matched words wrapped in {@code <mark>}; safe to render as HTML
 * @param memberStates where the system is made available
 * @param publishedAt when the latest version was published
 */
public record SearchHit(String registrationNumber, String tradeName, String providerName, String snippetHtml,
		Set<MemberState> memberStates, Instant publishedAt) {

	public SearchHit {
		memberStates = memberStates.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(memberStates));
	}

}
