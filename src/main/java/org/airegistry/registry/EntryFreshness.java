package org.airegistry.registry;

import org.airegistry.publication.Freshness;
import org.airegistry.registry.persistence.AiSystemRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How current an entry is (issue 21, freshness, DD071), on the publication kernel's
 * {@link Freshness}: when the provider last published or confirmed it, for its public
 * page. The entries not confirmed in time are listed by the kernel for every kind
 * ({@link Freshness#notConfirmedInTime()}, see {@link EntryReview}).
 */
@Service
public class EntryFreshness {

	private final Freshness freshness;

	private final AiSystemRepository entries;

	EntryFreshness(Freshness freshness, AiSystemRepository entries) {
		this.freshness = freshness;
		this.entries = entries;
	}

	/** The standing of the latest public version of an entry. */
	@Transactional(readOnly = true)
	public Freshness.Standing of(PublicEntry latest) {
		return freshness.standing(entries.store().kind(), latest.id(), latest.publishedAt());
	}

}
