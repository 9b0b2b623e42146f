package org.airegistry.organisation;

/** What an organisation does in the registry (spec §10.2, Operator roles). */
public enum OrganisationRole {

	PROVIDER, AUTHORISED_REPRESENTATIVE, DEPLOYER, AUTHORITY

}
