package org.airegistry.registry;

import java.util.UUID;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;

/**
 * Art 22(3): the representative declined its mandate for an entry (DD067).
 *
 * @param mandate the mandate
 * @param system the entry
 * @param organisation the organisation that acted (the provider, or the representative)
 */
public record RepresentativeMandateDeclined(UUID mandate, AiSystemId system,
		OrganisationId organisation) implements DomainEvent {
}
