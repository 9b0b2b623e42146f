package org.airegistry.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.airegistry.deployment.FriaService;
import org.airegistry.explanation.ComplainantKind;
import org.airegistry.explanation.ComplaintService;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.NewComplaint;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.security.ui.LoginView;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.ConsoleTestData;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * Every route of the regulator console, as the route registry lists it (so a new console
 * route is covered without editing this test), opened by a visitor, a provider, a
 * deployer, an organisation administrator and a regulator: the route's own access
 * annotation must refuse outsiders (not only the services behind it), and navigation must
 * end elsewhere for them and on the view for a regulator. Routes with parameters need a
 * sample value below: a console route with a parameter and no sample fails the test.
 */
@H2Test
class ConsoleRouteAccessTest extends SpringBrowserlessTest {

	static final String CONSOLE = "oversight";

	static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

	@Autowired
	TestData testData;

	@Autowired
	ExplanationService explanations;

	@Autowired
	FriaService frias;

	@Autowired
	ComplaintService complaints;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	/** A real value for each parameterised console route, so a regulator can open it. */
	Map<String, Supplier<String>> samples(ConsoleTestData data) {
		Map<String, Supplier<String>> samples = new LinkedHashMap<>();
		samples.put("oversight/restricted/:registrationNumber",
				() -> data.publishRestricted("Route Restricted " + ConsoleTestData.unique(), AnnexIIIPoint.P6A));
		samples.put("oversight/moderation/:registrationNumber",
				() -> data.publishSystem("Route Moderated " + ConsoleTestData.unique()));
		samples.put("oversight/complaints/:reference",
				() -> data.complaint(data.publishSystem("Route Complaint " + ConsoleTestData.unique()), data.deployer(),
						"No answer."));
		samples.put("oversight/complaints/direct/:reference", () -> {
			// an Art 85 complaint filed on its own, confirmed, routed to Germany (the
			// regulator's Member State)
			String email = "route-complaint-" + ConsoleTestData.unique() + "@private.example";
			String reference = complaints.file(new NewComplaint(MemberState.DE, ComplainantKind.NATURAL_PERSON, "", "",
					data.publishSystem("Route Direct Complaint " + ConsoleTestData.unique()),
					"Used without human oversight.", email, "en"), "10.9.77.1");
			complaints.verify(TestMailServer.awaitMail(email, 1).token(ExplanationRoutes.VERIFY_COMPLAINT))
				.orElseThrow();
			return reference;
		});
		samples.put("oversight/fria/:id",
				() -> data
					.friaNotification(data.publishSystem("Route Fria " + ConsoleTestData.unique()), data.deployer())
					.toString());
		return samples;
	}

	static boolean isConsole(String template) {
		return template.equals(CONSOLE) || template.startsWith(CONSOLE + "/");
	}

	@TestFactory
	@DisplayName("Art 70, Art 74, Art 49(4): visitors, providers and deployers are kept out of every console route; regulators get in")
	Stream<DynamicTest> everyConsoleRoute() {
		ConsoleTestData data = new ConsoleTestData(testData, explanations, frias, jdbc);
		List<RouteData> routes = RouteConfiguration.forApplicationScope()
			.getAvailableRoutes()
			.stream()
			.filter(route -> isConsole(route.getTemplate()))
			.toList();
		assertThat(routes).extracting(RouteData::getTemplate)
			.as("the registry lists the console routes")
			.contains("oversight", "oversight/audit", "oversight/restricted", "oversight/complaints",
					"oversight/search-index", "oversight/organisations", "oversight/reports", "oversight/fria");
		Map<String, Supplier<String>> samples = samples(data);
		List<String> uncovered = routes.stream()
			.map(RouteData::getTemplate)
			.filter(template -> template.contains(":") && !samples.containsKey(template))
			.toList();
		assertThat(uncovered).as("console routes with parameters need a sample value in this test").isEmpty();

		Map<String, TestUser> outsiders = new LinkedHashMap<>();
		outsiders.put("provider", testData.provider());
		outsiders.put("deployer", testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE));
		outsiders.put("organisation administrator",
				testData.user(Role.ORG_ADMIN, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE));
		TestUser regulator = data.regulator();
		List<DynamicTest> tests = new ArrayList<>();
		for (RouteData route : routes) {
			String template = route.getTemplate();
			Class<? extends Component> target = route.getNavigationTarget();
			String path = template.contains(":")
					? template.substring(0, template.lastIndexOf('/') + 1) + samples.get(template).get() : template;
			tests.add(DynamicTest.dynamicTest("visitor is sent to log in: " + template, () -> {
				SecurityContextHolder.clearContext();
				assertThat(ACCESS.hasAccess(target, null, role -> false)).as("route annotation of " + template)
					.isFalse();
				UI.getCurrent().navigate(path);
				assertThat(getCurrentView()).as(path).isInstanceOf(LoginView.class);
			}));
			outsiders
				.forEach((role, user) -> tests.add(DynamicTest.dynamicTest(role + " is refused: " + template, () -> {
					testData.login(user);
					// the route itself refuses (not only the services behind it)
					Authentication login = SecurityContextHolder.getContext().getAuthentication();
					assertThat(ACCESS.hasAccess(target, login,
							granted -> login.getAuthorities()
								.stream()
								.anyMatch(authority -> authority.getAuthority().equals("ROLE_" + granted))))
						.as("route annotation of " + template)
						.isFalse();
					UI.getCurrent().navigate(path);
					assertThat(getCurrentView()).as(path).isNotInstanceOf(target);
					assertThat(getCurrentView().getElement().getTextRecursively()).as(path)
						.doesNotContain("Non-public section (Art 49(4))")
						.doesNotContain("Oversight dashboard");
					SecurityContextHolder.clearContext();
				})));
			tests.add(DynamicTest.dynamicTest("regulator opens: " + template, () -> {
				testData.login(regulator);
				UI.getCurrent().navigate(path);
				assertThat(getCurrentView()).as(path).isInstanceOf(target);
				SecurityContextHolder.clearContext();
			}));
		}
		return tests.stream();
	}

}
