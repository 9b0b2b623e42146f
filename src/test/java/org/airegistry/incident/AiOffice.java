package org.airegistry.incident;

import java.util.Set;
import java.util.UUID;

import org.airegistry.organisation.NewOrganisation;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;

/**
 * The AI Office of the test JVM (the organisation with the configured name) and a
 * regulator of it.
 */
final class AiOffice {

	private static TestUser regulator;

	private AiOffice() {
	}

	static synchronized TestUser regulator(OrganisationService organisations) {
		if (regulator == null) {
			String name = "European AI Office";
			OrganisationId office = organisations.findByLegalName(name)
				.orElseGet(() -> organisations.createOrganisation(new NewOrganisation(name, "BE",
						"ai-office@example.org", Set.of(OrganisationRole.AUTHORITY), true), OrganisationStatus.ACTIVE));
			String email = "ai-office-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
			organisations.createUser(office,
					new NewUser(email, TestData.PASSWORD, "AI Office Officer", Set.of(Role.REGULATOR), false));
			regulator = new TestUser(email, office, name);
		}
		return regulator;
	}

}
