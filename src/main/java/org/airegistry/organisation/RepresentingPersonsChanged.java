package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;

/**
 * Art 71(5): the organisation's list of persons with legal authority to represent it
 * changed (DD069). It carries no name and no contact detail, only how many persons the
 * list held before and holds now: the audit trail holds no personal data to erase.
 *
 * @param organisation the organisation
 * @param before how many persons the list held before
 * @param after how many persons the list holds now
 */
public record RepresentingPersonsChanged(OrganisationId organisation, int before, int after) implements DomainEvent {

	/** How the audit trail states a count: "1 person", "3 persons". */
	public static String persons(int count) {
		return count + (count == 1 ? " person" : " persons");
	}

}
