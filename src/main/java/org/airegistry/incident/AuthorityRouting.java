package org.airegistry.incident;

import java.util.Optional;

import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;

/**
 * Finds the competent authority for a report or a test plan, from the registry's
 * authority model ({@link CompetentAuthorityRouting}, DD082).
 */
public interface AuthorityRouting {

	/**
	 * The market surveillance authority of the Member State competent for the matter:
	 * serious incidents that occurred there (Art 73(1)), tests that take place there (Art
	 * 60(4)(a)-(b)).
	 */
	Optional<Authority> marketSurveillance(MemberState memberState, Competence competence);

	/** The AI Office (GPAI models with systemic risk, Art 55(1)(c)). */
	Optional<Authority> aiOffice();

}
