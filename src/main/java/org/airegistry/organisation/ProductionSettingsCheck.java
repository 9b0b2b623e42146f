package org.airegistry.organisation;

import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The production profile's settings check, run while the environment is prepared: before
 * any bean exists, so a production start with missing settings never touches a database
 * (no migration of a stray in-memory or file database), never starts a search node and
 * never opens a port. The check on the database's content (no demo accounts) follows in
 * {@link ProductionSafeguard} once the database is known to be the configured one.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

	@Override
	public int getOrder() {
		// after the configuration files (and so the profile's settings) have been loaded;
		// before the search module starts an embedded node
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.matchesProfiles("prod")) {
			return;
		}
		List<String> problems = ProductionSafeguard.problems(environment);
		if (!problems.isEmpty()) {
			throw new IllegalStateException(ProductionSafeguard.REFUSAL + String.join("; ", problems));
		}
	}

}
