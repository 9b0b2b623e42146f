package org.airegistry.gpai;

import org.airegistry.shared.DomainEvent;

/**
 * A new public version of a model page exists (by its provider or a regulator's
 * designation).
 */
public record GpaiModelPublished(GpaiModelId id, int version) implements DomainEvent {

}
