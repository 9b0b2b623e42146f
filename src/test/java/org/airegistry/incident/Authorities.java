package org.airegistry.incident;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.airegistry.organisation.NewOrganisation;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;

/**
 * Regulator accounts of the market surveillance authority of a Member State, one
 * authority per Member State for the whole test JVM (the interim routing picks the
 * authority of a Member State by name, so each Member State gets exactly one here). The
 * incident and testing tests use Member States no other test gives an authority.
 */
public final class Authorities {

	private static final Map<MemberState, TestUser> AUTHORITIES = new EnumMap<>(MemberState.class);

	private Authorities() {
	}

	/** A regulator of the (one) market surveillance authority of the Member State. */
	public static synchronized TestUser of(OrganisationService organisations, MemberState state) {
		return AUTHORITIES.computeIfAbsent(state, key -> {
			String unique = UUID.randomUUID().toString().substring(0, 8);
			String name = "Market Surveillance Authority " + state.name() + " " + unique;
			OrganisationId organisation = organisations.createOrganisation(new NewOrganisation(name, state.isoCode(),
					"msa-" + unique + "@example.org", Set.of(OrganisationRole.AUTHORITY), true),
					OrganisationStatus.ACTIVE);
			String email = "regulator-" + state.name().toLowerCase() + "-" + unique + "@example.org";
			organisations.createUser(organisation,
					new NewUser(email, TestData.PASSWORD, "Regulator " + state.name(), Set.of(Role.REGULATOR), false));
			return new TestUser(email, organisation, name);
		});
	}

	/** A second regulator account of the same authority. */
	public static TestUser colleague(OrganisationService organisations, TestUser regulator) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String email = "colleague-" + unique + "@example.org";
		organisations.createUser(regulator.organisation(),
				new NewUser(email, TestData.PASSWORD, "Colleague " + unique, Set.of(Role.REGULATOR), false));
		return new TestUser(email, regulator.organisation(), regulator.organisationName());
	}

}
