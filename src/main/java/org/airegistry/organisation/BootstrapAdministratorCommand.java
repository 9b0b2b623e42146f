package org.airegistry.organisation;

import java.io.PrintStream;

import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one-time command that creates the first administrator of a fresh installation:
 * {@code java -jar ai-act-registry.jar --spring.profiles.active=prod --airegistry.bootstrap-admin=ops@registry.example}
 * starts the application against the configured database, creates the account, prints the
 * invitation link on the console (never in the log) and exits with 0; it exits with 2
 * when an administrator exists already and 1 on any other failure.
 */
@Component
@ConditionalOnProperty(BootstrapAdministratorCommand.PROPERTY)
class BootstrapAdministratorCommand implements ApplicationRunner {

	/** The first administrator's address. */
	static final String PROPERTY = "airegistry.bootstrap-admin";

	/** The registry operator's name, when none exists yet. */
	static final String ORGANISATION_PROPERTY = "airegistry.bootstrap-organisation";

	static final String DEFAULT_ORGANISATION = "Registry operator";

	static final int REFUSED = 2;

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministratorCommand.class);

	private final AdministratorBootstrap bootstrap;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	private final PrintStream console;

	BootstrapAdministratorCommand(AdministratorBootstrap bootstrap, Environment environment,
			ConfigurableApplicationContext context) {
		this.bootstrap = bootstrap;
		this.environment = environment;
		this.context = context;
		this.console = System.out;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status = execute();
		System.exit(SpringApplication.exit(context, () -> status));
	}

	/** Runs the bootstrap and returns the exit status. */
	int execute() {
		String email = environment.getProperty(PROPERTY, "");
		String organisation = environment.getProperty(ORGANISATION_PROPERTY, DEFAULT_ORGANISATION);
		try {
			AdministratorBootstrap.Result result = bootstrap.bootstrap(email, organisation);
			log.info("First administrator {} created for the registry operator {}", result.loginEmail(),
					result.organisation());
			console.printf(
					"%nAdministrator %s created. Open this link within %d days to choose a name and password "
							+ "(it works once):%n%n  %s%n%n",
					result.loginEmail(), TokenPurpose.INVITATION.validity().toDays(), result.invitationLink());
			if (!environment.containsProperty("airegistry.base-url")) {
				console.printf("The link uses the default address; set AIREGISTRY_BASE_URL to the portal's public "
						+ "address so that links in mails work.%n%n");
			}
			return 0;
		}
		catch (ActionRefusedException refused) {
			log.error("Refused: an administrator exists already. Add further administrators in the administration "
					+ "console (/admin/authorities).");
			return REFUSED;
		}
		catch (InvalidInputException invalid) {
			log.error("Refused: {} is not a usable address ({})", email, invalid.errors());
			return 1;
		}
		catch (RuntimeException ex) {
			log.error("Creating the first administrator failed", ex);
			return 1;
		}
	}

}
