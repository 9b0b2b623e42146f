package org.airegistry.registry;

import org.airegistry.publication.Visibility;

/**
 * The latest published version of a provider's entry, whichever section it is in, for
 * other modules' services that link to it (deployer registrations, Annex VIII C.3).
 *
 * @param entry the latest published version
 * @param restricted whether the entry is in the non-public section (Art 49(4))
 * @param suspended whether the market surveillance authority suspended it from public
 * view (Art 74/79): public pages must not show its details
 */
public record LinkableEntry(PublicEntry entry, boolean restricted, boolean suspended) {

	/** An entry that is not suspended. */
	public LinkableEntry(PublicEntry entry, boolean restricted) {
		this(entry, restricted, false);
	}

	/** The section the entry is in now (Art 49(4)). */
	public Visibility section() {
		return restricted ? Visibility.RESTRICTED : Visibility.PUBLIC;
	}

	/** The provider's current status (A.7), if given. */
	public EntryStatus status() {
		return entry.data().status() == null ? EntryStatus.ON_MARKET : entry.data().status();
	}

}
