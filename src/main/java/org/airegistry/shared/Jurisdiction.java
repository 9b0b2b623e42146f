package org.airegistry.shared;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where an authority acts: one Member State (a national market surveillance authority) or
 * the Union as a whole (the AI Office, the registry operator).
 */
public record Jurisdiction(@Nullable MemberState memberState) {

	private static final Jurisdiction UNION = new Jurisdiction(null);

	/** The jurisdiction of a national authority. */
	public static Jurisdiction national(MemberState memberState) {
		return new Jurisdiction(java.util.Objects.requireNonNull(memberState, "memberState"));
	}

	/** The jurisdiction of a Union body. */
	public static Jurisdiction union() {
		return UNION;
	}

	public boolean isUnion() {
		return memberState == null;
	}

	/** The Member State of a national authority; empty at Union level. */
	public Optional<MemberState> nationalMemberState() {
		return Optional.ofNullable(memberState);
	}

	/**
	 * Whether a case routed to this Member State is this jurisdiction's: true for the
	 * national authority of that Member State only (Union bodies take cases routed to the
	 * Union level, see {@link #isUnion()}).
	 */
	public boolean covers(MemberState state) {
		return state == memberState;
	}

	/** {@code DE}, or {@code EU} for the Union level. */
	public String code() {
		return memberState == null ? "EU" : memberState.name();
	}

}
