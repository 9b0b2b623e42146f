package org.airegistry.search.sync;

import java.util.List;
import java.util.Set;

import org.airegistry.moderation.Moderation;
import org.airegistry.registry.PublicEntry;
import org.airegistry.search.index.Visibility;
import org.springframework.stereotype.Component;

/** Entries suspended from public view by the authority are withheld from search. */
@Component
class ModerationVisibility implements Visibility {

	private final Moderation moderation;

	ModerationVisibility(Moderation moderation) {
		this.moderation = moderation;
	}

	@Override
	public boolean withheld(PublicEntry entry) {
		return moderation.isSuspended(entry.registrationNumber());
	}

	@Override
	public Set<String> withheldAmong(List<PublicEntry> entries) {
		return moderation.suspendedAmong(entries.stream().map(PublicEntry::registrationNumber).toList());
	}

}
