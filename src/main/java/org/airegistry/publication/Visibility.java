package org.airegistry.publication;

import java.util.Arrays;
import java.util.List;

/**
 * Who may see a published version: decided when the version is published, by the rules of
 * its kind, and stored with it. Public reads show a version only when both the version
 * and its record (the section the record is in now) are public and no moderation hold
 * applies.
 */
public enum Visibility {

	/** Everyone (the public section). */
	PUBLIC,

	/**
	 * Everyone, because the owner consented to publication (e.g. testing in real-world
	 * conditions, Art 60(4)(c), Art 71(4)); withdrawing consent takes it out of public
	 * view.
	 */
	PUBLIC_BY_CONSENT,

	/**
	 * The non-public section (Art 49(4)): the Commission and the competent national
	 * authorities only, besides the owner.
	 */
	RESTRICTED,

	/**
	 * Would be public with the owner's consent, which was not given: authorities and the
	 * owner only.
	 */
	CONSENT_WITHHELD,

	/**
	 * Never public (e.g. serious-incident reports, Art 73): authorities and the owner.
	 */
	NEVER_PUBLIC;

	/** Whether the public may see a version with this visibility. */
	public boolean isPublic() {
		return this == PUBLIC || this == PUBLIC_BY_CONSENT;
	}

	/** The visibilities the public may see. */
	public static List<Visibility> publicOnes() {
		return Arrays.stream(values()).filter(Visibility::isPublic).toList();
	}

}
