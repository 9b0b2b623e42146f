package org.airegistry.publication;

import org.jspecify.annotations.Nullable;

/**
 * What the public may know about a record.
 *
 * @param kind visible, withheld by a hold, or absent
 * @param hold the hold, when withheld
 */
public record PublicState(Kind kind, @Nullable PublicHold hold) {

	/** What the public may know. */
	public enum Kind {

		/** Its latest version is public. */
		VISIBLE,

		/**
		 * It is in the public section but a hold withholds it: the public may learn why
		 * (e.g. the authority's suspension notice), nothing else.
		 */
		WITHHELD,

		/**
		 * Unknown, never published, or outside the public section: answered exactly like
		 * a record that never existed.
		 */
		ABSENT

	}

	public static final PublicState VISIBLE = new PublicState(Kind.VISIBLE, null);

	public static final PublicState ABSENT = new PublicState(Kind.ABSENT, null);

	public static PublicState withheld(PublicHold hold) {
		return new PublicState(Kind.WITHHELD, hold);
	}

	public boolean isVisible() {
		return kind == Kind.VISIBLE;
	}

	/** Whether the record is withheld by this hold. */
	public boolean isWithheldBy(PublicHold reason) {
		return kind == Kind.WITHHELD && hold == reason;
	}

}
