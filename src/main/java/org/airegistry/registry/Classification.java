package org.airegistry.registry;

/**
 * Under which section of Annex VIII an entry is registered: Section A for high-risk
 * systems (Art 49(1)), Section B for Annex III systems that the provider considers not
 * high-risk under the Art 6(3) derogation (Art 49(2)). Translated as
 * {@code classification.<NAME>}.
 */
public enum Classification {

	SECTION_A, SECTION_B;

	public String translationKey() {
		return "classification." + name();
	}

}
