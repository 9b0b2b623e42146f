package org.airegistry.registry;

import java.util.Optional;

/**
 * The PDF documents of published entries, for download by anyone. Only documents that a
 * published version of a public entry refers to are found: never those of drafts, and
 * never those of entries in the non-public section (Art 49(4)).
 */
public interface PublicDocuments {

	/** A document with its content. */
	record Download(StoredDocument document, byte[] content) {

	}

	/**
	 * The document with this SHA-256 if a published version of the public entry refers to
	 * it.
	 */
	Optional<Download> find(String registrationNumber, String sha256);

	/** The public address of a document of a published entry. */
	static String path(String registrationNumber, String sha256) {
		return RegistryRoutes.PUBLIC_ENTRY + "/" + registrationNumber + "/documents/" + sha256;
	}

}
