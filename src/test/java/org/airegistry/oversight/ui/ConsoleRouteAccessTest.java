package org.airegistry.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.airegistry.deployment.FriaService;
import org.airegistry.explanation.ComplainantKind;
import org.airegistry.explanation.ComplaintService;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.incident.HarmCategory;
import org.airegistry.incident.IncidentId;
import org.airegistry.incident.IncidentReport;
import org.airegistry.incident.IncidentReportData;
import org.airegistry.incident.IncidentService;
import org.airegistry.incident.ReportType;
import org.airegistry.incident.Route;
import org.airegistry.incident.SectoralRegime;
import org.airegistry.shared.MemberState;
import org.airegistry.testing.ConsentBasis;
import org.airegistry.testing.TestConduct;
import org.airegistry.testing.TestPlan;
import org.airegistry.testing.TestPlanData;
import org.airegistry.testing.TestPlanId;
import org.airegistry.testing.TestPlanService;
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

	@Autowired
	IncidentService incidents;

	@Autowired
	TestPlanService plans;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	/** A real value for each parameterised console route, so a regulator can open it. */
	Map<String, Supplier<String>> samples(ConsoleTestData data, TestUser regulator) {
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
		samples.put("oversight/incidents/:id", () -> {
			TestUser provider = testData.provider();
			String number = testData.publish(provider, TestData.sample("Route Incident " + ConsoleTestData.unique()));
			IncidentId id = testData.as(provider, () -> {
				IncidentReport report = incidents.startForSystem(number, Route.AUTHORITY);
				IncidentReport saved = incidents.save(report.id(), report.lockVersion(),
						new IncidentReportData(ReportType.INITIAL, "Route incident", Set.of(MemberState.DE), null, null,
								Instant.now().minusSeconds(3600), Set.of(HarmCategory.HEALTH), false, false, false,
								SectoralRegime.NONE, null, "Something happened.", "", "", "", "", "", "", false, "", "",
								"", "", List.of()));
				return incidents.submit(saved.id(), saved.lockVersion(), "").id();
			});
			// the report reaches the authority of the regulator who opens the route
			jdbc.update("UPDATE incident_handling SET authority_id = ? WHERE incident_id = ?",
					regulator.organisation().value(), id.value());
			return id.toString();
		});
		samples.put("oversight/tests/:id", () -> {
			TestUser provider = testData.provider();
			TestPlanId id = testData.as(provider, () -> {
				TestPlan plan = plans.create();
				TestPlan saved = plans.save(plan.id(), plan.lockVersion(),
						new TestPlanData(plan.uid(), "c@example.org", "", "Route Test " + ConsoleTestData.unique(), "1",
								"", AnnexIIIPoint.P4A, false, false, "Purpose", "Description", "Summary",
								Set.of(MemberState.DE), LocalDate.now().plusDays(1), LocalDate.now().plusMonths(1),
								false),
						new TestConduct(ConsentBasis.INFORMED_CONSENT, "Forms kept by the deployer.", true, ""));
				return plans.register(saved.id(), saved.lockVersion(), "").id();
			});
			jdbc.update("UPDATE test_plan_review SET authority_id = ? WHERE test_plan_id = ?",
					regulator.organisation().value(), id.value());
			return id.toString();
		});
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
					"oversight/search-index", "oversight/organisations", "oversight/reports", "oversight/fria",
					"oversight/incidents", "oversight/tests");
		TestUser regulator = data.regulator();
		Map<String, Supplier<String>> samples = samples(data, regulator);
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
