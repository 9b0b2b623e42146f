package org.airegistry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.airegistry.audit.AuditFilter;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.airegistry.audit.AuditRecord;
import org.airegistry.audit.AuditTrail;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Art 71(5) persons on PostgreSQL 18 (DD069): kept with the organisation, edited by
 * its administrators, read by regulators, never in the public entry API, the downloads or
 * the search, and audited without a name.
 */
@PostgresTest
class RepresentingPersonsIT {

	@LocalServerPort
	int port;

	@Autowired
	RepresentingPersons persons;

	@Autowired
	OrganisationService organisations;

	@Autowired
	TestData testData;

	@Autowired
	AuditTrail trail;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	/** Everything logged while a test runs, at every level. */
	final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	@BeforeEach
	void captureLog() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		logged.start();
		root.addAppender(logged);
	}

	@AfterEach
	void releaseLog() {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logged);
	}

	String get(String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	@Test
	@DisplayName("Art 71(5): the administrator lists the persons with authority to represent the organisation; "
			+ "regulators read them; other roles cannot; the public API, downloads and search never show them")
	void restrictedToRegulators() throws Exception {
		TestUser admin = testData.user(Role.ORG_ADMIN, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE);
		String unique = "Zyxwerth" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
		RepresentingPerson person = new RepresentingPerson("Ada " + unique, "Managing director",
				"ada@" + unique.toLowerCase() + ".example", "+49 30 1234567");
		testData.run(admin, () -> persons.replaceMine(List.of(person)));
		assertThat(testData.as(admin, () -> persons.mine())).containsExactly(person);

		String providerEmail = "provider-" + unique.toLowerCase() + "@example.org";
		organisations.createUser(admin.organisation(),
				new NewUser(providerEmail, TestData.PASSWORD, "Provider " + unique, Set.of(Role.PROVIDER), false));
		TestUser provider = new TestUser(providerEmail, admin.organisation(), admin.organisationName());
		assertThatThrownBy(() -> testData.as(provider, () -> persons.mine())).as("providers are not administrators")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> testData.as(provider, () -> persons.of(admin.organisation())))
			.isInstanceOf(AccessDeniedException.class);

		TestUser regulator = testData.regulator(MemberState.DE);
		assertThat(testData.as(regulator, () -> persons.of(admin.organisation()))).containsExactly(person);

		// the entry's own name is public: a word other than the person's
		String entryName = "Persons System " + TestData.uniqueWord("Control");
		String number = testData.publish(provider, TestData.sample(entryName));
		for (String path : List.of("/api/v1/entries/" + number, "/api/v1/downloads/entries.csv",
				"/api/v1/downloads/entries.json", "/api/v1/organisations",
				"/api/v1/search?q=" + URLEncoder.encode(entryName, StandardCharsets.UTF_8))) {
			assertThat(get(path)).as(path).doesNotContain(unique.toLowerCase()).doesNotContain(unique);
		}
		assertThat(get("/api/v1/entries/" + number)).as("the public control").contains(entryName);
		// the search echoes its query: the person's word finds nothing
		assertThat(get("/api/v1/search?q=" + URLEncoder.encode(unique, StandardCharsets.UTF_8)))
			.as("search for the person's name")
			.contains("\"total\":0");

		List<AuditRecord> audited = testData.as(regulator,
				() -> trail.page(new AuditFilter("organisation.representing-persons-changed",
						admin.organisation().toString(), null, null), 0, 10));
		assertThat(audited).singleElement().satisfies(record -> {
			assertThat(record.legalReference()).isEqualTo("Art 71(5)");
			assertThat(record.before()).isEqualTo("0 persons");
			assertThat(record.after()).isEqualTo("1 person").doesNotContain(unique);
		});

		TestUser otherAdmin = testData.user(Role.ORG_ADMIN, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE);
		assertThat(testData.as(otherAdmin, () -> persons.mine())).as("another organisation's administrator").isEmpty();

		RepresentingPerson corrected = new RepresentingPerson("Ada " + unique + " Lovelace", "Managing director",
				person.email(), person.phone());
		testData.run(admin, () -> persons.replaceMine(List.of(corrected)));
		assertThat(testData.as(regulator, () -> persons.of(admin.organisation()))).as("corrected in place")
			.containsExactly(corrected);

		testData.run(admin, () -> persons.replaceMine(List.of()));
		assertThat(testData.as(regulator, () -> persons.of(admin.organisation()))).as("erased, not versioned")
			.isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM representing_person WHERE full_name LIKE ?", Integer.class,
				"%" + unique + "%"))
			.as("no copy kept anywhere in the table")
			.isZero();
		assertThat(logged.list).as("the log holds no name, e-mail or telephone")
			.noneSatisfy(event -> assertThat(event.getFormattedMessage() + " " + event.getThrowableProxy())
				.containsAnyOf(unique, unique.toLowerCase(), person.phone()));
	}

	@Test
	@DisplayName("Art 71(5): each person's problems are reported on its fields; at most five persons")
	void refusals() {
		TestUser admin = testData.user(Role.ORG_ADMIN, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		assertThatThrownBy(() -> testData.run(admin,
				() -> persons.replaceMine(List.of(new RepresentingPerson("", "Director", "no address", "call me")))))
			.isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).errors())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldError.class))
			.extracting(FieldError::field)
			.containsExactlyInAnyOrder("persons[0].name", "persons[0].email", "persons[0].phone");
		RepresentingPerson valid = new RepresentingPerson("Bea Example", "Director", "bea@example.org",
				"+32 2 123 45 67");
		assertThatThrownBy(() -> testData.run(admin, () -> persons.replaceMine(Collections.nCopies(6, valid))))
			.isInstanceOf(ActionRefusedException.class)
			.extracting(ex -> ((ActionRefusedException) ex).messageKey())
			.isEqualTo("persons.error.tooMany");
		assertThat(testData.as(admin, () -> persons.mine())).as("nothing stored half-way").isEmpty();
	}

}
