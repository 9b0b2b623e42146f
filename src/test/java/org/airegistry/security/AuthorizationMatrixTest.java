package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.airegistry.shared.Competence;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.H2Test;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * The authorisation matrix (issue 15): every route of the route registry and every
 * controller mapping × anonymous, provider, deployer, organisation administrator,
 * regulator and administrator, with the expected outcome per cell. The expectations are a
 * table here; a route or mapping that is not in it fails the test, so every new one gets
 * a decision. Regulators are seen with every competence (as the demo regulator) and with
 * none: views of a competence (DD055) need it on top of the role. Providers A and B
 * differ only inside the services, which check the organisation and the jurisdiction
 * themselves (their tests: RegistryServiceIT, RestrictedTierIT, ConsoleRouteAccessTest).
 */
@H2Test
class AuthorizationMatrixTest extends SpringBrowserlessTest {

	/**
	 * Who may open a route: everyone, every logged-in user, or these roles (and, for a
	 * regulator's view of a competence, only a regulator holding it).
	 */
	record Expect(boolean anonymous, boolean anyUser, Set<Role> roles, @Nullable Competence competence) {

		static Expect everyone() {
			return new Expect(true, true, Set.of(Role.values()), null);
		}

		static Expect loggedIn() {
			return new Expect(false, true, Set.of(Role.values()), null);
		}

		static Expect only(Role... roles) {
			return new Expect(false, false, Set.of(roles), null);
		}

		static Expect regulatorWith(Competence competence) {
			return new Expect(false, false, Set.of(Role.REGULATOR), competence);
		}

		boolean allows(Persona persona) {
			if (persona.role() == null) {
				return anonymous;
			}
			return roles.contains(persona.role()) && (competence == null || persona.competences().contains(competence));
		}

	}

	record Persona(String name, @Nullable Role role, Set<Competence> competences) {

		Persona(String name, @Nullable Role role) {
			this(name, role, Set.of());
		}

		/** The role names Spring Security sees: the role and each competence. */
		Set<String> roleNames() {
			Set<String> names = new TreeSet<>();
			if (role != null) {
				names.add(role.name());
			}
			competences.forEach(competence -> names.add(competence.roleName()));
			return names;
		}

	}

	static final List<Persona> PERSONAS = List.of(new Persona("anonymous", null),
			new Persona("provider A", Role.PROVIDER), new Persona("provider B", Role.PROVIDER),
			new Persona("deployer", Role.DEPLOYER), new Persona("organisation administrator", Role.ORG_ADMIN),
			new Persona("regulator", Role.REGULATOR, EnumSet.allOf(Competence.class)),
			new Persona("regulator without competences", Role.REGULATOR),
			new Persona("regulator competent for complaints only", Role.REGULATOR, Set.of(Competence.COMPLAINTS)),
			new Persona("administrator", Role.ADMIN));

	/** Every Vaadin route (and alias) of the registry. */
	static final Map<String, Expect> ROUTES = new LinkedHashMap<>();

