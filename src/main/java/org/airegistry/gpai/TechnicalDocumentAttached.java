package org.airegistry.gpai;

import org.airegistry.shared.DomainEvent;

/**
 * A provider attached an Annex XI technical document (PDF) to a GPAI model.
 *
 * @param id the model
 * @param fileName the file name
 * @param sha256 the document's SHA-256
 */
public record TechnicalDocumentAttached(GpaiModelId id, String fileName, String sha256) implements DomainEvent {
}
