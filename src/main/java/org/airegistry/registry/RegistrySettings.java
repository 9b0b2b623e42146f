package org.airegistry.registry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the registry that public pages need too.
 */
@Component
public class RegistrySettings {

	private final boolean omnibus2026;

	private final long maxDocumentBytes;

	RegistrySettings(@Value("${airegistry.registry.section-b.omnibus-2026:true}") boolean omnibus2026,
			@Value("${airegistry.registry.documents.max-bytes:10485760}") long maxDocumentBytes) {
		this.omnibus2026 = omnibus2026;
		this.maxDocumentBytes = maxDocumentBytes;
	}

	/**
	 * Whether the 2026 amendment (Reg. 2026/1744 Art 1(42)) applies: Section B no longer
	 * asks for B.7 (grounds) and B.9 (Member States); earlier versions show them as no
	 * longer required.
	 */
	public boolean omnibus2026() {
		return omnibus2026;
	}

	/** Largest PDF document accepted, in bytes. */
	public long maxDocumentBytes() {
		return maxDocumentBytes;
	}

}
