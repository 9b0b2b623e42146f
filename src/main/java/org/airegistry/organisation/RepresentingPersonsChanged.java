package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;

/**
 * Art 71(5): the organisation's list of persons with legal authority to represent it
 * changed (DD069). It carries no name: the audit trail holds no personal data to erase.
 *
 * @param organisation the organisation
 * @param persons how many persons the list holds now
 */
public record RepresentingPersonsChanged(OrganisationId organisation, int persons) implements DomainEvent {
}
