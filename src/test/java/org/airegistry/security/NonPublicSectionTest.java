package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.airegistry.shared.Competence;
import org.airegistry.shared.NonPublicSection;
import org.airegistry.shared.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * "May read the non-public section (Art 49(4))" is one predicate (DD048): the rule
 * ({@link Actor#mayReadNonPublicSection()}), the signed-in user's
 * ({@link NonPublicSection#mayReadNonPublicSection()}) and the page and service guards
 * ({@link NonPublicSection#ROLE}, {@link NonPublicSection#MAY_READ}) agree for every
 * user; no other code asks for the competence itself, and the services, views and lists
 * that show non-public content are the ones enumerated here (a new one gets a decision).
 */
class NonPublicSectionTest {

	static final Path MAIN = Path.of("src/main/java/org/airegistry");

	/** Where the competence itself may be named: its definition, the rule, demo data. */
	static final Set<String> NAMING_THE_COMPETENCE = Set.of("shared/Competence.java", "shared/NonPublicSection.java",
			"security/Actor.java", "demo/DemoData.java");

	/**
	 * Every service, view and list that shows non-public content, and what it shows; each
	 * asks the one predicate.
	 */
	static final Set<String> CALLERS = Set.of(
			// the predicate's own home: the signed-in user
			"security/CurrentActor.java",
			// attention list: records of every kind not confirmed in time (issue 21)
			"publication/Freshness.java",
			// attention list: unconfirmed mandates; mandate views (Art 22(3))
			"registry/RepresentativeMandates.java",
			// attention list: expired certificates (Annex VIII A.8)
			"registry/RegistryStatistics.java",
			// the non-public section: list, search in the database, one entry
			"registry/RestrictedSection.java", "registry/ui/RestrictedEntriesView.java",
			"registry/ui/RestrictedEntryView.java",
			// moderation of entries of the non-public section (DD074)
			"moderation/Moderation.java",
			// audit trail: what its records about the section are about, and the CSV
			// (DD075)
			"audit/AuditTrail.java",
			// attention list: public authorities without a registration (DD075)
			"deployment/DeploymentOversight.java",
			// FRIA notifications (Art 27(3)) about systems of the section (DD075)
			"deployment/FriaOversight.java");

	private static final Pattern COMPETENCE = Pattern.compile("\\bRESTRICTED_SECTION\\b");

	private static final Pattern PREDICATE = Pattern
		.compile("mayReadNonPublicSection\\(\\)|NonPublicSection\\.(ROLE|MAY_READ)");

	static Actor actor(Set<Role> roles, Set<Competence> competences) {
		return new Actor(org.airegistry.shared.UserId.random(), org.airegistry.shared.OrganisationId.random(),
				"someone@example.org", "Someone", roles, competences,
				competences.isEmpty() ? null : org.airegistry.shared.Jurisdiction.union());
	}

	static boolean guardAllows(Actor actor) throws NoSuchMethodException {
		RegistryUserDetails details = new RegistryUserDetails(actor, "", true);
		return new CompetenceGuardsTest.Guard("MAY_READ", NonPublicSection.MAY_READ, Object.class.getMethod("toString"))
			.allows(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	@Test
	@DisplayName("Art 49(4): the rule, the granted role and the guard expression agree for users with and without "
			+ "the competence, whatever their roles")
	void oneRuleThreeForms() throws NoSuchMethodException {
		for (Set<Role> roles : Set.of(Set.<Role>of(), EnumSet.of(Role.REGULATOR), EnumSet.allOf(Role.class))) {
			for (Set<Competence> competences : Set.of(Set.<Competence>of(), EnumSet.of(Competence.RESTRICTED_SECTION),
					EnumSet.complementOf(EnumSet.of(Competence.RESTRICTED_SECTION)), EnumSet.allOf(Competence.class))) {
				Actor actor = actor(roles, competences);
				boolean expected = competences.contains(Competence.RESTRICTED_SECTION);
				assertThat(actor.mayReadNonPublicSection()).as("rule: %s %s", roles, competences).isEqualTo(expected);
				assertThat(new RegistryUserDetails(actor, "", true).getAuthorities())
					.as("granted role: %s %s", roles, competences)
					.extracting(authority -> authority.getAuthority())
					.matches(granted -> granted.contains("ROLE_" + NonPublicSection.ROLE) == expected);
				assertThat(guardAllows(actor)).as("guard: %s %s", roles, competences).isEqualTo(expected);
			}
		}
	}

	@Test
	@DisplayName("Art 49(4): only the rule names the competence; the callers of the predicate are the enumerated "
			+ "services, views and lists")
	void callersAreEnumerated() throws IOException {
		assertThat(filesMatching(COMPETENCE)).as("files naming RESTRICTED_SECTION").isEqualTo(NAMING_THE_COMPETENCE);
		Set<String> callers = filesMatching(PREDICATE);
		callers.removeAll(Set.of("shared/NonPublicSection.java", "security/Actor.java"));
		assertThat(callers).as("files asking the predicate").isEqualTo(new TreeSet<>(CALLERS));
	}

	private static Set<String> filesMatching(Pattern pattern) throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> pattern.matcher(read(file)).find())
				.map(file -> MAIN.relativize(file).toString().replace('\\', '/'))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
