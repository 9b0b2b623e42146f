package org.airegistry.organisation;

import org.jspecify.annotations.Nullable;

/**
 * Where an organisation stands with the registry, as its own users see it.
 *
 * @param legalName its legal name
 * @param status approved, waiting, rejected or suspended
 * @param decisionReason the registry's reason when it rejected or suspended it
 */
public record OrganisationStanding(String legalName, OrganisationStatus status, @Nullable String decisionReason) {

}
