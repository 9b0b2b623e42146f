package org.airegistry.incident;

import java.util.Set;
import java.util.UUID;

import org.airegistry.organisation.AuthorityKind;
import org.airegistry.organisation.NewAuthority;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.Competence;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;

/**
 * The AI Office of the test JVM (a Union body of the authority model) and a regulator of
 * it holding the competence for serious incidents (Art 55(1)(c)).
 */
final class AiOffice {

	private static TestUser regulator;

	private AiOffice() {
	}

	static synchronized TestUser regulator(OrganisationService organisations) {
		if (regulator == null) {
			String name = "European AI Office";
			OrganisationId office = organisations.findByLegalName(name)
				.orElseGet(() -> organisations
					.createAuthority(new NewAuthority(name, AuthorityKind.AI_OFFICE, null, "ai-office@example.org")));
			String email = "ai-office-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
			organisations.createUser(office,
					new NewUser(email, TestData.PASSWORD, "AI Office Officer", Set.of(Role.REGULATOR), false),
					Set.of(Competence.SERIOUS_INCIDENTS));
			regulator = new TestUser(email, office, name);
		}
		return regulator;
	}

}
