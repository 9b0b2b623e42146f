package org.airegistry.incident;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.airegistry.organisation.AuthorityKind;
import org.airegistry.organisation.NewAuthority;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.security.SecondFactors;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;

/**
 * Regulator accounts of the market surveillance authority of a Member State, one
 * authority per Member State for the whole test JVM, whose regulators hold the
 * competences for serious incidents and real-world testing (routing picks the competent
 * market surveillance authority of a Member State by name, so each Member State gets
 * exactly one here). The incident and testing tests use Member States no other test gives
 * an authority with these competences.
 */
public final class Authorities {

	/** What the regulators of these authorities are competent for. */
	public static final Set<Competence> COMPETENCES = Set.of(Competence.SERIOUS_INCIDENTS,
			Competence.REAL_WORLD_TESTING);

	private static final Map<MemberState, TestUser> AUTHORITIES = new EnumMap<>(MemberState.class);

	private static final Map<MemberState, TestUser> DATA_PROTECTION = new EnumMap<>(MemberState.class);

	private static final Map<String, UserId> USERS = new HashMap<>();

	private static final Set<String> SECOND_FACTOR = new HashSet<>();

	private Authorities() {
	}

	/** A regulator of the (one) market surveillance authority of the Member State. */
	public static synchronized TestUser of(OrganisationService organisations, MemberState state) {
		return AUTHORITIES.computeIfAbsent(state, key -> create(organisations,
				AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY, state, "Market Surveillance Authority", "msa"));
	}

	/**
	 * A regulator of the (one) data protection authority of the Member State, the market
	 * surveillance authority for the systems of Art 74(8), with the same competences.
	 */
	public static synchronized TestUser dataProtection(OrganisationService organisations, MemberState state) {
		return DATA_PROTECTION.computeIfAbsent(state, key -> create(organisations,
				AuthorityKind.DATA_PROTECTION_AUTHORITY, state, "Data Protection Authority", "dpa"));
	}

	private static TestUser create(OrganisationService organisations, AuthorityKind kind, MemberState state,
			String title, String mailbox) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String name = title + " " + state.name() + " " + unique;
		OrganisationId organisation = organisations
			.createAuthority(new NewAuthority(name, kind, state, mailbox + "-" + unique + "@example.org"));
		String email = "regulator-" + mailbox + "-" + state.name().toLowerCase() + "-" + unique + "@example.org";
		USERS.put(email, organisations.createUser(organisation,
				new NewUser(email, TestData.PASSWORD, "Regulator " + state.name(), Set.of(Role.REGULATOR), false),
				COMPETENCES));
		return new TestUser(email, organisation, name);
	}

	/**
	 * The regulator of {@link #of(OrganisationService, MemberState)} with the documented
	 * second factor ({@link TestData#TOTP_SECRET}), for journeys that log in through the
	 * login pages as a regulator must (DD045).
	 */
	public static synchronized TestUser withSecondFactor(OrganisationService organisations, SecondFactors factors,
			MemberState state) {
		TestUser regulator = of(organisations, state);
		if (SECOND_FACTOR.add(regulator.email())) {
			factors.enableKnownSecret(USERS.get(regulator.email()), TestData.TOTP_SECRET);
		}
		return regulator;
	}

	/** A second regulator account of the same authority, with the same competences. */
	public static TestUser colleague(OrganisationService organisations, TestUser regulator) {
		return colleague(organisations, regulator, COMPETENCES);
	}

	/**
	 * A regulator account of the same authority holding only the given competences (none:
	 * a regulator who handles neither incidents nor tests).
	 */
	public static TestUser colleague(OrganisationService organisations, TestUser regulator,
			Set<Competence> competences) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String email = "colleague-" + unique + "@example.org";
		organisations.createUser(regulator.organisation(),
				new NewUser(email, TestData.PASSWORD, "Colleague " + unique, Set.of(Role.REGULATOR), false),
				competences);
		return new TestUser(email, regulator.organisation(), regulator.organisationName());
	}

}
