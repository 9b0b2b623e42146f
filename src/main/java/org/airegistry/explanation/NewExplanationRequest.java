package org.airegistry.explanation;

import java.time.LocalDate;

import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What an affected person files (Art 86(1)).
 *
 * @param registrationNumber the high-risk AI system's public entry; empty when the person
 * does not name one (the system is not listed publicly, e.g. because it is registered in
 * the non-public section of Art 49(4), or the person does not know it)
 * @param deployer the deployer that took the decision
 * @param decision what was decided
 * @param decisionDate when, if known
 * @param decisionReference the reference on the decision letter, if any
 * @param adverse why the person considers the decision adverse to their health, safety or
 * fundamental rights
 * @param email where the person receives the verification and tracking links
 * @param language the person's UI language for mails (e.g. {@code de})
 * @param systemDescription the AI system as far as the person knows it, when no public
 * entry is named (optional)
 */
public record NewExplanationRequest(String registrationNumber, @Nullable OrganisationId deployer, String decision,
		@Nullable LocalDate decisionDate, String decisionReference, String adverse, String email, String language,
		String systemDescription) {

	/** A request about a system with a public entry. */
	public NewExplanationRequest(String registrationNumber, @Nullable OrganisationId deployer, String decision,
			@Nullable LocalDate decisionDate, String decisionReference, String adverse, String email, String language) {
		this(registrationNumber, deployer, decision, decisionDate, decisionReference, adverse, email, language, "");
	}

}
