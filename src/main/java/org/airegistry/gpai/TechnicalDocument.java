package org.airegistry.gpai;

import java.time.Instant;

/**
 * An Annex XI technical documentation PDF attached to a model page (Art 53(1)(a)):
 * restricted to regulators, never public.
 *
 * @param sha256 SHA-256 of the content, lower-case hex; names the file in its download
 * address
 * @param modelVersion the version the model's draft was to be published as when the file
 * was attached
 * @param byteSize size in bytes
 */
public record TechnicalDocument(String sha256, int modelVersion, String fileName, long byteSize, Instant uploadedAt) {

	/** A document with its bytes, for a regulator's download. */
	public record Download(TechnicalDocument document, byte[] content) {

	}

}
