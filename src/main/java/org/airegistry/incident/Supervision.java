package org.airegistry.incident;

import org.airegistry.shared.AnnexIIIPoint;
import org.jspecify.annotations.Nullable;

/**
 * Why an authority received a serious-incident report or a test plan, as its inbox shows
 * it: the basis of its competence and the system's Annex III point.
 *
 * @param basis Art 70(1) or Art 74(8)
 * @param point the system's Annex III point, if any
 */
public record Supervision(SupervisionBasis basis, @Nullable AnnexIIIPoint point) {

	/** For a system of the point, with or without law-enforcement or border use. */
	public static Supervision of(@Nullable AnnexIIIPoint point, boolean lawEnforcementOrBorderUse) {
		return of(point, lawEnforcementOrBorderUse, false);
	}

	/**
	 * For a system of the point, with or without law-enforcement or border use, and with
	 * or without use for justice and democracy (Art 74(8)).
	 */
	public static Supervision of(@Nullable AnnexIIIPoint point, boolean lawEnforcementOrBorderUse,
			boolean justiceAndDemocracyUse) {
		return new Supervision(SupervisionBasis.of(point, lawEnforcementOrBorderUse, justiceAndDemocracyUse), point);
	}

	/** Translation key of the explanation. */
	public String translationKey() {
		return basis.translationKey();
	}

	/** Arguments of the explanation: the Annex III point's number (area). */
	public Object[] translationArguments() {
		return point == null ? new Object[] { "" } : new Object[] { String.valueOf(point.area()) };
	}

}
