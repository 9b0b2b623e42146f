package org.airegistry.organisation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production profile with demo accounts, with the demo profile, with
 * the embedded H2 database (or its driver on the class path), with a published encryption
 * key, without an https base URL or without configured credentials and search cluster.
 * The settings are checked before anything starts ({@link ProductionSettingsCheck}); the
 * H2 driver and the database's content here, once the database is known to be the
 * configured one.
 */
@Component
@Profile("prod")
class ProductionSafeguard implements SmartInitializingSingleton, BeanClassLoaderAware {

	static final String REFUSAL = "Refusing to start the 'prod' profile: ";

	private final Environment environment;

	private final OrganisationService organisations;

	/** The class loader the application loads its classes (and database drivers) with. */
	private ClassLoader classLoader = ProductionSafeguard.class.getClassLoader();

	ProductionSafeguard(Environment environment, OrganisationService organisations) {
		this.environment = environment;
		this.organisations = organisations;
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> problems = problems(environment);
		if (org.springframework.util.ClassUtils.isPresent("org.h2.Driver", classLoader)) {
			problems.add("the H2 database driver is on the class path: run the production jar, which leaves it out");
		}
		if (problems.isEmpty() && organisations.countDemoAccounts() > 0) {
			problems.add("the database holds demo accounts; remove them before running in production");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(REFUSAL + String.join("; ", problems));
		}
	}

	/** Keys that are in the repository and therefore known to everyone. */
	static final java.util.Set<String> PUBLISHED_KEYS = java.util.Set.of("ZGVtby1vbmx5LWtleS1mb3ItZXhwbGFuYXRpb25zMzI=",
			"dGVzdC1vbmx5LWtleS1mb3ItZXhwbGFuYXRpb25zMzI=");

	static List<String> problems(Environment environment) {
		List<String> problems = new ArrayList<>();
		if (environment.matchesProfiles("demo")
				|| environment.getProperty("airegistry.demo.enabled", Boolean.class, false)) {
			problems.add("demo mode is on (profile 'demo' or airegistry.demo.enabled)");
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.isBlank() || url.startsWith("jdbc:h2:")) {
			problems.add("set SPRING_DATASOURCE_URL to a PostgreSQL database");
		}
		if (environment.getProperty("spring.datasource.username", "").isBlank()
				|| environment.getProperty("spring.datasource.password", "").isBlank()) {
			problems.add("set SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
		}
		if (environment.getProperty("spring.elasticsearch.uris", "").isBlank()) {
			problems.add("set SPRING_ELASTICSEARCH_URIS to the Elasticsearch cluster");
		}
		String key = environment.getProperty("airegistry.explanation.encryption-key", "").strip();
		if (key.isBlank()) {
			problems.add("set AIREGISTRY_EXPLANATION_ENCRYPTION_KEY (base64 of 32 random bytes) to encrypt the "
					+ "personal data of explanation requests");
		}
		else if (PUBLISHED_KEYS.contains(key)) {
			problems.add("AIREGISTRY_EXPLANATION_ENCRYPTION_KEY is the published demo or test key; generate one with "
					+ "'openssl rand -base64 32'");
		}
		String baseUrl = environment.getProperty("airegistry.base-url", "").strip();
		if (!baseUrl.startsWith("https://") || baseUrl.length() <= "https://".length()) {
			problems.add("set AIREGISTRY_BASE_URL to the portal's public https:// address (links in mails and the "
					+ "API are built from it, never from the Host header)");
		}
		return problems;
	}

}
