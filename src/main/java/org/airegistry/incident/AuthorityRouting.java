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
	 * <p>
	 * Which one: the basis of the system ({@link SupervisionBasis#of}): for the Art 74(8)
	 * systems the data protection authority (or the authority designated under the same
	 * conditions) before any other authority holding the competence, for every other
	 * system a market surveillance authority designated under Art 70(1) before any other.
	 */
	Optional<Authority> marketSurveillance(MemberState memberState, Competence competence, SupervisionBasis basis);

	/** The AI Office (GPAI models with systemic risk, Art 55(1)(c)). */
	Optional<Authority> aiOffice();

}
