package org.airegistry.registry;

import java.util.List;

import org.airegistry.shared.DomainEvent;

/**
 * Published versions of a point-1 entry were taken out of public view because the point-1
 * policy setting now puts them into the Art 49(4) section.
 *
 * @param id the entry
 * @param registrationNumber its registration number
 * @param policy the policy in force
 * @param versions the versions restricted
 */
public record EntryRestrictedByPolicy(AiSystemId id, String registrationNumber, Point1Policy policy,
		List<Integer> versions) implements DomainEvent {
}
