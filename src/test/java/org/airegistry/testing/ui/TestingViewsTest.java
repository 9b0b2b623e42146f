package org.airegistry.testing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.airegistry.incident.Authorities;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shell.NotFoundView;
import org.airegistry.testing.ConsentBasis;
import org.airegistry.testing.TestConduct;
import org.airegistry.testing.TestPlan;
import org.airegistry.testing.TestPlanData;
import org.airegistry.testing.TestPlanService;
import org.airegistry.testing.TestingAuthorityService;
import org.airegistry.testing.TestingRoutes;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The real-world testing views without a browser, on H2: the Art 49(5) refusal next to
 * the field, the public page only with consent and its withdrawal, the authority's
 * decision.
 */
@H2Test
class TestingViewsTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	TestPlanService plans;

	@Autowired
	OrganisationService organisations;

	@Autowired
	TestingAuthorityService authority;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	String text() {
		return ((Component) getCurrentView()).getElement().getTextRecursively();
	}

	TestPlan registered(TestUser provider, String name, boolean consent) {
		return testData.as(provider, () -> {
			TestPlan plan = plans.create();
			TestPlan saved = plans.save(plan.id(), plan.lockVersion(),
					new TestPlanData(plan.uid(), "tests@example.org", "", name, "1", "", AnnexIIIPoint.P5D, false,
							false, "Purpose", "Description", "Summary", Set.of(MemberState.MT),
							LocalDate.now().plusDays(1), LocalDate.now().plusMonths(2), consent),
					new TestConduct(ConsentBasis.INFORMED_CONSENT, "Forms kept by the clinic.", true, ""));
			return plans.register(saved.id(), saved.lockVersion(), "");
		});
	}

	@Test
	@DisplayName("Art 60(4)(c), Art 49(5): choosing Annex III point 2 is refused next to the field with the reason")
	void point2RefusedAtTheField() {
		TestUser provider = testData.provider();
		testData.login(provider);
		navigate(TestPlansView.class);
		test(find(Button.class).withText("Register a new test").single()).click();
		assertThat(getCurrentView()).isInstanceOf(TestPlanEditorView.class);
		assertThat(text()).contains("RWT-");
		@SuppressWarnings("unchecked")
		ComboBox<AnnexIIIPoint> point = find(ComboBox.class).withLabel("Annex III point").single();
		test(point).selectItem(point.getItemLabelGenerator().apply(AnnexIIIPoint.P2));
		test(find(Button.class).withText("Save draft").single()).click();
		assertThat(point.isInvalid()).isTrue();
		assertThat(point.getErrorMessage()).contains("registered at national level").contains("Art 49(5)");
	}

	@Test
	@DisplayName("Issue 13: a registered plan without changes offers no update, with the reason next to the button; "
			+ "a changed input offers it; leaving with it unsaved asks first")
	void registerOnlyWithAChange() {
		TestUser provider = testData.provider();
		TestPlan plan = registered(provider, "Unchanged test " + System.nanoTime(), false);
		testData.login(provider);
		UI.getCurrent().navigate(TestingRoutes.plan(plan.id()));
		Button update = find(Button.class).withText("Register the update").single();
		assertThat(update.isEnabled()).isFalse();
		assertThat(
				find(com.vaadin.flow.component.html.Paragraph.class).withClassName("publish-reason").single().getText())
			.isEqualTo("There are no changes to register: the registered version is already up to date.");

		@SuppressWarnings("unchecked")
		ComboBox<AnnexIIIPoint> point = find(ComboBox.class).withLabel("Annex III point").single();
		test(point).selectItem(point.getItemLabelGenerator().apply(AnnexIIIPoint.P4A));
		assertThat(update.isEnabled()).isTrue();

		// leaving with the change unsaved asks first
		UI.getCurrent().navigate(TestPlansView.class);
		test(leaveConfirmation()).cancel();
		assertThat(getCurrentView()).isInstanceOf(TestPlanEditorView.class);
		assertThat(point.getValue()).isEqualTo(AnnexIIIPoint.P4A);
		UI.getCurrent().navigate(TestPlansView.class);
		test(leaveConfirmation()).confirm();
		assertThat(getCurrentView()).isInstanceOf(TestPlansView.class);
	}

	@Test
	@DisplayName("Issue charter ('loses nothing'): a notification (withdrawing the consent) shows the plan again with "
			+ "what the author typed in the form and the change summary, still unsaved: leaving asks first")
	void notificationKeepsTheTyping() {
		TestUser provider = testData.provider();
		TestPlan plan = registered(provider, "Typing kept " + System.nanoTime(), true);
		testData.login(provider);
		UI.getCurrent().navigate(TestingRoutes.plan(plan.id()));
		test(find(TextArea.class).withLabelContaining("Intended purpose").single()).setValue("Typed, not saved");
		test(find(TextField.class).withLabelContaining("What changed in this version").single())
			.setValue("Purpose sharpened");

		test(find(Button.class).withText("Withdraw the consent to publication").single()).click();

		assertThat(testData.as(provider, () -> plans.open(plan.id()).plan().hold()))
			.isEqualTo(org.airegistry.publication.PublicHold.CONSENT_WITHDRAWN);
		assertThat(find(TextArea.class).withLabelContaining("Intended purpose").single().getValue())
			.isEqualTo("Typed, not saved");
		assertThat(find(TextField.class).withLabelContaining("What changed in this version").single().getValue())
			.isEqualTo("Purpose sharpened");
		assertThat(testData.as(provider, () -> plans.open(plan.id()).plan().draft().intendedPurpose()))
			.as("not saved behind the author's back")
			.isEqualTo("Purpose");
		assertThat(find(Button.class).withText("Register the update").single().isEnabled()).isTrue();
		UI.getCurrent().navigate(TestPlansView.class);
		test(leaveConfirmation()).cancel();
		assertThat(getCurrentView()).isInstanceOf(TestPlanEditorView.class);
	}

	@Test
	@DisplayName("Issue charter ('loses nothing'): uploading the plan document shows the plan again with the "
			+ "document and with what the author typed, still unsaved")
	void uploadKeepsTheTyping() {
		TestUser provider = testData.provider();
		TestPlan plan = registered(provider, "Upload kept " + System.nanoTime(), false);
		testData.login(provider);
		UI.getCurrent().navigate(TestingRoutes.plan(plan.id()));
		test(find(TextArea.class).withLabelContaining("Intended purpose").single()).setValue("Typed before upload");

		test(find(com.vaadin.flow.component.upload.Upload.class).single()).upload("plan.pdf", "application/pdf",
				org.airegistry.registry.TestPdfs.pdf("Testing plan"));
		roundTrip();

		assertThat(testData.as(provider, () -> plans.open(plan.id()).documents())).hasSize(1);
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("plan.pdf").exists()).isTrue();
		assertThat(find(TextArea.class).withLabelContaining("Intended purpose").single().getValue())
			.isEqualTo("Typed before upload");
		UI.getCurrent().navigate(TestPlansView.class);
		test(leaveConfirmation()).cancel();
	}

	@Test
	@DisplayName("Art 60(8): terminating the test while the plan holds unsaved typing asks first (the form closes "
			+ "when testing ends): keeping editing terminates nothing and keeps the typing; discarding terminates and "
			+ "leaves nothing unsaved behind")
	void endingAsksBeforeDiscardingTheTyping() {
		TestUser provider = testData.provider();
		TestPlan plan = approvedAndOpened(provider, "Ending asks");
		test(find(TextArea.class).withLabelContaining("Intended purpose").single()).setValue("Typed before the end");
		test(find(TextArea.class).withLabel("Reasons for the termination").single()).setValue("Recruitment stopped");

		test(find(Button.class).withText("Terminate testing").single()).click();
		com.vaadin.flow.component.confirmdialog.ConfirmDialog ask = confirmation("discard-confirmation");
		assertThat(ask.getElement().getProperty("header")).isEqualTo("Discard the unsaved changes?");
		assertThat(ask.getElement().getProperty("cancelText")).isEqualTo("Keep editing");
		assertThat(ask.getElement().getProperty("confirmText")).isEqualTo("Discard and continue");
		test(ask).cancel();
		assertThat(testData.as(provider, () -> plans.open(plan.id()).plan().state().name())).isEqualTo("APPROVED");
		testData.login(provider);
		assertThat(find(TextArea.class).withLabelContaining("Intended purpose").single().getValue())
			.isEqualTo("Typed before the end");
		assertThat(find(TextArea.class).withLabel("Reasons for the termination").single().getValue())
			.isEqualTo("Recruitment stopped");

		test(find(Button.class).withText("Terminate testing").single()).click();
		test(confirmation("discard-confirmation")).confirm();
		assertThat(testData.as(provider, () -> plans.open(plan.id()).plan().state().name())).isEqualTo("TERMINATED");
		assertThat(find(TextArea.class).withLabelContaining("Intended purpose").exists()).isFalse();
		// what was discarded does not ask again on leaving
		testData.login(provider);
		UI.getCurrent().navigate(TestPlansView.class);
		assertThat(getCurrentView()).isInstanceOf(TestPlansView.class);
	}

	@Test
	@DisplayName("Art 60(8): without unsaved typing, terminating the test asks nothing")
	void endingWithoutTypingAsksNothing() {
		TestUser provider = testData.provider();
		TestPlan plan = approvedAndOpened(provider, "Ending plain");
		test(find(TextArea.class).withLabel("Reasons for the termination").single()).setValue("Recruitment stopped");
		test(find(Button.class).withText("Terminate testing").single()).click();
		assertThat(testData.as(provider, () -> plans.open(plan.id()).plan().state().name())).isEqualTo("TERMINATED");
	}

	/**
	 * A registered plan approved by the authority of Malta, opened in the provider's
	 * editor.
	 */
	TestPlan approvedAndOpened(TestUser provider, String name) {
		// the authority uses the registry before the plan is registered (routed to it)
		TestUser malta = Authorities.of(organisations, MemberState.MT);
		TestPlan plan = registered(provider, name + " " + System.nanoTime(), false);
		testData.run(malta, () -> authority.approve(plan.id(), null));
		testData.login(provider);
		UI.getCurrent().navigate(TestingRoutes.plan(plan.id()));
		return plan;
	}

	com.vaadin.flow.component.confirmdialog.ConfirmDialog confirmation(String className) {
		return find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).all()
			.stream()
			.filter(dialog -> dialog.hasClassName(className) && dialog.isOpened())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no question (" + className + ")"));
	}

	com.vaadin.flow.component.confirmdialog.ConfirmDialog leaveConfirmation() {
		return confirmation("leave-confirmation");
	}

	@Test
	@DisplayName("Art 60(4)(c), Art 71(4): the public page exists only with consent and says when it was withdrawn")
	void publicPage() {
		TestUser provider = testData.provider();
		String name = "Public Page Triage " + UUID.randomUUID().toString().substring(0, 6);
		TestPlan consented = registered(provider, name, true);
		TestPlan withheld = registered(provider, "Withheld Triage", false);

		UI.getCurrent().navigate(TestingRoutes.permalink(consented.uid()));
		assertThat(getCurrentView()).isInstanceOf(PublicTestPlanView.class);
		assertThat(find(H1.class).single().getText()).contains(name);
		assertThat(text()).contains(consented.uid()).contains("Summary").doesNotContain("Forms kept by the clinic");

		UI.getCurrent().navigate(TestingRoutes.permalink(withheld.uid()));
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

		UI.getCurrent().navigate(TestingRoutes.PUBLIC, QueryParameters.of("q", name));
		assertThat(text()).contains(name).doesNotContain("Withheld Triage");

		testData.run(provider, () -> plans.withdrawConsent(consented.id()));
		UI.getCurrent().navigate(TestingRoutes.permalink(consented.uid()));
		assertThat(text()).contains("withdrew its consent").doesNotContain(name);
		UI.getCurrent().navigate(TestingRoutes.PUBLIC, QueryParameters.of("q", name));
		assertThat(text()).doesNotContain(name);
	}

	@Test
	@DisplayName("Art 60(4)(b): the authority of the Member State of testing approves; another authority gets 'not found'")
	void authorityApproves() {
		TestUser provider = testData.provider();
		// the authority uses the registry before the plan is registered, so the plan is
		// routed to it at once (not left waiting for an authority of Malta)
		TestUser malta = Authorities.of(organisations, MemberState.MT);
		TestPlan plan = registered(provider, "Approved Triage", false);
		testData.login(malta);
		UI.getCurrent().navigate(TestingRoutes.inboxPlan(plan.id()));
		assertThat(getCurrentView()).isInstanceOf(TestPlanReviewView.class);
		assertThat(text()).contains("Forms kept by the clinic");
		test(find(Button.class).withText("Approve").single()).click();
		assertThat(find(Button.class).withText("Approve").exists()).isFalse();
		assertThat(testData.as(provider, () -> plans.open(plan.id()).plan().state().name())).isEqualTo("APPROVED");

		testData.login(Authorities.of(organisations, MemberState.LU));
		UI.getCurrent().navigate(TestingRoutes.inboxPlan(plan.id()));
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
	}

}
