package org.airegistry.search.index;

import org.airegistry.registry.PublicEntry;

/**
 * Whether a published entry is withheld from search, e.g. suspended from public view by
 * the market surveillance authority; such entries are removed from (and never written
 * into) the index.
 */
public interface Visibility {

	/** Nothing is withheld (tests and setups without moderation). */
	Visibility ALL = entry -> false;

	boolean withheld(PublicEntry entry);

}