	static {
		for (String open : List.of("", "search", "login", "login/code", "sign-up", "guide", "open-data", "models",
				"models/:id", "models/:id/versions/:version", "models/:id/diff", "systems/:registrationNumber",
				"systems/:registrationNumber/versions/:version", "systems/:registrationNumber/diff",
				"systems/:registrationNumber/report", "reports/status", "deployments/:id",
				"deployments/:id/versions/:version", "deployments/:id/diff", "deployers/:id", "explanations/new",
				"explanations/verify", "explanations/track", "account/verify", "account/verify/resend",
				"account/invitation", "complaints/new", "complaints/verify", "complaints/track", "tests", "tests/:uid",
				"tests/:uid/versions/:version")) {
			ROUTES.put(open, Expect.everyone());
		}
		ROUTES.put("account/security", Expect.loggedIn());
		// an authorised representative answers a provider's invitation (Art 22(3)); the
		// service checks the organisation
		ROUTES.put("mandate", Expect.loggedIn());
		// where the user's organisation stands (also while it awaits approval)
		ROUTES.put("account/organisation", Expect.loggedIn());
		for (String provider : List.of("workspace", "workspace/systems/:id?", "workspace/models",
				"workspace/models/:id", "workspace/reports", "workspace/notices")) {
			ROUTES.put(provider, Expect.only(Role.PROVIDER));
		}
		for (String deployer : List.of("my-deployments", "my-deployments/:id",
				"my-deployments/fria/:registrationNumber", "deployer/explanations",
				"deployer/explanations/:reference")) {
			ROUTES.put(deployer, Expect.only(Role.DEPLOYER));
		}
		// serious incidents (Art 73): providers report, deployers too (Art 26(5)); tests
		// in
		// real-world conditions (Art 60): providers register
		for (String reporter : List.of("workspace/incidents", "workspace/incidents/:id")) {
			ROUTES.put(reporter, Expect.only(Role.PROVIDER, Role.DEPLOYER));
		}
		for (String provider : List.of("workspace/incidents/deployer/:id", "workspace/tests", "workspace/tests/:id")) {
			ROUTES.put(provider, Expect.only(Role.PROVIDER));
		}
		// the authority inboxes need the competence; the services show a regulator only
		// what was routed to their authority in their jurisdiction (DD082)
		for (String incidents : List.of("oversight/incidents", "oversight/incidents/:id")) {
			ROUTES.put(incidents, Expect.regulatorWith(Competence.SERIOUS_INCIDENTS));
		}
		for (String tests : List.of("oversight/tests", "oversight/tests/:id")) {
			ROUTES.put(tests, Expect.regulatorWith(Competence.REAL_WORLD_TESTING));
		}
		// the AI Office's list of Art 52(1) notifications (the service shows it at Union
		// level
		// only, DD064)
		ROUTES.put("oversight/gpai-notifications", Expect.regulatorWith(Competence.GPAI));
		ROUTES.put("organisation/users", Expect.only(Role.ORG_ADMIN));
		// Art 71(5), DD069: the organisation's own administrators list the persons
		ROUTES.put("organisation/persons", Expect.only(Role.ORG_ADMIN));
		ROUTES.put("organisation/users/:userId", Expect.only(Role.ORG_ADMIN));
		for (String regulator : List.of("oversight/organisations", "oversight/moderation/:registrationNumber",
				"oversight/reports")) {
			ROUTES.put(regulator, Expect.only(Role.REGULATOR));
		}
		for (String restricted : List.of("oversight/restricted", "oversight/restricted/:registrationNumber")) {
			ROUTES.put(restricted, Expect.regulatorWith(Competence.RESTRICTED_SECTION));
		}
		for (String complaints : List.of("oversight/complaints", "oversight/complaints/:reference",
				"oversight/complaints/direct/:reference")) {
			ROUTES.put(complaints, Expect.regulatorWith(Competence.COMPLAINTS));
		}
		for (String fria : List.of("oversight/fria", "oversight/fria/:id")) {
			ROUTES.put(fria, Expect.regulatorWith(Competence.FRIA_NOTIFICATIONS));
		}
		for (String admin : List.of("admin/authorities", "admin/authorities/:authorityId", "admin/competences")) {
			ROUTES.put(admin, Expect.only(Role.ADMIN));
		}
		for (String console : List.of("oversight", "oversight/audit", "oversight/search-index")) {
			ROUTES.put(console, Expect.only(Role.REGULATOR, Role.ADMIN));
		}
	}

	/**
	 * Every controller mapping: the public API, public documents, robots.txt and the
	 * sitemaps are anonymous GET; the Annex XI technical documents are for regulators
	 * competent for GPAI models.
	 */
	static final Map<String, Expect> MAPPINGS = new LinkedHashMap<>();

