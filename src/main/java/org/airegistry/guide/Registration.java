package org.airegistry.guide;

/** Where a builder or user registers or publishes, according to the guide. */
public enum Registration {

	/** Annex VIII Section A in the EU database (Art 49(1)). */
	SECTION_A,
	/** Annex VIII Section B in the EU database (Art 49(2)). */
	SECTION_B,
	/**
	 * Annex VIII Section C: a public-authority deployer registers its use (Art 26(8), Art
	 * 49(3)).
	 */
	SECTION_C,
	/** Annex VIII Section C, voluntarily, by any other deployer (Recital 131). */
	SECTION_C_VOLUNTARY,
	/** Annex III point 2: registration at national level (Art 49(5)). */
	NATIONAL,
	/** A public GPAI model page with the training-content summary (Art 53(1)(d)). */
	GPAI_PAGE

}
