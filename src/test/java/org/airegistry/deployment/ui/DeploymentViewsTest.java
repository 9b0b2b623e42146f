package org.airegistry.deployment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentRoutes;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaBasis;
import org.airegistry.deployment.FriaData;
import org.airegistry.deployment.FriaService;
import org.airegistry.deployment.FriaState;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.portal.PublicEntryView;
import org.airegistry.publication.ui.VersionDiffView;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.shell.NotFoundView;
import org.airegistry.shell.components.ErrorSummary;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The deployment views without a browser, on H2: organisation scope by URL, FRIA messages
 * per element, Art 26(8) guidance, and what the public pages show.
 */
@H2Test
class DeploymentViewsTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	DeploymentService deployments;

	@Autowired
	FriaService frias;

	void login(TestUser user) {
		testData.login(user);
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	TestUser deployer() {
		return testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
	}

	static FriaData completeFria(String risks) {
		return new FriaData(FriaBasis.PRIVATE_PUBLIC_SERVICE, "Processes", "Daily", "Tenants", risks, "Review",
				"Complaints desk", "", "");
	}

	@Test
	@DisplayName("Organisation scope: deployer B opening deployer A's registration by URL gets 'not found'")
	void otherDeployersDraftByUrl() {
		String number = testData.publish(testData.provider(), TestData.sample("Url Scoped"));
		TestUser a = deployer();
		Deployment draft = testData.as(a, () -> deployments.start(number));
		testData.run(a, () -> {
			Fria fria = frias.openOrStart(number);
			frias.save(fria.id(), fria.lockVersion(), completeFria("A's secret risk analysis"));
		});

		login(deployer());
		UI.getCurrent().navigate("my-deployments/" + draft.id().value());
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

		UI.getCurrent().navigate("my-deployments/fria/" + number);
		assertThat(getCurrentView()).isInstanceOf(FriaEditorView.class);
		assertThat(find(TextArea.class).withLabelContaining("(d) Specific risks").single().getValue())
			.as("B gets its own, empty assessment, never A's")
			.isEmpty();
	}

	@Test
	@DisplayName("Art 27(1): completing an empty FRIA marks each element (a) to (f) with its own message")
	void friaMessagesPerElement() {
		String number = testData.publish(testData.provider(), TestData.sample("Fria Messages"));
		login(deployer());
		UI.getCurrent().navigate("my-deployments/fria/" + number);

		test(find(Button.class).withText("Mark as completed").single()).click();

		TextArea processes = find(TextArea.class).withLabelContaining("(a) Processes").single();
		assertThat(processes.isInvalid()).isTrue();
		assertThat(processes.getErrorMessage())
			.isEqualTo("Describe the processes in which the system is used (Art 27(1)(a)).");
		TextArea oversight = find(TextArea.class).withLabelContaining("(e) Human oversight").single();
		assertThat(oversight.getErrorMessage())
			.isEqualTo("Describe how human oversight is implemented (Art 27(1)(e)).");
		assertThat(find(Button.class).withText("Notify the market surveillance authority").single().isEnabled())
			.isFalse();
		// issue 21: the summary at the top lists every element, each a link to its input
		ErrorSummary summary = find(ErrorSummary.class).single();
		assertThat(summary.isVisible()).isTrue();
		assertThat(summary.getElement().getTextRecursively()).contains("problems need your attention");
		assertThat(summary.items()).hasSizeGreaterThanOrEqualTo(6)
			.anySatisfy(item -> assertThat(item).startsWith("(a) Processes")
				.endsWith(": Describe the processes in which the system is used (Art 27(1)(a))."));
		assertThat(summary.getElement().getChild(1).getChild(0).getChild(0).getAttribute("href")).startsWith("#");
	}

	@Test
	@DisplayName("Art 27(3), issue 21: notifying the authority asks for confirmation; cancelling notifies nothing")
	void friaNotificationIsConfirmed() {
		String number = testData.publish(testData.provider(), TestData.sample("Fria Confirmation"));
		TestUser deployer = deployer();
		testData.run(deployer, () -> {
			Fria fria = frias.openOrStart(number);
			fria = frias.save(fria.id(), fria.lockVersion(), completeFria("Risks for tenants"));
			frias.complete(fria.id(), fria.lockVersion());
		});
		login(deployer);
		UI.getCurrent().navigate("my-deployments/fria/" + number);

		test(find(Button.class).withText("Notify the market surveillance authority").single()).click();
		ConfirmDialog confirm = find(ConfirmDialog.class).single();
		assertThat(confirm.isOpened()).isTrue();
		assertThat(test(confirm).getText()).contains("Version 1").contains(number);
		test(confirm).cancel();
		assertThat(frias.openOrStart(number).state()).as("cancelled: not notified").isEqualTo(FriaState.COMPLETED);

		test(find(Button.class).withText("Notify the market surveillance authority").single()).click();
		test(find(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst().orElseThrow())
			.confirm();
		assertThat(frias.openOrStart(number).state()).isEqualTo(FriaState.NOTIFIED);
	}

	@Test
	@DisplayName("Issue 21, Art 49(3): publishing a registration asks first, the first time saying what publishing does "
			+ "and then with the diff against the published version; cancelling publishes nothing")
	void publishAsksWithTheDiff() {
		String number = testData.publish(testData.provider(), TestData.sample("Confirmed Deployment"));
		TestUser deployer = deployer();
		Deployment draft = testData.as(deployer, () -> {
			Deployment started = startedWithFria(number);
			return deployments.save(started.id(), started.lockVersion(), registration("First C4 summary"));
		});
		login(deployer);
		UI.getCurrent().navigate("my-deployments/" + draft.id().value());

		test(find(Button.class).withText("Publish").single()).click();
		ConfirmDialog first = openDialog();
		assertThat(test(first).getHeader()).isEqualTo("Publish Confirmed Deployment?");
		assertThat(first.getElement().getTextRecursively()).contains("published at once")
			.contains("cannot be taken back");
		test(first).cancel();
		assertThat(deployments.open(draft.id()).publishedVersion()).as("cancelled: nothing published").isNull();

		test(find(Button.class).withText("Publish").single()).click();
		test(openDialog()).confirm();
		assertThat(deployments.open(draft.id()).publishedVersion()).isEqualTo(1);

		test(find(TextArea.class).withLabelContaining("Summary of the fundamental rights").single())
			.setValue("Second C4 summary");
		test(find(TextField.class).withLabelContaining("What changed in this version").single())
			.setValue("Summary rewritten");
		test(find(Button.class).withText("Publish").single()).click();
		ConfirmDialog update = openDialog();
		assertThat(update.getElement().getTextRecursively())
			.contains("Version 2 replaces version 1 on the public page, with 1 change:")
			.contains("Public now: First C4 summary")
			.contains("After publishing: Second C4 summary");
		test(update).cancel();
		assertThat(deployments.open(draft.id()).publishedVersion()).isEqualTo(1);
		assertThat(find(TextField.class).withLabelContaining("What changed in this version").single().getValue())
			.as("the change summary is kept for the next attempt")
			.isEqualTo("Summary rewritten");

		test(find(Button.class).withText("Publish").single()).click();
		test(openDialog()).confirm();
		assertThat(deployments.open(draft.id()).publishedVersion()).isEqualTo(2);
	}

	@Test
	@DisplayName("Issue 13: the public comparison of two versions of a registration lists the changed field with "
			+ "both texts, and none that stayed the same; a version that does not exist is not found")
	void publicComparisonOfTwoVersions() {
		String number = testData.publish(testData.provider(), TestData.sample("Compared Deployment"));
		TestUser deployer = deployer();
		Deployment registration = testData.as(deployer, () -> {
			Deployment started = startedWithFria(number);
			Deployment first = deployments.save(started.id(), started.lockVersion(), registration("First C4 summary"));
			deployments.publish(first.id(), first.lockVersion(), "");
			Deployment second = deployments.save(first.id(), deployments.open(first.id()).lockVersion(),
					registration("Second C4 summary"));
			deployments.publish(second.id(), second.lockVersion(), "Summary rewritten");
			return deployments.open(first.id());
		});
		SecurityContextHolder.clearContext();

		UI.getCurrent().navigate(DeploymentRoutes.permalink(registration.id()) + "/diff", VersionDiffView.query(1, 2));
		assertThat(getCurrentView()).isInstanceOf(DeploymentDiffView.class);
		String changes = find(DescriptionList.class).single().getElement().getTextRecursively();
		assertThat(changes).contains("First C4 summary").contains("Second C4 summary").doesNotContain("Street 1");
		UI.getCurrent().navigate(DeploymentRoutes.permalink(registration.id()) + "/diff", VersionDiffView.query(1, 9));
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
	}

	/**
	 * A registration of the entry started by the signed-in deployer after completing its
	 * FRIA.
	 */
	private Deployment startedWithFria(String number) {
		Fria fria = frias.openOrStart(number);
		fria = frias.save(fria.id(), fria.lockVersion(), completeFria("Risks for tenants"));
		frias.complete(fria.id(), fria.lockVersion());
		return deployments.start(number);
	}

	private static DeploymentData registration(String summary) {
		return new DeploymentData("Street 1", "ai@example.org", "IT department", summary, false, "",
				Set.of(MemberState.AT), LocalDate.of(2028, 2, 1), null, RegistrationBasis.PUBLIC_AUTHORITY, "");
	}

	@Test
	@DisplayName("Issue 13: leaving a registration with unsaved changes asks first; Stay keeps what was typed, "
			+ "Leave without saving goes back to the list and stores nothing")
	void leavingWithUnsavedChangesAsks() {
		String number = testData.publish(testData.provider(), TestData.sample("Left Deployment"));
		TestUser deployer = deployer();
		Deployment draft = testData.as(deployer, () -> deployments.start(number));
		login(deployer);
		UI.getCurrent().navigate("my-deployments/" + draft.id().value());
		TextArea summary = find(TextArea.class).withLabelContaining("Summary of the fundamental rights").single();
		test(summary).setValue("Typed, not saved");

		test(find(Button.class).withText("Back to my deployments").single()).click();
		ConfirmDialog ask = openDialog();
		assertThat(test(ask).getHeader()).isEqualTo("Leave without saving?");
		test(ask).cancel();
		assertThat(getCurrentView()).isInstanceOf(DeploymentEditorView.class);
		assertThat(summary.getValue()).isEqualTo("Typed, not saved");

		test(find(Button.class).withText("Back to my deployments").single()).click();
		test(openDialog()).confirm();
		assertThat(getCurrentView()).isInstanceOf(MyDeploymentsView.class);
		assertThat(deployments.open(draft.id()).data().friaSummary()).isEmpty();
	}

	private ConfirmDialog openDialog() {
		return find(ConfirmDialog.class).all()
			.stream()
			.filter(ConfirmDialog::isOpened)
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	@Test
	@DisplayName("Art 26(8): a system that is not registered may not be used; the deployer is offered a notice to the provider")
	void notRegisteredGuidance() {
		login(deployer());
		navigate(MyDeploymentsView.class);
		test(find(TextField.class).withLabelContaining("Registration number or name").single())
			.setValue("Nonexistent Zyxw System");
		test(find(Button.class).withText("Find").single()).click();

		// Art 26(8): "not found in this registry", addressed to public-authority
		// deployers
		Paragraph warning = find(Paragraph.class).withTextContaining("was found in this registry").single();
		assertThat(warning.getText()).contains("public authority")
			.contains("Art 26(8)")
			.doesNotContain("not registered in the EU database.");
		assertThat(find(Button.class).withText("Send notice").exists()).isTrue();
	}

	@Test
	@DisplayName("Spec §10.3 V6: the public pages show the C.4 summary and the deployer, never the full FRIA")
	void publicPagesShowSummaryOnly() {
		String number = testData.publish(testData.provider(), TestData.sample("Public Deployers"));
		TestUser deployer = deployer();
		Deployment published = testData.as(deployer, () -> {
			Fria fria = frias.openOrStart(number);
			fria = frias.save(fria.id(), fria.lockVersion(), completeFria("Confidential risk details"));
			frias.complete(fria.id(), fria.lockVersion());
			Deployment draft = deployments.start(number);
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(),
					new DeploymentData("Street 1", "ai@example.org", "IT department", "Public C4 summary text", false,
							"", Set.of(MemberState.AT), LocalDate.of(2028, 2, 1), null,
							RegistrationBasis.PUBLIC_AUTHORITY, ""));
			deployments.publish(saved.id(), saved.lockVersion(), "");
			return saved;
		});

		UI.getCurrent().navigate("systems/" + number);
		assertThat(getCurrentView()).isInstanceOf(PublicEntryView.class);
		String entryPage = ((com.vaadin.flow.component.Component) getCurrentView()).getElement().getTextRecursively();
		assertThat(entryPage).contains("Deployers of this system")
			.contains(deployer.organisationName())
			.contains("Public C4 summary text")
			.doesNotContain("Confidential risk details");

		UI.getCurrent().navigate("deployments/" + published.id().value());
		assertThat(getCurrentView()).isInstanceOf(PublicDeploymentView.class);
		assertThat(find(H1.class).single().getText()).contains(deployer.organisationName())
			.contains("Public Deployers");
		String page = ((com.vaadin.flow.component.Component) getCurrentView()).getElement().getTextRecursively();
		assertThat(page).contains("Public C4 summary text")
			.contains("Austria")
			.contains("Version 1")
			.doesNotContain("Confidential risk details");

		UI.getCurrent().navigate("deployers/" + deployer.organisation().value());
		assertThat(getCurrentView()).isInstanceOf(PublicDeployerView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo(deployer.organisationName());
	}

}
