package org.airegistry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.airegistry.security.Actor;
import org.airegistry.shared.Competence;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The authority model's rules without a database. */
class AuthorityRulesTest {

	static Actor regulator(Jurisdiction jurisdiction, Competence... competences) {
		return new Actor(UserId.random(), OrganisationId.random(), "r@authority.example", "R", Set.of(Role.REGULATOR),
				Set.of(competences), jurisdiction);
	}

	@Test
	@DisplayName("A national regulator handles its own Member State's cases of the competences it holds, nothing "
			+ "else; the AI Office acts at Union level")
	void competenceAndJurisdiction() {
		Actor german = regulator(Jurisdiction.national(MemberState.DE), Competence.COMPLAINTS);
		assertThat(german.competentFor(Competence.COMPLAINTS, MemberState.DE)).isTrue();
		assertThat(german.competentFor(Competence.COMPLAINTS, MemberState.AT)).isFalse();
		assertThat(german.competentFor(Competence.SERIOUS_INCIDENTS, MemberState.DE)).isFalse();
		assertThat(german.jurisdictionFor(Competence.COMPLAINTS)).contains(Jurisdiction.national(MemberState.DE));
		assertThat(german.jurisdictionFor(Competence.GPAI)).isEmpty();

		Actor office = regulator(Jurisdiction.union(), Competence.GPAI);
		assertThat(office.competentFor(Competence.GPAI, MemberState.BE)).isFalse();
		assertThat(office.jurisdictionFor(Competence.GPAI)).contains(Jurisdiction.union());
		assertThat(Jurisdiction.union().code()).isEqualTo("EU");
		assertThat(Jurisdiction.national(MemberState.EL).code()).isEqualTo("EL");

		assertThatThrownBy(() -> regulator(null, Competence.COMPLAINTS)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new org.airegistry.security.RegistryUserDetails(german, "{noop}x", true).getAuthorities())
			.extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_REGULATOR", "ROLE_COMPETENCE_COMPLAINTS");
		assertThat(Competence.COMPLAINTS.roleName()).isEqualTo(Competence.Names.COMPLAINTS);
	}

	@Test
	@DisplayName("National authorities need their Member State; Union bodies have none")
	void authorityInput() {
		assertThat(AuthorityAdministration.check(new NewAuthority("Bundesnetzagentur",
				AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY, MemberState.DE, "ki@bnetza.example")))
			.isEmpty();
		assertThat(AuthorityAdministration
			.check(new NewAuthority("CNIL", AuthorityKind.DATA_PROTECTION_AUTHORITY, null, "ia@cnil.example")))
			.extracting(FieldError::messageKey)
			.containsExactly("authority.error.memberStateRequired");
		assertThat(AuthorityAdministration
			.check(new NewAuthority("AI Office", AuthorityKind.AI_OFFICE, MemberState.BE, "ai@ec.example")))
			.extracting(FieldError::messageKey)
			.containsExactly("authority.error.unionLevel");
		assertThat(AuthorityAdministration.check(new NewAuthority("x".repeat(301), null, null, "")))
			.extracting(FieldError::field)
			.containsExactly("legalName", "kind", "functionalEmail");
		assertThat(AuthorityKind.REGISTRY_OPERATOR.holdsCompetences()).isFalse();
	}

	@Test
	@DisplayName("The prod settings check runs only for the prod profile and names every missing setting")
	void productionSettingsCheck() {
		ProductionSettingsCheck check = new ProductionSettingsCheck();
		MockEnvironment development = new MockEnvironment();
		check.postProcessEnvironment(development, new SpringApplication());

		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");
		assertThatThrownBy(() -> check.postProcessEnvironment(production, new SpringApplication()))
			.hasMessageStartingWith(ProductionSafeguard.REFUSAL)
			.hasMessageContaining("SPRING_DATASOURCE_URL")
			.hasMessageContaining("SPRING_ELASTICSEARCH_URIS")
			.hasMessageContaining("ENCRYPTION_KEY");

		MockEnvironment configured = ProductionSafeguardTest.configured();
		configured.setActiveProfiles("prod");
		check.postProcessEnvironment(configured, new SpringApplication());
	}

	@Test
	@DisplayName("One-shot commands listen on a free port, so they run beside a running portal")
	void commandsUseAFreePort() {
		MockEnvironment portal = new MockEnvironment().withProperty("server.port", "8080");
		new CommandMode().postProcessEnvironment(portal, new SpringApplication());
		assertThat(portal.getProperty("server.port")).isEqualTo("8080");

		MockEnvironment bootstrap = new MockEnvironment().withProperty("server.port", "8080")
			.withProperty("management.server.port", "8081")
			.withProperty(BootstrapAdministratorCommand.PROPERTY, "ops@registry.example");
		new CommandMode().postProcessEnvironment(bootstrap, new SpringApplication());
		assertThat(bootstrap.getProperty("server.port")).isEqualTo("0");
		assertThat(bootstrap.getProperty("management.server.port")).isEqualTo("0");

		MockEnvironment reindexOff = new MockEnvironment().withProperty("server.port", "8080")
			.withProperty("airegistry.reindex", "false");
		new CommandMode().postProcessEnvironment(reindexOff, new SpringApplication());
		assertThat(reindexOff.getProperty("server.port")).isEqualTo("8080");
	}

}
