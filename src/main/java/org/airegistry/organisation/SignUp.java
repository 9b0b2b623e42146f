package org.airegistry.organisation;

import java.util.Set;

import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What a new organisation and its first user enter on the public sign-up form. Field
 * names are the names used in {@link org.airegistry.shared.FieldError}s.
 *
 * @param legalName registered legal name
 * @param postalAddress postal address of the seat
 * @param country ISO 3166-1 alpha-2 code of the seat (any country: third-country
 * providers sign up too)
 * @param functionalEmail functional (non-personal) contact address, shown publicly
 * @param establishedInEu whether the organisation is established in the Union
 * @param roles provider, authorised representative, deployer
 * @param publicAuthority whether it is a public authority
 * @param publicLawBody whether it is a body governed by public law
 * @param providesPublicServices whether it is a private entity providing public services
 * @param authorisedRepresentative the authorised representative (Art 22) of a provider
 * not established in the Union: an active organisation with that role
 * @param userName name of the first user (never shown publicly)
 * @param loginEmail login address of the first user
 * @param password password of the first user
 * @param language the sign-up language; mails to the user use it
 * @param euEstablishmentAddress the address of the establishment in the Union of an
 * organisation seated outside it that says it is established in the Union (Art 22(1));
 * empty otherwise
 */
public record SignUp(String legalName, String postalAddress, String country, String functionalEmail,
		boolean establishedInEu, Set<OrganisationRole> roles, boolean publicAuthority, boolean publicLawBody,
		boolean providesPublicServices, @Nullable OrganisationId authorisedRepresentative, String userName,
		String loginEmail, String password, String language, String euEstablishmentAddress) {

	public SignUp {
		roles = Set.copyOf(roles);
		euEstablishmentAddress = euEstablishmentAddress == null ? "" : euEstablishmentAddress.strip();
	}

	/** A sign-up without an establishment address apart from the seat. */
	public SignUp(String legalName, String postalAddress, String country, String functionalEmail,
			boolean establishedInEu, Set<OrganisationRole> roles, boolean publicAuthority, boolean publicLawBody,
			boolean providesPublicServices, @Nullable OrganisationId authorisedRepresentative, String userName,
			String loginEmail, String password, String language) {
		this(legalName, postalAddress, country, functionalEmail, establishedInEu, roles, publicAuthority, publicLawBody,
				providesPublicServices, authorisedRepresentative, userName, loginEmail, password, language, "");
	}

	/**
	 * Whether the organisation is established in the Union (Art 22(1)): its seat is in a
	 * Member State, or it names the address of its establishment there. What was answered
	 * to the question alone does not decide it.
	 */
	public boolean establishedInUnion() {
		return AccountRules.isEuCountry(country) || (establishedInEu && !euEstablishmentAddress.isEmpty());
	}

	/** Whether the organisation must name an authorised representative (Art 22(1)). */
	public boolean needsAuthorisedRepresentative() {
		return roles.contains(OrganisationRole.PROVIDER) && !establishedInUnion();
	}

}
