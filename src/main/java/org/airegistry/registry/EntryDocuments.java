package org.airegistry.registry;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The PDF documents of a Section A entry; each is optional in a draft.
 *
 * @param certificateScan Annex VIII A.9: scanned copy of the certificate
 * @param declarationOfConformity Annex VIII A.11: the EU declaration of conformity
 * @param instructionsForUse Annex VIII A.12: the instructions for use (or a web address
 * in {@link EntryData#instructionsForUse()})
 */
public record EntryDocuments(@Nullable StoredDocument certificateScan, @Nullable StoredDocument declarationOfConformity,
		@Nullable StoredDocument instructionsForUse) {

	public static EntryDocuments none() {
		return new EntryDocuments(null, null, null);
	}

	public @Nullable StoredDocument get(DocumentKind kind) {
		return switch (kind) {
			case CERTIFICATE_SCAN -> certificateScan;
			case DECLARATION_OF_CONFORMITY -> declarationOfConformity;
			case INSTRUCTIONS_FOR_USE -> instructionsForUse;
		};
	}

	public EntryDocuments with(DocumentKind kind, @Nullable StoredDocument document) {
		return switch (kind) {
			case CERTIFICATE_SCAN -> new EntryDocuments(document, declarationOfConformity, instructionsForUse);
			case DECLARATION_OF_CONFORMITY -> new EntryDocuments(certificateScan, document, instructionsForUse);
			case INSTRUCTIONS_FOR_USE -> new EntryDocuments(certificateScan, declarationOfConformity, document);
		};
	}

	/** The documents that are given, in Annex VIII order. */
	public List<StoredDocument> all() {
		List<StoredDocument> all = new ArrayList<>();
		for (DocumentKind kind : DocumentKind.values()) {
			StoredDocument document = get(kind);
			if (document != null) {
				all.add(document);
			}
		}
		return all;
	}

	/** Whether no document is attached. */
	public boolean nothingAttached() {
		return all().isEmpty();
	}

}