	static {
		for (String api : List.of("/api/v1/search", "/api/v1/entries/{registrationNumber}",
				"/api/v1/entries/{registrationNumber}/versions/{version}",
				"/api/v1/entries/{registrationNumber}/versions", "/api/v1/organisations", "/api/v1/facets",
				"/api/v1/downloads/entries.csv", "/api/v1/downloads/versions.csv", "/api/v1/downloads/entries.json",
				"/api/v1/downloads/versions.json", "/api/v1/feeds/entries.atom",
				"/api/v1/organisations/{organisationId}/feed.atom", "/api/v1/feeds/annex-iii/{area}.atom",
				"/api/v1/models", "/api/v1/models/{id}", "/api/v1/models/{id}/versions/{version}", "/api/v1/models.csv",
				"/api/v1/models.json", "/api/v1/models/feed.atom",
				"/api/v1/models/{id}/versions/{version}/training-summary.json", "/api/v1/suggestions",
				"/api/v1/entries/{registrationNumber}/similar", "/systems/{registrationNumber}/documents/{sha256}",
				"/robots.txt", "/sitemap.xml", "/sitemaps/pages.xml", "/sitemaps/models.xml", "/sitemaps/tests.xml",
				"/sitemaps/entries-{partition:\\d{1,6}}.xml", "/sitemaps/deployments-{partition:\\d{1,6}}.xml",
				"/api/v1/tests", "/api/v1/tests/{uid}", "/api/v1/tests/{uid}/versions/{version}", "/api/v1/tests.csv",
				"/api/v1/tests/feed.atom", "/api/v1/deployments/{id}", "/api/v1/deployments/{id}/versions/{version}",
				"/api/v1/downloads/deployments.csv", "/api/v1/downloads/deployments.json")) {
			MAPPINGS.put(api, Expect.everyone());
		}
		MAPPINGS.put("/oversight/models/{id}/technical-documents/{sha256}", Expect.regulatorWith(Competence.GPAI));
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

	static Authentication login(Persona persona) {
		if (persona.role() == null) {
			return new AnonymousAuthenticationToken("anonymous", "anonymous",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		}
		List<String> authorities = new ArrayList<>(List.of(persona.role().authority()));
		persona.competences().forEach(competence -> authorities.add(competence.authority()));
		return UsernamePasswordAuthenticationToken.authenticated(persona.name(), null,
				AuthorityUtils.createAuthorityList(authorities));
	}

	static List<RouteData> routes() {
		return RouteConfiguration.forApplicationScope().getAvailableRoutes();
	}

	static Map<String, Class<? extends Component>> templates() {
		Map<String, Class<? extends Component>> templates = new LinkedHashMap<>();
		for (RouteData route : routes()) {
			templates.put(route.getTemplate(), route.getNavigationTarget());
			route.getRouteAliases().forEach(alias -> templates.put(alias.getTemplate(), alias.getNavigationTarget()));
		}
		return templates;
	}

	@Test
	@DisplayName("Every route and every controller mapping has an entry in the matrix (a new one needs a decision)")
	void everyRouteHasAnEntry() {
		assertThat(new TreeSet<>(templates().keySet())).as("routes without an entry in ROUTES")
			.isSubsetOf(ROUTES.keySet());
		assertThat(templates()).as("demo-only routes do not exist outside demo mode").doesNotContainKey("dev/mailbox");
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> mapped.addAll(info.getPatternValues()));
		mapped.removeIf(pattern -> pattern.startsWith("/error") || pattern.startsWith("/api/openapi")
				|| pattern.startsWith("/api/docs") || pattern.startsWith("/v3/") || pattern.startsWith("/swagger"));
		assertThat(mapped).as("controller mappings without an entry in MAPPINGS").isSubsetOf(MAPPINGS.keySet());
	}

	@Test
	@DisplayName("Controller mappings only read: no POST, PUT, PATCH or DELETE is mapped anywhere")
	void mappingsOnlyRead() {
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (org.springframework.boot.webmvc.error.ErrorController.class.isAssignableFrom(method.getBeanType())) {
				// Spring Boot's error page answers the error dispatch of a request of any
				// method and changes nothing
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			assertThat(methods).as(info + " → " + method)
				.isNotEmpty()
				.isSubsetOf(Set.of(RequestMethod.GET, RequestMethod.HEAD));
		});
	}

	@TestFactory
	@DisplayName("Every controller mapping × every persona: public data for all, Annex XI files for regulators competent for GPAI models only")
	Stream<DynamicTest> mappingMatrix() {
		List<DynamicTest> cells = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				Expect expect = MAPPINGS.get(pattern);
				if (expect == null) {
					continue;
				}
				jakarta.annotation.security.RolesAllowed allowed = org.springframework.core.annotation.AnnotatedElementUtils
					.findMergedAnnotation(method.getBeanType(), jakarta.annotation.security.RolesAllowed.class);
				for (Persona persona : PERSONAS) {
					cells.add(DynamicTest.dynamicTest(pattern + " × " + persona.name(), () -> {
						boolean granted = allowed == null
								|| List.of(allowed.value()).stream().anyMatch(persona.roleNames()::contains);
						assertThat(granted).as("%s may read %s", persona.name(), pattern)
							.isEqualTo(expect.allows(persona));
					}));
				}
			}
		});
		return cells.stream();
	}

	@TestFactory
	@DisplayName("Every route × anonymous, provider A and B, deployer, organisation administrator, regulator with every competence and with none, administrator")
	Stream<DynamicTest> routeMatrix() {
		List<DynamicTest> cells = new ArrayList<>();
		templates().forEach((template, target) -> {
			Expect expect = ROUTES.get(template);
			if (expect == null) {
				return;
			}
			for (Persona persona : PERSONAS) {
				cells.add(DynamicTest.dynamicTest(template + " × " + persona.name(), () -> {
					Authentication login = login(persona);
					boolean granted = ACCESS.hasAccess(target, persona.role() == null ? null : login,
							role -> persona.roleNames().contains(role));
					assertThat(granted).as("%s may open %s", persona.name(), template)
						.isEqualTo(expect.allows(persona));
				}));
			}
		});
		return cells.stream();
	}

}
