package org.airegistry.registry;

import java.util.Optional;

import org.airegistry.publication.VersionSummary;
import org.airegistry.registry.persistence.AiSystemRepository;
import org.airegistry.registry.persistence.DocumentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds documents through the published, public versions that refer to them. */
@Service
@Transactional(readOnly = true)
class PublicDocumentsService implements PublicDocuments {

	private final AiSystemRepository entries;

	private final DocumentRepository documents;

	PublicDocumentsService(AiSystemRepository entries, DocumentRepository documents) {
		this.entries = entries;
		this.documents = documents;
	}

	@Override
	public Optional<Download> find(String registrationNumber, String sha256) {
		if (!StoredDocument.isSha256(sha256)) {
			return Optional.empty();
		}
		// history and findVersion read the public tier only (Art 49(4))
		for (VersionSummary summary : entries.history(registrationNumber)) {
			Optional<PublicEntry> version = entries.findVersion(registrationNumber, summary.version());
			if (version.isEmpty()) {
				continue;
			}
			for (StoredDocument document : version.get().data().documents().all()) {
				if (document.sha256().equals(sha256)) {
					return documents.content(version.get().providerId(), sha256)
						.map(content -> new Download(document, content));
				}
			}
		}
		return Optional.empty();
	}

}
