package org.airegistry.incident;

/** What an authority handles in the registry. */
public enum Competence {

	/** Serious-incident reports (Art 73, Art 55(1)(c)). */
	SERIOUS_INCIDENTS,

	/** Testing in real-world conditions (Art 60). */
	REAL_WORLD_TESTING

}
