package org.airegistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.SearchService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.TestPropertySource;

/**
 * Every application context of the PostgreSQL tests has a database of its own on the
 * shared server, as it has an index prefix of its own on the shared node (DD092): a test
 * class with a context of its own (extra properties, a mock bean) never leaves rows that
 * another context's index does not hold. The common context publishes first (JUnit runs a
 * class's methods before its nested classes); the nested class starts a second context.
 */
@PostgresTest
class ContextDatabasesIT {

	/** What the common context published, for the second context to look for. */
	static String commonWord;

	static String commonDatabase;

	static String commonPrefix;

	@Autowired
	TestData testData;

	@Autowired
	RegistryQueries registry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Test
	@DisplayName("The common context publishes into its own database")
	void commonContextPublishes() {
		commonWord = TestData.uniqueWord("Common");
		testData.publish(testData.provider(), testData.sampleEntry(commonWord));
		commonDatabase = jdbc.queryForObject("SELECT current_database()", String.class);
		commonPrefix = environment.getRequiredProperty("airegistry.search.index-prefix");
		assertThat(registry.searchInDatabase(commonWord, 10)).hasSize(1);
		assertThat(environment.getRequiredProperty("spring.datasource.url")).contains("/" + commonDatabase + "?");
	}

	@Nested
	@TestPropertySource(properties = "airegistry.test.context=second")
	// a second application context in the test JVM: close it afterwards
	@DirtiesContext(classMode = ClassMode.AFTER_CLASS)
	class ContextOfItsOwn {

		@Autowired
		TestData ownData;

		@Autowired
		RegistryQueries ownRegistry;

		@Autowired
		SearchService ownSearch;

		@Autowired
		JdbcTemplate ownJdbc;

		@Autowired
		Environment ownEnvironment;

		@Test
		@DisplayName("A context of its own sees none of the common context's rows, and its index holds what its "
				+ "database holds")
		void seesNoneOfTheOthersRows() {
			assertThat(commonWord).as("the common context published first").isNotNull();
			assertThat(ownEnvironment.getRequiredProperty("airegistry.search.index-prefix"))
				.as("index prefix of its own")
				.isNotEqualTo(commonPrefix);
			assertThat(ownJdbc.queryForObject("SELECT current_database()", String.class)).as("database of its own")
				.isNotEqualTo(commonDatabase);
			assertThat(ownRegistry.searchInDatabase(commonWord, 10)).as("the common context's entry").isEmpty();

			String own = TestData.uniqueWord("Own");
			ownData.publish(ownData.provider(), ownData.sampleEntry(own));
			assertThat(ownRegistry.searchInDatabase(own, 10)).hasSize(1);
			await().atMost(Duration.ofMinutes(1))
				.pollInterval(Duration.ofMillis(500))
				.untilAsserted(() -> assertThat(ownSearch.indexedCount()).isEqualTo(ownRegistry.countPublished()));
		}

	}

}
