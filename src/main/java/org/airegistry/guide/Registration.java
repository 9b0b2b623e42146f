package org.airegistry.guide;

/** Where a builder registers or publishes, according to the guide. */
public enum Registration {

	/** Annex VIII Section A in the EU database (Art 49(1)). */
	SECTION_A,
	/** Annex VIII Section B in the EU database (Art 49(2)). */
	SECTION_B,
	/** Annex III point 2: registration at national level (Art 49(5)). */
	NATIONAL,
	/** A public GPAI model page with the training-content summary (Art 53(1)(d)). */
	GPAI_PAGE

}
