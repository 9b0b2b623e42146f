package org.airegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaService;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.ExplanationStatistics;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiSamples;
import org.airegistry.gpai.GpaiService;
import org.airegistry.moderation.Moderation;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.organisation.RepresentingPerson;
import org.airegistry.organisation.RepresentingPersons;
import org.airegistry.publication.Draft;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryDocuments;
import org.airegistry.registry.Point1Policy;
import org.airegistry.registry.Point1PolicyReconciler;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.StoredDocument;
import org.airegistry.registry.TestPdfs;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testing.ConsentBasis;
import org.airegistry.testing.TestConduct;
import org.airegistry.testing.TestPlan;
import org.airegistry.testing.TestPlanData;
import org.airegistry.testing.TestPlanService;
import org.airegistry.testing.TestUids;
import org.airegistry.testsupport.ConsoleTestData;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.SwitchableTcpProxy;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leak test of the publication kernel (issue 13, DD021): on PostgreSQL and
 * Elasticsearch, in full and in reduced search mode, one world of records goes through
 * every visibility transition (public to restricted, restricted to public, suspended then
 * restricted, a stricter point-1 policy, a provider entry restricted under an existing
 * deployer registration, an entry restricted from the start, a restricted entry flagged
 * and suspended by a competent regulator), and every public read path (pages, REST API,
 * downloads, feeds, search and facet counts, deployer and deployment pages, GPAI pages,
 * explanation statistics, sitemaps, name suggestions, similar systems, the complaint
 * form) is read as an anonymous visitor. No word of restricted content may appear on any
 * of them, and every address of a restricted record must answer exactly like the address
 * of a record that never existed. Public controls must appear, so an empty answer cannot
 * pass for a clean one. A public page route or API mapping that is not listed here fails
 * {@link #everyPublicReadIsListed()}.
 */
@PostgresTest
class PublicReadLeakIT extends SpringBrowserlessTest {

	/**
	 * Anonymous page routes that read records: each is read below with every record of
	 * the world.
	 */
	static final Set<String> RECORD_PAGES = Set.of("", "search", "systems/:registrationNumber",
			"systems/:registrationNumber/versions/:version", "systems/:registrationNumber/diff",
			"systems/:registrationNumber/report", "explanations/new", "complaints/new", "deployments/:id",
			"deployments/:id/versions/:version", "deployments/:id/diff", "deployers/:id", "models", "models/:id",
			"models/:id/versions/:version", "models/:id/diff", "tests", "tests/:uid", "tests/:uid/versions/:version");

	/** Anonymous page routes that read no record, and why. */
	static final Map<String, String> OTHER_PUBLIC_PAGES = Map.ofEntries(Map.entry("login", "the login form"),
			Map.entry("login/code", "the second step of the login (a code of the user's own second factor)"),
			Map.entry("sign-up", "the sign-up form"),
			Map.entry("account/verify", "confirms a sign-up address by token"),
			Map.entry("account/verify/resend", "asks for a new confirmation mail for a sign-up address"),
			Map.entry("account/invitation", "accepts an invitation by token"),
			Map.entry("guide", "the risk-classification questions"),
			Map.entry("open-data", "the field dictionary of the downloads"),
			Map.entry("explanations/track", "a requester's own request, by a private token"),
			Map.entry("explanations/verify", "confirms a requester's address by token"),
			Map.entry("complaints/track", "a complainant's own complaint (Art 85), by a private token"),
			Map.entry("complaints/verify", "confirms a complainant's address by token"),
			Map.entry("reports/status", "a reporter's own inaccuracy report, by a private token in the query"));

	// dev/mailbox (the demo mailbox) is registered only in demo mode (DemoRoutes), never
	// in a context like this one

	/** API mappings that read records: each is read below. */
	static final Set<String> RECORD_API = Set.of("GET /api/v1/search", "GET /api/v1/facets",
			"GET /api/v1/entries/{registrationNumber}", "GET /api/v1/entries/{registrationNumber}/versions/{version}",
			"GET /api/v1/entries/{registrationNumber}/versions", "GET /api/v1/organisations",
			"GET /api/v1/downloads/entries.csv", "GET /api/v1/downloads/versions.csv",
			"GET /api/v1/downloads/entries.json", "GET /api/v1/downloads/versions.json",
			"GET /api/v1/feeds/entries.atom", "GET /api/v1/organisations/{organisationId}/feed.atom",
			"GET /api/v1/feeds/annex-iii/{area}.atom", "GET /api/v1/models", "GET /api/v1/models/{id}",
			"GET /api/v1/models/{id}/versions/{version}",
			"GET /api/v1/models/{id}/versions/{version}/training-summary.json", "GET /api/v1/models.csv",
			"GET /api/v1/models.json", "GET /api/v1/models/feed.atom",
			"GET /systems/{registrationNumber}/documents/{sha256}", "GET /api/v1/suggestions",
			"GET /api/v1/entries/{registrationNumber}/similar", "GET /sitemap.xml",
			"GET /sitemaps/entries-{partition:\\d{1,6}}.xml", "GET /sitemaps/deployments-{partition:\\d{1,6}}.xml",
			"GET /sitemaps/models.xml", "GET /api/v1/tests", "GET /api/v1/tests/{uid}",
			"GET /api/v1/tests/{uid}/versions/{version}", "GET /api/v1/tests.csv", "GET /api/v1/tests/feed.atom",
			"GET /sitemaps/tests.xml", "GET /api/v1/deployments/{id}",
			"GET /api/v1/deployments/{id}/versions/{version}", "GET /api/v1/downloads/deployments.csv",
			"GET /api/v1/downloads/deployments.json");

	/** Mappings that read no record for the public, and why. */
	static final Map<String, String> OTHER_MAPPINGS = Map.of("GET /oversight/models/{id}/technical-documents/{sha256}",
			"regulators only (Annex XI PDFs)", "* /error", "Spring's error dispatch", "GET /api/openapi",
			"the API description", "GET /api/openapi.yaml", "the API description (YAML)", "GET /api/docs", "Swagger UI",
			"GET /api/openapi/swagger-config", "Swagger UI's configuration", "GET /robots.txt", "fixed crawler rules",
			"GET /sitemaps/pages.xml", "the fixed list of the portal's own pages");

	static World world;

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registry;

	@Autowired
	DeploymentService deployments;

	@Autowired
	FriaService frias;

	@Autowired
	Moderation moderation;

	@Autowired
	GpaiService models;

	@Autowired
	ExplanationService explanations;

	@Autowired
	Point1PolicyReconciler point1;

	@Autowired
	RegistryEntriesIndex index;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPlanService testPlans;

	@Autowired
	RepresentingPersons persons;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	final SwitchableTcpProxy proxy = TestElasticsearch.proxy();

	/**
	 * The records of the test: public controls that must be seen, and everything that
	 * must not.
	 */
	record World(String token, Set<String> secrets, Set<String> controls, List<String> hiddenNumbers,
			List<String> hiddenDeployments, List<String> hiddenDeployers, String movedToPublic, List<String> providers,
			List<String> hiddenProviders, String controlNumber, String controlDeployment, String controlDeployer,
			String model, String formerDocument, List<AiSystemId> entries, Set<AiSystemId> publicEntries,
			org.airegistry.shared.OrganisationId explainedDeployer, List<String> hiddenProviderNames) {

		/** Fails with the first restricted word the text holds. */
		void assertClean(String where, String text) {
			for (String secret : secrets) {
				assertThat(text).as(where + " must not show '" + secret + "'").doesNotContain(secret);
			}
		}

	}

	@BeforeEach
	void buildWorld() throws Exception {
		if (world == null) {
			world = build();
		}
		awaitIndexMatches(world);
	}

	@AfterEach
	void restore() {
		proxy.on();
		SecurityContextHolder.clearContext();
	}

	// ------------------------------------------------------------------ the world

	World build() {
		String token = TestData.uniqueWord("leakprobe");
		Set<String> secrets = new LinkedHashSet<>();
		Set<String> controls = new LinkedHashSet<>();
		List<String> hiddenNumbers = new ArrayList<>();
		List<String> hiddenDeployments = new ArrayList<>();
		List<String> hiddenDeployers = new ArrayList<>();
		List<String> providers = new ArrayList<>();
		List<String> hiddenProviders = new ArrayList<>();
		List<AiSystemId> entries = new ArrayList<>();
		List<String> hiddenProviderNames = new ArrayList<>();
		ConsoleTestData console = new ConsoleTestData(testData, explanations, frias, jdbc);
		TestUser regulator = console.regulator();

		// a public control entry with a public deployer registration and a request; both
		// organisations list their Art 71(5) persons first (DD069: regulators only)
		TestUser controlProvider = provider(providers, controls);
		listPersons(controlProvider, token, "Provider", secrets);
		String control = publish(controlProvider, sample(token + " Control Sorter"), entries);
		controls.add(token + " Control Sorter");
		TestUser controlDeployer = deployer(false, controls);
		listPersons(controlDeployer, token, "Deployer", secrets);
		Deployment controlUse = use(controlDeployer, control, token + " control assessment summary");
		controls.add(token + " control assessment summary");

		// public, then restricted (with a public PDF in its first version)
		TestUser p1 = provider(hiddenProviders, secrets);
		String formerDocument;
		String r1;
		{
			StoredDocument document = testData.as(p1,
					() -> registry.storeDocument(DocumentKind.DECLARATION_OF_CONFORMITY, "declaration.pdf",
							TestPdfs.pdf(token + " declaration")));
			formerDocument = document.sha256();
			r1 = publish(p1, sample(token + " Formerly Public Scorer")
				.withDocuments(EntryDocuments.none().with(DocumentKind.DECLARATION_OF_CONFORMITY, document)), entries);
			republish(p1, restricted(token + " Secret Scorer", AnnexIIIPoint.P6B), "Reclassified as 6(b)");
		}
		secrets.addAll(List.of(token + " Formerly Public Scorer", token + " Secret Scorer", r1));
		hiddenNumbers.add(r1);

		// restricted, then public
		TestUser p2 = provider(providers, controls);
		String r2 = publish(p2, restricted(token + " Hidden Origin Triage", AnnexIIIPoint.P7A), entries);
		republish(p2, sample(token + " Open Triage"), "Reclassified as 4(a)");
		secrets.add(token + " Hidden Origin Triage");
		controls.add(token + " Open Triage");

		// suspended while public, then restricted
		TestUser p3 = provider(hiddenProviders, secrets);
		String r3 = publish(p3, sample(token + " Suspended Ranker"), entries);
		String notice = token + " suspension notice of the authority";
		testData.run(regulator, () -> moderation.suspend(r3, notice));
		republish(p3, restricted(token + " Secret Ranker", AnnexIIIPoint.P6A), "Reclassified as 6(a)");
		secrets.addAll(List.of(token + " Suspended Ranker", token + " Secret Ranker", notice, r3));
		hiddenNumbers.add(r3);

		// public under the default point-1 reading, with a registration; then the
		// stricter
		// reading
		TestUser p4 = provider(hiddenProviders, secrets);
		String r4 = publish(p4, sample(token + " Biometric Gate").withAnnexIIIPoint(AnnexIIIPoint.P1A, false), entries);
		TestUser d4 = deployer(false, secrets);
		Deployment use4 = use(d4, r4, token + " biometric assessment summary");
		secrets.addAll(List.of(token + " Biometric Gate", token + " biometric assessment summary", r4));
		hiddenNumbers.add(r4);
		hiddenDeployments.add(use4.id().value().toString());
		hiddenDeployers.add(d4.organisation().value().toString());

		// public with a registration and an explanation request, then restricted under it
		TestUser p5 = provider(hiddenProviders, secrets);
		String r5 = publish(p5, sample(token + " Housing Allocator"), entries);
		TestUser d5 = deployer(false, controls);
		Deployment use5 = use(d5, r5, token + " housing assessment summary");
		use(d5, control, token + " second control summary");
		controls.add(token + " second control summary");
		// enough requests on each side for public statistics to be shown at all
		for (int i = 0; i < ExplanationStatistics.MINIMUM_COUNT; i++) {
			console.verifiedRequest(r5, d5);
			console.verifiedRequest(control, d5);
		}
		republish(p5, restricted(token + " Secret Allocator", AnnexIIIPoint.P6C), "Reclassified as 6(c)");
		secrets.addAll(List.of(token + " Housing Allocator", token + " housing assessment summary",
				token + " Secret Allocator", r5));
		hiddenNumbers.add(r5);
		hiddenDeployments.add(use5.id().value().toString());

		// restricted from the start, registered by a public authority
		TestUser p6 = provider(hiddenProviders, secrets);
		String r6 = publish(p6, restricted(token + " Border Watch", AnnexIIIPoint.P7C), entries);
		TestUser d6 = deployer(true, secrets);
		Deployment use6 = restrictedUse(d6, r6, token + " border contact desk");
		secrets.addAll(List.of(token + " Border Watch", token + " border contact desk", r6));
		hiddenNumbers.add(r6);
		hiddenDeployments.add(use6.id().value().toString());
		hiddenDeployers.add(d6.organisation().value().toString());

		// restricted from the start, then flagged, asked for a correction and suspended
		// by
		// a regulator who may read the non-public section (DD074): no 451 and no notice
		// on any public path
		TestUser p7 = provider(hiddenProviders, secrets);
		String r7 = publish(p7, restricted(token + " Moderated Sentinel", AnnexIIIPoint.P7B), entries);
		String flagNotice = token + " flag notice on a non-public entry";
		String correction = token + " correction request on a non-public entry";
		String reason = token + " suspension reason on a non-public entry";
		testData.run(regulator, () -> {
			moderation.flag(r7, flagNotice);
			moderation.requestCorrection(r7, correction, moderation.today().plusDays(30));
			moderation.suspend(r7, reason);
		});
		secrets.addAll(List.of(token + " Moderated Sentinel", flagNotice, correction, reason, r7));
		hiddenNumbers.add(r7);

		// the stricter reading of Art 49(4) for point 1 (as at a start-up with the
		// setting)
		point1.reconcile(Point1Policy.ALWAYS);

		// a public GPAI model page
		TestUser modelProvider = testData.provider();
		GpaiModelData modelData = GpaiSamples.complete(token + " Foundation Model");
		String model = testData.as(modelProvider, () -> {
			Draft<GpaiModelId, GpaiModelData> draft = models.createDraft(modelData);
			models.publish(draft.id(), draft.lockVersion(), "");
			return draft.id().value().toString();
		});
		controls.add(token + " Foundation Model");

		for (TestUser hidden : List.of(p1, p3, p4, p5, p6, p7)) {
			hiddenProviderNames.add(hidden.organisationName());
		}
		Set<AiSystemId> publicEntries = Set.of(entries.get(0), entries.get(2));
		return new World(token, secrets, controls, hiddenNumbers, hiddenDeployments, hiddenDeployers, r2, providers,
				hiddenProviders, control, controlUse.id().value().toString(),
				controlDeployer.organisation().value().toString(), model, formerDocument, entries, publicEntries,
				d5.organisation(), hiddenProviderNames);
	}

	static EntryData sample(String name) {
		return TestData.sample(name).withMemberStates(EnumSet.of(MemberState.AT, MemberState.SI));
	}

	static EntryData restricted(String name, AnnexIIIPoint point) {
		return sample(name).withAnnexIIIPoint(point, false).minimisedForRestrictedSection();
	}

	/**
	 * Art 71(5), DD069: the organisation's administrator lists a person with legal
	 * authority to represent it; the person's name, e-mail and telephone are secrets of
	 * the world (only regulators may read them).
	 */
	void listPersons(TestUser member, String token, String who, Set<String> secrets) {
		TestUser admin = testData.colleague(member, Role.ORG_ADMIN, "en");
		RepresentingPerson person = new RepresentingPerson(token + " " + who + " Representer", "Managing director",
				who.toLowerCase(Locale.ROOT) + "." + token + "@persons.example", "+49 30 555 01" + secrets.size());
		testData.run(admin, () -> persons.replaceMine(List.of(person)));
		secrets.addAll(List.of(person.name(), person.email(), person.phone()));
	}

	TestUser provider(List<String> providers, Set<String> names) {
		TestUser provider = testData.provider();
		providers.add(provider.organisation().value().toString());
		names.add(provider.organisationName());
		return provider;
	}

	/**
	 * A deployer; only a public authority may resolve entries of the non-public section
	 * by number (DD022). TestData's deployers are public bodies, so the flag is set
	 * either way.
	 */
	TestUser deployer(boolean publicAuthority, Set<String> names) {
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		jdbc.update("UPDATE organisation SET public_authority = ? WHERE organisation_id = ?", publicAuthority,
				deployer.organisation().value());
		names.add(deployer.organisationName());
		return deployer;
	}

	String publish(TestUser provider, EntryData data, List<AiSystemId> ids) {
		return testData.as(provider, () -> {
			DraftEntry draft = registry.createDraft(data);
			registry.publish(draft.id(), draft.lockVersion(), "");
			ids.add(draft.id());
			return registry.open(draft.id()).registrationNumber();
		});
	}

	void republish(TestUser provider, EntryData data, String summary) {
		testData.run(provider, () -> {
			AiSystemId id = registry.myEntries().getFirst().id();
			DraftEntry saved = registry.saveDraft(id, registry.open(id).lockVersion(), data);
			registry.publish(id, saved.lockVersion(), summary);
		});
	}

	Deployment use(TestUser deployer, String number, String friaSummary) {
		return testData.as(deployer, () -> {
			completedFria(number);
			Deployment draft = deployments.start(number);
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(),
					new DeploymentData("Town hall 1", "ai@town.example", "IT department", friaSummary, false, "",
							Set.of(MemberState.AT), LocalDate.of(2027, 1, 1), null,
							// Art 49(3): fits deployers with and without the
							// public-authority flag
							RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY, "City of Example"));
			deployments.publish(saved.id(), saved.lockVersion(), "");
			return deployments.open(saved.id());
		});
	}

	Deployment restrictedUse(TestUser deployer, String number, String contact) {
		return testData.as(deployer, () -> {
			completedFria(number);
			Deployment draft = deployments.start(number);
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(),
					new DeploymentData("Border post 1", contact, contact, "", false, "", Set.of(), null, null,
							RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY, "City of Example"));
			deployments.publish(saved.id(), saved.lockVersion(), "");
			return deployments.open(saved.id());
		});
	}

	void completedFria(String number) {
		Fria fria = frias.openOrStart(number);
		fria = frias.save(fria.id(), fria.lockVersion(), ConsoleTestData.completeFria("Risks for applicants"));
		frias.complete(fria.id(), fria.lockVersion());
	}

	/** Waits until the index holds exactly the public entries of the world. */
	void awaitIndexMatches(World world) {
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			index.client().indices().refresh(r -> r.index(index.names().readAlias()));
			for (AiSystemId id : world.entries()) {
				boolean indexed = index.client()
					.exists(e -> e.index(index.names().readAlias()).id(id.toString()))
					.value();
				assertThat(indexed).as("entry " + id + " in the index").isEqualTo(world.publicEntries().contains(id));
			}
		});
	}

	@Test
	@DisplayName("Art 71(5): the search index holds no name, e-mail or telephone of a person with authority to "
			+ "represent a provider or deployer (DD069)")
	void searchIndexHoldsNoRepresentingPerson() throws IOException {
		for (AiSystemId id : world.publicEntries()) {
			@SuppressWarnings("rawtypes")
			Map source = index.client()
				.get(get -> get.index(index.names().readAlias()).id(id.toString()), Map.class)
				.source();
			assertThat(source).as("indexed entry " + id).isNotNull();
			world.assertClean("index document of " + id, source.toString());
		}
		String indexed = String.valueOf(index.client()
			.get(get -> get.index(index.names().readAlias()).id(world.entries().get(0).toString()), Map.class)
			.source());
		assertThat(indexed).as("the control entry's document, read whole").contains(world.token() + " Control Sorter");
	}

	// ------------------------------------------------------------- completeness

	@Test
	@DisplayName("Every anonymous page route and every API mapping is listed by this test (a new one fails here)")
	void everyPublicReadIsListed() {
		Set<String> anonymousRoutes = RouteConfiguration.forApplicationScope()
			.getAvailableRoutes()
			.stream()
			.flatMap(route -> Stream.concat(Stream.of((RouteBaseData<?>) route), route.getRouteAliases().stream()))
			.filter(route -> route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class))
			.map(RouteBaseData::getTemplate)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> listedRoutes = new TreeSet<>(RECORD_PAGES);
		listedRoutes.addAll(OTHER_PUBLIC_PAGES.keySet());
		assertThat(anonymousRoutes)
			.as("anonymous routes; list a new one in RECORD_PAGES (and read it below) or "
					+ "OTHER_PUBLIC_PAGES with the reason it reads no record")
			.containsExactlyInAnyOrderElementsOf(listedRoutes);

		Set<String> handlerMappings = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			String method = methods.isEmpty() ? "*"
					: methods.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
			info.getPatternValues().forEach(pattern -> handlerMappings.add(method + " " + pattern));
		}
		Set<String> listedMappings = new TreeSet<>(RECORD_API);
		listedMappings.addAll(OTHER_MAPPINGS.keySet());
		assertThat(handlerMappings)
			.as("request mappings; list a new one in RECORD_API (and read it below) or "
					+ "OTHER_MAPPINGS with the reason it reads no record for the public")
			.containsExactlyInAnyOrderElementsOf(listedMappings);
	}

	// ------------------------------------------------------------------ the API

	@Test
	@DisplayName("Art 49(4): the REST API, downloads, feeds and PDFs never show restricted content (full search mode)")
	void apiInFullMode() throws Exception {
		readApi(world, true);
	}

	@Test
	@DisplayName("Art 49(4): the REST API, downloads and feeds never show restricted content while search is reduced")
	void apiInReducedMode() throws Exception {
		proxy.off();
		readApi(world, false);
	}

	void readApi(World world, boolean full) throws Exception {
		String q = URLEncoder.encode(world.token(), StandardCharsets.UTF_8);
		Map<String, String> listings = new LinkedHashMap<>();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			String search = body("/api/v1/search?size=100&q=" + q);
			assertThat(search).contains(full ? "\"mode\":\"FULL\"" : "\"mode\":\"REDUCED\"")
				.contains(world.token() + " Control Sorter")
				.contains(world.token() + " Open Triage");
			listings.put("/api/v1/search", search);
		});
		listings.put("/api/v1/facets", body("/api/v1/facets?q=" + q));
		listings.put("/api/v1/organisations", body("/api/v1/organisations"));
		for (String download : List.of("entries.csv", "versions.csv", "entries.json", "versions.json",
				"deployments.csv", "deployments.json")) {
			listings.put(download, body("/api/v1/downloads/" + download));
		}
		listings.put("entries.atom", body("/api/v1/feeds/entries.atom"));
		for (int area = 1; area <= 8; area++) {
			listings.put("area " + area, body("/api/v1/feeds/annex-iii/" + area + ".atom"));
		}
		for (String provider : world.providers()) {
			listings.put("feed of " + provider, body("/api/v1/organisations/" + provider + "/feed.atom"));
		}
		String unknownOrganisation = UUID.randomUUID().toString();
		for (String provider : world.hiddenProviders()) {
			// a provider with no public entry answers like one that does not exist
			assertSameAnswer(get("/api/v1/organisations/" + provider + "/feed.atom"),
					get("/api/v1/organisations/" + unknownOrganisation + "/feed.atom"), provider, unknownOrganisation);
		}
		listings.put("models", body("/api/v1/models?q=" + q));
		listings.put("models.csv", body("/api/v1/models.csv"));
		listings.put("models.json", body("/api/v1/models.json"));
		listings.put("models feed", body("/api/v1/models/feed.atom"));
		listings.put("model", body("/api/v1/models/" + world.model()));
		listings.put("model version", body("/api/v1/models/" + world.model() + "/versions/1"));
		listings.put("training summary", body("/api/v1/models/" + world.model() + "/versions/1/training-summary.json"));
		listings.put("control entry", body("/api/v1/entries/" + world.controlNumber() + "/versions"));
		listings.put("suggestions", body("/api/v1/suggestions?size=20&q=" + q));
		for (String provider : world.hiddenProviderNames()) {
			listings.put("suggestions for " + provider,
					body("/api/v1/suggestions?size=20&q=" + URLEncoder.encode(provider, StandardCharsets.UTF_8)));
		}
		listings.put("similar to control", body("/api/v1/entries/" + world.controlNumber() + "/similar?size=20"));
		listings.put("similar to moved", body("/api/v1/entries/" + world.movedToPublic() + "/similar?size=20"));
		String sitemapIndex = body("/sitemap.xml");
		listings.put("sitemap.xml", sitemapIndex);
		StringBuilder sitemaps = new StringBuilder();
		java.util.regex.Matcher location = java.util.regex.Pattern.compile("<loc>[^<]*?(/sitemaps/[^<]+)</loc>")
			.matcher(sitemapIndex);
		while (location.find()) {
			String sitemap = body(location.group(1));
			listings.put(location.group(1), sitemap);
			sitemaps.append(sitemap);
		}
		listings.put("moved entry", body("/api/v1/entries/" + world.movedToPublic() + "/versions"));
		listings.put("control deployment", body("/api/v1/deployments/" + world.controlDeployment()));
		listings.put("control deployment version",
				body("/api/v1/deployments/" + world.controlDeployment() + "/versions/1"));

		listings.forEach(world::assertClean);
		assertThat(sitemaps).as("the sitemaps list the public records")
			.contains("/" + world.controlNumber() + "<")
			.contains("/" + world.movedToPublic() + "<")
			.contains(world.controlDeployment())
			.contains(world.controlDeployer())
			.contains(world.model());
		for (String hidden : Stream.concat(world.hiddenDeployments().stream(), world.hiddenDeployers().stream())
			.toList()) {
			assertThat(sitemaps).as("the sitemaps never list " + hidden).doesNotContain(hidden);
		}
		if (full) {
			assertThat(listings.get("suggestions")).contains(world.token() + " Control Sorter");
		}
		assertThat(listings.get("entries.csv")).contains(world.token() + " Control Sorter")
			.contains(world.token() + " Open Triage");
		assertThat(listings.get("versions.json")).contains(world.token() + " Open Triage");
		// Section C (Art 49(3)): public registrations with their legal basis, never a
		// registration of a restricted entry (Art 49(4))
		assertThat(listings.get("deployments.csv")).contains(world.controlDeployment())
			.contains("ON_BEHALF_OF_PUBLIC_AUTHORITY");
		assertThat(listings.get("deployments.json")).contains(world.controlDeployment());
		assertThat(listings.get("control deployment")).contains("\"registrationBasis\"");
		for (String hidden : world.hiddenDeployments()) {
			assertThat(listings.get("deployments.csv")).doesNotContain(hidden);
			assertThat(listings.get("deployments.json")).doesNotContain(hidden);
			String unknown = UUID.randomUUID().toString();
			for (String path : List.of("/api/v1/deployments/{n}", "/api/v1/deployments/{n}/versions/1")) {
				assertSameAsUnknown(path, hidden, unknown);
			}
		}
		assertThat(listings.get("entries.atom")).contains(world.token() + " Control Sorter");
		assertThat(listings.get("models")).contains(world.token() + " Foundation Model");
		assertThat(listings.get("moved entry")).as("only the public version of the moved entry")
			.doesNotContain("/versions/1\"")
			.contains("/versions/2");
		if (full) {
			assertThat(listings.get("/api/v1/facets")).contains("SECTION_A");
		}
		// counts include only the two public entries of the world (no hidden entry
		// counted)
		JsonNode found = json.readTree(listings.get("/api/v1/search"));
		assertThat(found.get("total").asLong()).as("search total").isEqualTo(2);
		JsonNode facets = json.readTree(listings.get("/api/v1/facets"));
		for (JsonNode state : facets.get("memberStates")) {
			assertThat(state.get("count").asLong()).as("member-state facet " + state).isEqualTo(2);
		}
		assertThat(facets.get("memberStates")).as("member-state facet").hasSize(2);
		JsonNode organisations = json.readTree(listings.get("/api/v1/organisations"));
		for (String provider : world.providers()) {
			assertThat(organisations.findParents("id")
				.stream()
				.filter(organisation -> organisation.get("id").asString().equals(provider))
				.map(organisation -> organisation.get("publishedEntries").asLong()))
				.as("public entries of provider " + provider)
				.containsExactly(1L);
		}

		// every address of a restricted record answers like one that never existed
		for (String number : world.hiddenNumbers()) {
			String unknown = number.startsWith("AIR-R-") ? "AIR-R-ZZZZZZZZ" : "AIR-999999";
			for (String path : List.of("/api/v1/entries/{n}", "/api/v1/entries/{n}/versions/1",
					"/api/v1/entries/{n}/versions", "/api/v1/entries/{n}/similar",
					"/systems/{n}/documents/" + world.formerDocument())) {
				assertSameAsUnknown(path, number, unknown);
			}
		}
		assertSameVersionAnswer(get("/api/v1/entries/" + world.movedToPublic() + "/versions/1"),
				get("/api/v1/entries/" + world.movedToPublic() + "/versions/99"), 1, 99);
		assertThat(get("/api/v1/entries/" + world.movedToPublic() + "/versions/2").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/entries/" + world.controlNumber()).statusCode()).isEqualTo(200);
	}

	void assertSameAsUnknown(String template, String hidden, String unknown) throws Exception {
		assertSameAnswer(get(template.replace("{n}", hidden)), get(template.replace("{n}", unknown)), hidden, unknown);
	}

	static void assertSameAnswer(HttpResponse<String> hidden, HttpResponse<String> unknown, String hiddenToken,
			String unknownToken) {
		assertThat(hidden.statusCode()).as(hidden.uri() + " answers like " + unknown.uri())
			.isEqualTo(unknown.statusCode())
			.isIn(404, 400);
		assertThat(hidden.body().replace(hiddenToken, "{n}")).as(hidden.uri() + " says what " + unknown.uri() + " says")
			.isEqualTo(unknown.body().replace(unknownToken, "{n}"));
	}

	/** Like {@link #assertSameAnswer}, for two version numbers of the same record. */
	static void assertSameVersionAnswer(HttpResponse<String> hidden, HttpResponse<String> unknown, int hiddenVersion,
			int unknownVersion) {
		assertThat(hidden.statusCode()).as(hidden.uri() + " answers like " + unknown.uri())
			.isEqualTo(unknown.statusCode())
			.isEqualTo(404);
		assertThat(hidden.body().replaceAll("(versions?[/ ])" + hiddenVersion + "\\b", "$1{n}"))
			.as(hidden.uri() + " says what " + unknown.uri() + " says")
			.isEqualTo(unknown.body().replaceAll("(versions?[/ ])" + unknownVersion + "\\b", "$1{n}"));
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	String body(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	// ------------------------------------------------- tests in real-world conditions

	/** Registers a test plan of the provider. */
	TestPlan registeredTest(TestUser provider, String systemName, boolean consent) {
		return testData.as(provider, () -> {
			TestPlan plan = testPlans.create();
			TestPlan saved = testPlans.save(plan.id(), plan.lockVersion(),
					new TestPlanData(plan.uid(), "rwt@example.org", "", systemName, "1", "", AnnexIIIPoint.P4A, false,
							false, "Purpose of " + systemName, "Description of " + systemName,
							"Summary of " + systemName, Set.of(MemberState.DE), LocalDate.now().plusDays(1),
							LocalDate.now().plusMonths(2), consent),
					new TestConduct(ConsentBasis.INFORMED_CONSENT, "Forms kept by the deployer.", true, ""));
			return testPlans.register(saved.id(), saved.lockVersion(), "");
		});
	}

	@Test
	@DisplayName("Art 60(4)(c), Art 71(4): a test without consent answers like an unknown UID on every public path; with the consent withdrawn it is gone from all of them")
	void realWorldTests() throws Exception {
		TestUser provider = testData.provider();
		String withheldName = TestData.uniqueWord("Withheld");
		String withdrawnName = TestData.uniqueWord("Withdrawn");
		String controlName = TestData.uniqueWord("Consented");
		String withheld = registeredTest(provider, withheldName, false).uid();
		TestPlan withdrawnPlan = registeredTest(provider, withdrawnName, true);
		String withdrawn = withdrawnPlan.uid();
		String control = registeredTest(provider, controlName, true).uid();
		String unknown = TestUids.random(new java.util.Random());
		assertThat(body("/api/v1/tests/" + withdrawn)).contains(withdrawnName);
		assertThat(body("/sitemaps/tests.xml")).as("consented: in the sitemap")
			.contains("/tests/" + withdrawn)
			.contains("/tests/" + control)
			.doesNotContain(withheld);
		testData.run(provider, () -> testPlans.withdrawConsent(withdrawnPlan.id()));
		assertThat(body("/sitemap.xml")).contains("/sitemaps/tests.xml");
		assertThat(body("/sitemaps/tests.xml")).as("withdrawn or withheld: not in the sitemap")
			.contains("/tests/" + control)
			.doesNotContain(withdrawn)
			.doesNotContain(withheld);

		assertSameAsUnknown("/api/v1/tests/{n}", withheld, unknown);
		assertSameAsUnknown("/api/v1/tests/{n}/versions/1", withheld, unknown);
		assertThat(get("/api/v1/tests/" + withdrawn).statusCode()).as("a withdrawn test is gone").isEqualTo(410);
		assertThat(get("/api/v1/tests/" + withdrawn).body()).doesNotContain(withdrawnName);
		assertThat(get("/api/v1/tests/" + withdrawn + "/versions/1").body()).doesNotContain(withdrawnName);
		for (String path : List.of("/api/v1/tests?q=" + withheldName, "/api/v1/tests?q=" + withdrawnName)) {
			// the answer repeats the query; it must find nothing
			assertThat(body(path)).as(path).contains("\"total\":0").doesNotContain(withheld).doesNotContain(withdrawn);
		}
		for (String path : List.of("/api/v1/tests.csv", "/api/v1/tests/feed.atom")) {
			assertThat(body(path)).as(path)
				.doesNotContain(withheld)
				.doesNotContain(withheldName)
				.doesNotContain(withdrawn)
				.doesNotContain(withdrawnName);
		}
		assertThat(body("/api/v1/tests.csv")).as("the public control is there").contains(control);
		assertThat(body("/api/v1/tests?q=" + controlName)).contains(control);

		assertPageLikeUnknown("tests/{n}", QueryParameters.empty(), withheld, unknown);
		assertPageLikeUnknown("tests/{n}/versions/1", QueryParameters.empty(), withheld, unknown);
		assertThat(page("tests/" + withdrawn, QueryParameters.empty())).doesNotContain(withdrawnName);
		for (Map.Entry<String, String> hidden : Map.of(withheldName, withheld, withdrawnName, withdrawn).entrySet()) {
			String results = page("tests", QueryParameters.of("q", hidden.getKey()));
			// the search field repeats the query; the results must find nothing
			assertThat(results).contains("0 tests found");
			assertThat(results.replace("vaadin-text-field.value=" + hidden.getKey(), "")).as(hidden.getKey())
				.doesNotContain(hidden.getKey())
				.doesNotContain(hidden.getValue());
		}
		assertThat(page("tests", QueryParameters.of("q", controlName))).contains(controlName);

		// the search's tests tab and the API's kind=tests, in full and in reduced mode:
		// the withdrawal reaches the index from the outbox
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.untilAsserted(
					() -> assertThat(body("/api/v1/search?kind=tests&q=" + withdrawnName)).contains("\"total\":0"));
		for (boolean reduced : List.of(false, true)) {
			if (reduced) {
				proxy.off();
			}
			String mode = reduced ? "REDUCED" : "FULL";
			for (Map.Entry<String, String> hidden : Map.of(withheldName, withheld, withdrawnName, withdrawn)
				.entrySet()) {
				String api = body("/api/v1/search?kind=tests&q=" + hidden.getKey());
				assertThat(api).as(mode + " " + hidden.getKey())
					.contains("\"mode\":\"" + mode + "\"")
					.contains("\"total\":0")
					.contains("\"facets\":{\"area\":{},\"ms\":{},\"status\":{}}")
					.doesNotContain(hidden.getValue());
				String results = page("search", QueryParameters.simple(Map.of("kind", "tests", "q", hidden.getKey())));
				assertThat(results).as(mode + " page " + hidden.getKey()).contains("0 tests found");
				assertThat(results.replace("vaadin-text-field.value=" + hidden.getKey(), "")
					.replace("value=\"" + hidden.getKey() + "\"", "")).doesNotContain(hidden.getValue());
			}
			String all = body("/api/v1/search?kind=tests&size=100");
			assertThat(all).as(mode).doesNotContain(withheld).doesNotContain(withdrawn);
			assertThat(body("/api/v1/search?kind=tests&q=" + controlName)).as(mode)
				.contains(control)
				.contains("\"DE\":1");
			assertThat(page("search", QueryParameters.simple(Map.of("kind", "tests", "q", controlName)))).as(mode)
				.contains(controlName);
		}
		proxy.on();
	}

	// ---------------------------------------------------------------- the pages

	@Test
	@DisplayName("Art 49(4): pages never show restricted content; restricted records answer like unknown ones (full search mode)")
	void pagesInFullMode() {
		readPages(world, true);
	}

	@Test
	@DisplayName("Art 49(4): pages never show restricted content while search is reduced")
	void pagesInReducedMode() {
		proxy.off();
		readPages(world, false);
	}

	void readPages(World world, boolean full) {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", page("", QueryParameters.empty()));
		String results = page("search", QueryParameters.of("q", world.token()));
		assertThat(results).contains(world.token() + " Control Sorter").contains(world.token() + " Open Triage");
		if (!full) {
			assertThat(results.toLowerCase(Locale.ROOT)).contains("reduced");
		}
		pages.put("search", results);
		pages.put("model search", page("search", QueryParameters.simple(Map.of("kind", "models", "q", world.token()))));
		pages.put("models", page("models", QueryParameters.empty()));
		pages.put("control", page("systems/" + world.controlNumber(), QueryParameters.empty()));
		pages.put("moved", page("systems/" + world.movedToPublic(), QueryParameters.empty()));
		pages.put("complaint about control",
				page("complaints/new", QueryParameters.of("system", world.controlNumber())));
		pages.put("control deployment", page("deployments/" + world.controlDeployment(), QueryParameters.empty()));
		pages.put("control deployer", page("deployers/" + world.controlDeployer(), QueryParameters.empty()));
		pages.put("model", page("models/" + world.model(), QueryParameters.empty()));
		pages.put("model version", page("models/" + world.model() + "/versions/1", QueryParameters.empty()));
		pages.put("model diff",
				page("models/" + world.model() + "/diff", QueryParameters.simple(Map.of("from", "1", "to", "1"))));
		pages.put("control deployment diff", page("deployments/" + world.controlDeployment() + "/diff",
				QueryParameters.simple(Map.of("from", "1", "to", "1"))));
		pages.forEach(world::assertClean);
		assertThat(pages.get("control")).contains(world.token() + " control assessment summary");
		assertThat(pages.get("complaint about control")).contains(world.controlNumber());
		assertThat(pages.get("model")).contains(world.token() + " Foundation Model");
		assertThat(pages.get("model diff")).contains(world.token() + " Foundation Model");
		assertThat(pages.get("control deployment diff")).contains(world.token() + " Control Sorter");

		for (String number : world.hiddenNumbers()) {
			String unknown = number.startsWith("AIR-R-") ? "AIR-R-ZZZZZZZZ" : "AIR-999999";
			for (String route : List.of("systems/{n}", "systems/{n}/versions/1", "systems/{n}/report")) {
				assertPageLikeUnknown(route, QueryParameters.empty(), number, unknown);
			}
			assertPageLikeUnknown("systems/{n}/diff", QueryParameters.simple(Map.of("from", "1", "to", "2")), number,
					unknown);
			assertPageLikeUnknown("explanations/new", null, number, unknown);
			assertPageLikeUnknown("complaints/new", null, number, unknown);
		}
		assertSamePage(page("systems/" + world.movedToPublic() + "/versions/1", QueryParameters.empty()),
				page("systems/" + world.movedToPublic() + "/versions/99", QueryParameters.empty()), "versions/1",
				"versions/99");
		assertSamePage(
				page("systems/" + world.movedToPublic() + "/diff",
						QueryParameters.simple(Map.of("from", "1", "to", "2"))),
				page("systems/" + world.movedToPublic() + "/diff",
						QueryParameters.simple(Map.of("from", "99", "to", "2"))),
				"from=1", "from=99");
		String unknownId = UUID.randomUUID().toString();
		for (String deployment : world.hiddenDeployments()) {
			for (String route : List.of("deployments/{n}", "deployments/{n}/versions/1")) {
				assertPageLikeUnknown(route, QueryParameters.empty(), deployment, unknownId);
			}
			assertPageLikeUnknown("deployments/{n}/diff", QueryParameters.simple(Map.of("from", "1", "to", "1")),
					deployment, unknownId);
		}
		for (String deployer : world.hiddenDeployers()) {
			assertPageLikeUnknown("deployers/{n}", QueryParameters.empty(), deployer, unknownId);
		}
	}

	void assertPageLikeUnknown(String route, QueryParameters query, String hidden, String unknown) {
		String hiddenPage = query == null ? page(route, QueryParameters.of("system", hidden))
				: page(route.replace("{n}", hidden), query);
		String unknownPage = query == null ? page(route, QueryParameters.of("system", unknown))
				: page(route.replace("{n}", unknown), query);
		assertSamePage(hiddenPage, unknownPage, hidden, unknown);
	}

	static void assertSamePage(String hidden, String unknown, String hiddenToken, String unknownToken) {
		assertThat(hidden.replace(hiddenToken, "{n}")).isEqualTo(unknown.replace(unknownToken, "{n}"));
	}

	/**
	 * The view a visitor gets for the location: its class, its whole HTML and every
	 * property of its elements (values of inputs, labels, items are properties that the
	 * HTML does not show; the browser does).
	 */
	String page(String route, QueryParameters query) {
		UI.getCurrent().navigate(route, query);
		Component view = (Component) getCurrentView();
		StringBuilder page = new StringBuilder(view.getClass().getSimpleName()).append('\n')
			.append(view.getElement().getOuterHTML());
		appendProperties(view.getElement(), page);
		return page.toString();
	}

	static void appendProperties(Element element, StringBuilder page) {
		element.getPropertyNames()
			.sorted()
			.forEach(name -> page.append('\n')
				.append(element.getTag())
				.append('.')
				.append(name)
				.append('=')
				.append(element.getPropertyRaw(name)));
		element.getChildren().forEach(child -> appendProperties(child, page));
	}

	// ------------------------------------------------------ explanation statistics

	@Test
	@DisplayName("Art 86, Art 49(4): public explanation statistics count only requests about systems the public may see")
	void explanationStatistics() {
		for (String number : world.hiddenNumbers()) {
			// zero, not "too few to show": that would reveal requests about it
			assertThat(explanations.statisticsForSystem(number).received()).as(number).isZero();
		}
		assertThat(explanations.statisticsForSystem(world.controlNumber()).received())
			.isEqualTo(ExplanationStatistics.MINIMUM_COUNT);
		assertThat(explanations.statisticsForDeployer(world.explainedDeployer()).received())
			.as("the requests about the entry restricted since are not counted")
			.isEqualTo(ExplanationStatistics.MINIMUM_COUNT);
		String deployerPage = page("deployers/" + world.explainedDeployer().value(), QueryParameters.empty());
		world.assertClean("deployer page with statistics", deployerPage);
	}

}
