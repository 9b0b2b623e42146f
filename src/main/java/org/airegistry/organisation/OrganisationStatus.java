package org.airegistry.organisation;

/** Whether an organisation may publish: only ACTIVE ones can. */
public enum OrganisationStatus {

	PENDING, ACTIVE, REJECTED, SUSPENDED

}
