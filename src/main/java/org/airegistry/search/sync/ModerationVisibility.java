package org.airegistry.search.sync;

import java.util.List;
import java.util.Set;

import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.index.Visibility;
import org.springframework.stereotype.Component;

/**
 * Entries suspended from public view by the authority are withheld from search, by the
 * registry's one visibility rule (the same the API, exports and feeds follow).
 */
@Component
class ModerationVisibility implements Visibility {

	private final RegistryQueries registry;

	ModerationVisibility(RegistryQueries registry) {
		this.registry = registry;
	}

	@Override
	public boolean withheld(PublicEntry entry) {
		return registry.isSuspended(entry.registrationNumber());
	}

	@Override
	public Set<String> withheldAmong(List<PublicEntry> entries) {
		return registry.suspendedAmong(entries.stream().map(PublicEntry::registrationNumber).toList());
	}

}
