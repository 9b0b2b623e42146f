package org.airegistry.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at an in-memory H2 database of its own ({@link ContextDatabase},
 * DD092), with the same flags as the file database of the dev run: as on PostgreSQL, a
 * test class that starts a context of its own never shares rows with another context.
 */
public class H2Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("in-memory-h2",
					Map.of("spring.datasource.url", "jdbc:h2:mem:" + ContextDatabase.name(context.getEnvironment())
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
							"spring.datasource.username", "sa", "spring.datasource.password", "")));
	}

}
