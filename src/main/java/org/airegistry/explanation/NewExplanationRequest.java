package org.airegistry.explanation;

import java.time.LocalDate;

import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What an affected person files (Art 86(1)).
 *
 * @param registrationNumber the registered high-risk AI system
 * @param deployer the deployer that took the decision
 * @param decision what was decided
 * @param decisionDate when, if known
 * @param decisionReference the reference on the decision letter, if any
 * @param adverse why the person considers the decision adverse to their health, safety or
 * fundamental rights
 * @param email where the person receives the verification and tracking links
 * @param language the person's UI language for mails (e.g. {@code de})
 */
public record NewExplanationRequest(String registrationNumber, @Nullable OrganisationId deployer, String decision,
		@Nullable LocalDate decisionDate, String decisionReference, String adverse, String email, String language) {

}
