package org.airegistry.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaBasis;
import org.airegistry.deployment.FriaData;
import org.airegistry.deployment.FriaService;
import org.airegistry.deployment.ui.PublicDeployerView;
import org.airegistry.deployment.ui.PublicDeploymentView;
import org.airegistry.moderation.Moderation;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.portal.HomeView;
import org.airegistry.portal.PublicEntryDiffView;
import org.airegistry.portal.PublicEntryView;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.RegistryService;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.shell.NotFoundView;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;

/**
 * The public pages of a suspended entry without a browser: the entry's pages show only
 * the authority's notice, the home list and the diff page leave it out, deployer pages
 * name it as suspended instead of showing its details (DD013).
 */
@H2Test
class SuspendedEntryPagesTest extends SpringBrowserlessTest {

	static final String REASON = "Suspended while the authority evaluates the system under Art 79.";

	@Autowired
	TestData testData;

	@Autowired
	Moderation moderation;

	@Autowired
	RegistryService registry;

	@Autowired
	DeploymentService deployments;

	@Autowired
	FriaService frias;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	void diff(String number) {
		UI.getCurrent().navigate("systems/" + number + "/diff", QueryParameters.simple(Map.of("from", "1", "to", "2")));
	}

	String page() {
		return ((Component) getCurrentView()).getElement().getTextRecursively();
	}

	@Test
	@DisplayName("Art 74 and Art 79 market surveillance measures: a suspended entry's latest and older version pages "
			+ "show only the notice, the diff page is not found, the home list and deployer pages leave out its "
			+ "details; lifting brings everything back")
	void pagesOfASuspendedEntry() {
		TestUser provider = testData.provider();
		String name = "Paused Pages System";
		String number = testData.as(provider, () -> {
			DraftEntry draft = registry.createDraft(TestData.sample(name));
			registry.publish(draft.id(), draft.lockVersion(), "");
			DraftEntry opened = registry.open(draft.id());
			DraftEntry changed = registry.saveDraft(draft.id(), opened.lockVersion(),
					opened.data().withIntendedPurpose("Screens job applications in several languages."));
			registry.publish(draft.id(), changed.lockVersion(), "Languages");
			return registry.open(draft.id()).registrationNumber();
		});
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		Deployment deployment = testData.as(deployer, () -> {
			Fria fria = frias.openOrStart(number);
			fria = frias.save(fria.id(), fria.lockVersion(), new FriaData(FriaBasis.PRIVATE_PUBLIC_SERVICE, "Processes",
					"Daily", "Tenants", "Risks", "Review", "Complaints desk", "", ""));
			frias.complete(fria.id(), fria.lockVersion());
			Deployment draft = deployments.start(number);
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(),
					new DeploymentData("Street 1", "ai@example.org", "IT department", "Public C4 summary text", false,
							"", Set.of(MemberState.AT), LocalDate.of(2028, 2, 1), null,
							RegistrationBasis.PUBLIC_AUTHORITY, ""));
			deployments.publish(saved.id(), saved.lockVersion(), "");
			return saved;
		});
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);

		testData.run(regulator, () -> moderation.suspend(number, REASON));

		for (String route : new String[] { "systems/" + number, "systems/" + number + "/versions/1" }) {
			UI.getCurrent().navigate(route);
			assertThat(getCurrentView()).as(route).isInstanceOf(PublicEntryView.class);
			assertThat(find(H1.class).single().getText()).isEqualTo(number);
			assertThat(page()).contains(REASON).doesNotContain(name).doesNotContain("Screens job applications");
		}
		diff(number);
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		UI.getCurrent().navigate("systems/AIR-999999");
		navigate(HomeView.class);
		assertThat(find(Anchor.class).all()).extracting(Anchor::getText).doesNotContain(name);

		UI.getCurrent().navigate("deployments/" + deployment.id().value());
		assertThat(getCurrentView()).isInstanceOf(PublicDeploymentView.class);
		assertThat(find(H1.class).single().getText()).contains(number).doesNotContain(name);
		assertThat(page()).contains("suspended from public view by the market surveillance authority")
			.contains("Public C4 summary text")
			.doesNotContain(name);
		assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).doesNotContain("systems/" + number);
		UI.getCurrent().navigate("deployers/" + deployer.organisation().value());
		assertThat(getCurrentView()).isInstanceOf(PublicDeployerView.class);
		assertThat(page()).contains(number + ": suspended from public view").doesNotContain(name);

		testData.run(regulator, () -> moderation.close(moderation.suspension(number).orElseThrow().id()));

		UI.getCurrent().navigate("systems/" + number + "/versions/1");
		assertThat(find(H1.class).single().getText()).isEqualTo(name);
		diff(number);
		assertThat(getCurrentView()).isInstanceOf(PublicEntryDiffView.class);
		UI.getCurrent().navigate("systems/AIR-999999");
		navigate(HomeView.class);
		assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains(name);
		UI.getCurrent().navigate("deployers/" + deployer.organisation().value());
		assertThat(page()).contains(name).doesNotContain("suspended from public view");
		UI.getCurrent().navigate("deployments/" + deployment.id().value());
		assertThat(find(H1.class).single().getText()).contains(name);
	}

}
