package org.airegistry.explanation;

/**
 * Who complains: Art 85 gives the right to any natural or legal person. Translated as
 * {@code complaint.kind.<NAME>}.
 */
public enum ComplainantKind {

	NATURAL_PERSON, LEGAL_PERSON

}
