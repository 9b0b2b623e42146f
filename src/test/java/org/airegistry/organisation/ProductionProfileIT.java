package org.airegistry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.net.URL;
import java.sql.ResultSet;
import java.util.Set;
import java.util.UUID;

import org.airegistry.RegistryApplication;
import org.airegistry.audit.AuditFilter;
import org.airegistry.audit.AuditTrail;
import org.airegistry.security.RegistryUserDetails;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresDatabase;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestElasticsearch;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The production profile as an operator meets it: it refuses to start when it is not safe
 * (before touching any database when settings are missing), and on a fresh PostgreSQL it
 * starts cleanly, the one-time bootstrap command creates the first administrator, who
 * then creates the authorities.
 */
class ProductionProfileIT {

	static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	/**
	 * Starting an application context installs its own (Vaadin-aware) security context
	 * strategy globally; put back the one the other tests' shared context uses.
	 */
	SecurityContextHolderStrategy strategyBefore;

	@BeforeEach
	void rememberSecurityStrategy() {
		strategyBefore = SecurityContextHolder.getContextHolderStrategy();
	}

	@AfterEach
	void restoreSecurityStrategy() {
		SecurityContextHolder.setContextHolderStrategy(strategyBefore);
	}

	@Test
	@DisplayName("The prod profile refuses to start on the embedded H2 database")
	void refusesH2() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(RegistryApplication.class).profiles("prod")
			.properties("server.port=0",
					"spring.datasource.url=jdbc:h2:mem:prodcheck;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
					"spring.datasource.username=sa", "spring.datasource.password=secret",
					"spring.elasticsearch.uris=http://127.0.0.1:9")
			.run()
			.close()).hasStackTraceContaining("Refusing to start the 'prod' profile")
			.hasStackTraceContaining("PostgreSQL");
	}

	@Test
	@DisplayName("The prod profile refuses to start together with demo mode")
	void refusesDemo() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(RegistryApplication.class).profiles("prod", "demo")
			.properties("server.port=0", "spring.datasource.url=" + PostgresDatabase.jdbcUrl("prod_demo_refused"),
					"spring.datasource.username=postgres", "spring.datasource.password=postgres",
					"spring.elasticsearch.uris=http://127.0.0.1:9")
			.run()
			.close()).hasStackTraceContaining("demo mode is on");
	}

	@Test
	@DisplayName("Missing production settings are refused before any database is touched")
	void refusesBeforeTouchingTheDatabase() throws Exception {
		String url = PostgresDatabase.jdbcUrl("prod_refused");
		// a real, reachable database is configured; only search and the key are missing
		assertThatThrownBy(() -> new SpringApplicationBuilder(RegistryApplication.class).profiles("prod")
			.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=postgres")
			.close()).hasMessageContaining("Refusing to start the 'prod' profile")
			.hasMessageContaining("SPRING_ELASTICSEARCH_URIS")
			.hasMessageContaining("AIREGISTRY_EXPLANATION_ENCRYPTION_KEY")
			.hasMessageNotContaining("SPRING_DATASOURCE_URL");
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				ResultSet tables = connection.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
			assertThat(tables.next()).as("no table was created: Flyway never ran").isFalse();
		}
	}

	/**
	 * A complete production configuration for a fresh database, as an operator passes it:
	 * on the command line, above the prod profile's own (empty) settings.
	 */
	static String[] productionSettings(String database) {
		return new String[] { "--server.port=0", "--spring.datasource.url=" + PostgresDatabase.jdbcUrl(database),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.elasticsearch.uris=" + TestElasticsearch.uri(),
				"--airegistry.search.index-prefix=" + database + "-", "--airegistry.explanation.encryption-key=" + KEY,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.server().getSmtp().getPort(),
				"--airegistry.base-url=https://registry.example", "--logging.level.root=warn" };
	}

	/**
	 * The application's classes as the production jar holds them: the test class path
	 * without the H2 driver, which the jar leaves out (DD042).
	 */
	static DefaultResourceLoader productionJar() {
		return new DefaultResourceLoader(new ClassLoader(ProductionProfileIT.class.getClassLoader()) {

			@Override
			protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
				if (name.startsWith("org.h2.")) {
					throw new ClassNotFoundException(name + " (not in the production jar)");
				}
				return super.loadClass(name, resolve);
			}

			@Override
			public URL getResource(String name) {
				return name.startsWith("org/h2/") ? null : super.getResource(name);
			}

		});
	}

	@Test
	@DisplayName("The prod profile refuses to start a development build, with the H2 driver on the class path, "
			+ "even when every setting is right")
	void refusesTheH2Driver() {
		String database = "prod_h2_" + UUID.randomUUID().toString().substring(0, 8);
		assertThatThrownBy(() -> new SpringApplicationBuilder(RegistryApplication.class).profiles("prod")
			.run(productionSettings(database))
			.close()).hasStackTraceContaining("Refusing to start the 'prod' profile")
			.hasStackTraceContaining("the H2 database driver is on the class path");
	}

	@Test
	@DisplayName("Production onboarding: on a fresh PostgreSQL the bootstrap command creates the first "
			+ "administrator once (audited), who then creates a market surveillance authority and its regulator")
	void onboarding() {
		String database = "prod_onboarding_" + UUID.randomUUID().toString().substring(0, 8);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class)
			.resourceLoader(productionJar())
			.profiles("prod")
			.run(productionSettings(database))) {
			AdministratorBootstrap bootstrap = context.getBean(AdministratorBootstrap.class);
			AccountService accounts = context.getBean(AccountService.class);
			OrganisationService organisations = context.getBean(OrganisationService.class);
			String email = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@registry.example";

			AdministratorBootstrap.Result result = bootstrap.bootstrap(email, "EU AI Database operator");
			assertThat(result.invitationLink()).startsWith("https://registry.example/account/invitation?token=");
			// until the link is used, a second run hands out a new link instead of
			// locking the operator out
			AdministratorBootstrap.Result again = bootstrap.bootstrap(email, "EU AI Database operator");
			assertThat(again.organisation()).isEqualTo(result.organisation());
			assertThat(again.invitationLink()).isNotEqualTo(result.invitationLink());
			String token = again.invitationLink().substring(again.invitationLink().indexOf("token=") + 6);
			assertThat(accounts.acceptInvitation(token, "Olga Operator", TestData.PASSWORD))
				.isEqualTo(TokenCheck.ACCEPTED);
			RegistryUserDetails admin = organisations.activeAccount(email).orElseThrow();
			assertThat(admin.actor().roles()).containsExactly(Role.ADMIN);

			// one-time: refused once an administrator exists, also through the command
			assertThatThrownBy(() -> bootstrap.bootstrap("second@registry.example", "Other"))
				.isInstanceOf(ActionRefusedException.class);
			BootstrapAdministratorCommand command = new BootstrapAdministratorCommand(bootstrap,
					context.getEnvironment(), context);
			assertThat(command.execute()).isEqualTo(BootstrapAdministratorCommand.REFUSED);
			assertThat(organisations.userExists("second@registry.example")).isFalse();

			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
			try {
				assertThat(context.getBean(AuditTrail.class)
					.page(new AuditFilter("administrator.bootstrapped", null, null, null), 0, 10)).hasSize(2);
				assertThat(context.getBean(AuditTrail.class)
					.page(new AuditFilter("administrator.bootstrap-refused", null, null, null), 0, 10)).hasSize(2);
				AuthorityAdministration administration = context.getBean(AuthorityAdministration.class);
				OrganisationId msa = administration.createAuthority(new NewAuthority("Bundesnetzagentur",
						AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY, MemberState.DE, "ki@bnetza.example"));
				String regulator = "regulator-" + UUID.randomUUID().toString().substring(0, 8) + "@bnetza.example";
				administration.addUser(msa, new NewAuthorityUser(regulator, Set.of(Competence.RESTRICTED_SECTION)),
						"de");
				assertThat(TestMailServer.awaitMail(regulator, 1).body())
					.contains("https://registry.example/account/invitation?token=");
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}

}
