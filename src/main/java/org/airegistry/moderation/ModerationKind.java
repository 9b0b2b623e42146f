package org.airegistry.moderation;

/** What the regulator did to a public entry. */
public enum ModerationKind {

	/** A public notice shown on the entry page. */
	FLAG,

	/** The provider must correct the entry by a due date. */
	CORRECTION_REQUEST,

	/** The entry is withdrawn from public view, with a public reason. */
	SUSPENSION

}
