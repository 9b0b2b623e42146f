package org.airegistry.registry;

/**
 * The documents a Section A entry can carry as PDF files. Translated as
 * {@code document.<NAME>}.
 */
public enum DocumentKind {

	/** Annex VIII A.9: scanned copy of the notified-body certificate. */
	CERTIFICATE_SCAN("annex.A9"),

	/** Annex VIII A.11: copy of the EU declaration of conformity (Art 47). */
	DECLARATION_OF_CONFORMITY("annex.A11"),

	/** Annex VIII A.12: electronic instructions for use (or a web address instead). */
	INSTRUCTIONS_FOR_USE("annex.A12");

	private final String annexKey;

	DocumentKind(String annexKey) {
		this.annexKey = annexKey;
	}

	public String annexKey() {
		return annexKey;
	}

	public String translationKey() {
		return "document." + name();
	}

}
