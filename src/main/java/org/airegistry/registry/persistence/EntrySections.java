package org.airegistry.registry.persistence;

import static org.airegistry.db.Tables.AI_SYSTEM;

import org.airegistry.publication.Visibility;
import org.airegistry.publication.store.PublicationTables;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The section an entry is in now (that of its latest published version), for the
 * authorities' lists: entries of the non-public section (Art 49(4)) are listed only for a
 * reader who may read that section, as the one predicate decides (DD048; the services ask
 * it and pass the answer).
 */
final class EntrySections {

	/** The entry is in a section the public may see. */
	static final Condition PUBLIC_SECTION = PublicationTables.visibility(AI_SYSTEM.VISIBILITY)
		.in(Visibility.publicOnes());

	private EntrySections() {
	}

	/**
	 * Every entry for a reader of the non-public section, else the entries of the public
	 * one.
	 */
	static Condition listedFor(boolean nonPublicToo) {
		return nonPublicToo ? DSL.noCondition() : PUBLIC_SECTION;
	}

}
