package org.airegistry.registry.persistence;

import static org.airegistry.db.Tables.ENTRY_DOCUMENT;

import java.time.Instant;
import java.util.Optional;

import org.airegistry.registry.StoredDocument;
import org.airegistry.shared.OrganisationId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Stores the PDF documents of entries, once per organisation and content. */
@Repository
public class DocumentRepository {

	private final DSLContext dsl;

	DocumentRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Stores the document unless the organisation already holds the same content. */
	public void insertIfAbsent(OrganisationId organisation, StoredDocument document, byte[] content, Instant now) {
		if (exists(organisation, document.sha256())) {
			return;
		}
		dsl.insertInto(ENTRY_DOCUMENT)
			.set(IdColumns.DOCUMENT_ORGANISATION_ID, organisation)
			.set(ENTRY_DOCUMENT.SHA256, document.sha256())
			.set(ENTRY_DOCUMENT.FILE_NAME, document.fileName())
			.set(ENTRY_DOCUMENT.BYTE_SIZE, document.size())
			.set(ENTRY_DOCUMENT.CONTENT, content)
			.set(ENTRY_DOCUMENT.UPLOADED_AT, now)
			.execute();
	}

	public boolean exists(OrganisationId organisation, String sha256) {
		return dsl.fetchExists(ENTRY_DOCUMENT,
				IdColumns.DOCUMENT_ORGANISATION_ID.eq(organisation).and(ENTRY_DOCUMENT.SHA256.eq(sha256)));
	}

	public Optional<byte[]> content(OrganisationId organisation, String sha256) {
		return dsl.select(ENTRY_DOCUMENT.CONTENT)
			.from(ENTRY_DOCUMENT)
			.where(IdColumns.DOCUMENT_ORGANISATION_ID.eq(organisation))
			.and(ENTRY_DOCUMENT.SHA256.eq(sha256))
			.fetchOptional(ENTRY_DOCUMENT.CONTENT);
	}

}
