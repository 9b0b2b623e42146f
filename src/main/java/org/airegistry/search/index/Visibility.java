package org.airegistry.search.index;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

	/**
	 * The registration numbers withheld among several entries; implementations answer in
	 * one query (a reindex asks once per bulk page).
	 */
	default Set<String> withheldAmong(List<PublicEntry> entries) {
		return entries.stream().filter(this::withheld).map(PublicEntry::registrationNumber).collect(Collectors.toSet());
	}

}
