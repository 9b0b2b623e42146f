package org.airegistry.explanation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.NewExplanationRequest;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.EntryData;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The explanation forms without a browser: messages next to fields, eligibility, answer
 * warnings.
 */
@H2Test
class ExplanationViewsTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	ExplanationService explanations;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.airegistry.deployment.DeploymentService deployments;

	@Autowired
	org.airegistry.deployment.FriaService frias;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	TextArea area(String label) {
		return find(TextArea.class).withLabelContaining(label).single();
	}

	void openForm(String system) {
		com.vaadin.flow.component.UI.getCurrent()
			.navigate(ExplanationRoutes.NEW, com.vaadin.flow.router.QueryParameters.of("system", system));
		assertThat(getCurrentView()).isInstanceOf(FileRequestView.class);
	}

	void click(String caption) {
		test(find(Button.class).withText(caption).single()).click();
	}

	@Test
	@DisplayName("Issue 21, Art 86: the form offers the system's registered deployers first; another deployer is "
			+ "labelled as not registered; requests to it are counted apart from the system's statistics")
	void registeredDeployersFirst() {
		String system = testData.publish(testData.provider(), TestData.sample("Choice System " + unique()));
		TestData.TestUser registered = testData.user(org.airegistry.shared.Role.DEPLOYER,
				org.airegistry.organisation.OrganisationRole.DEPLOYER,
				org.airegistry.organisation.OrganisationStatus.ACTIVE);
		TestData.TestUser unregistered = testData.user(org.airegistry.shared.Role.DEPLOYER,
				org.airegistry.organisation.OrganisationRole.DEPLOYER,
				org.airegistry.organisation.OrganisationStatus.ACTIVE);
		org.airegistry.testsupport.ConsoleTestData data = new org.airegistry.testsupport.ConsoleTestData(testData,
				explanations, frias, jdbc);
		data.friaNotification(system, registered);
		testData.run(registered, () -> {
			var draft = deployments.start(system);
			var saved = deployments.save(draft.id(), draft.lockVersion(),
					new org.airegistry.deployment.DeploymentData("Rathausplatz 1, 10115 Berlin",
							"ai-registry@city.example", "Digital Services, ai-registry@city.example",
							"Risks assessed; oversight by two staff.", false, "",
							java.util.Set.of(org.airegistry.shared.MemberState.DE), java.time.LocalDate.of(2028, 1, 1),
							null, org.airegistry.deployment.RegistrationBasis.PUBLIC_AUTHORITY, ""));
			deployments.publish(saved.id(), saved.lockVersion(), "");
		});
		logout();

		List<org.airegistry.explanation.DeployerChoice> choices = explanations.deployerChoices(system);
		assertThat(choices.getFirst().organisation().id()).isEqualTo(registered.organisation());
		assertThat(choices.getFirst().registered()).isTrue();
		org.airegistry.explanation.DeployerChoice other = choices.stream()
			.filter(choice -> choice.organisation().id().equals(unregistered.organisation()))
			.findFirst()
			.orElseThrow();
		assertThat(other.registered()).isFalse();

		openForm(system);
		@SuppressWarnings("unchecked")
		com.vaadin.flow.component.combobox.ComboBox<org.airegistry.organisation.OrganisationSummary> deployer = find(
				com.vaadin.flow.component.combobox.ComboBox.class)
			.withLabelContaining("Organisation that took")
			.single();
		assertThat(deployer.getItemLabelGenerator().apply(choices.getFirst().organisation()))
			.isEqualTo(registered.organisationName());
		assertThat(deployer.getItemLabelGenerator().apply(other.organisation()))
			.isEqualTo(unregistered.organisationName() + " (has not registered its use of this system)");

		for (int i = 0; i < org.airegistry.explanation.ExplanationStatistics.MINIMUM_COUNT; i++) {
			data.verifiedRequest(system, unregistered);
		}
		assertThat(explanations.statisticsForSystem(system).received()).as("not in the system's figures").isZero();
		assertThat(explanations.unregisteredDeployerRequests(system))
			.isEqualTo(org.airegistry.explanation.ExplanationStatistics.MINIMUM_COUNT);
	}

	@Test
	@DisplayName("Art 86 filing: an empty request shows a message next to each required field and keeps what was typed")
	void emptyRequest() {
		String system = testData.publish(testData.provider(), testData.sampleEntry("Form Ranker " + unique()));
		openForm(system);
		area("What was decided").setValue("My application was rejected.");
		find(EmailField.class).withLabelContaining("Your email").single().setValue("not-an-address");
		click("Send request");
		assertThat(area("What was decided").isInvalid()).isFalse();
		assertThat(area("What was decided").getValue()).isEqualTo("My application was rejected.");
		assertThat(area("Why do you consider").getErrorMessage()).isEqualTo("Please fill this in.");
		assertThat(find(ComboBox.class).withLabelContaining("Organisation that took").single().getErrorMessage())
			.isEqualTo("Choose the organisation that took the decision.");
		assertThat(find(EmailField.class).withLabelContaining("Your email").single().getErrorMessage())
			.startsWith("Enter a valid email address");
	}

	@Test
	@DisplayName("Art 86(1): a system of Annex III point 2 (critical infrastructure) gets no request form, with the reason")
	void criticalInfrastructureNotEligible() {
		EntryData sample = TestData.sample("Grid Balancer " + unique());
		EntryData point2 = EntryData
			.sectionA(sample.language(), AnnexIIIPoint.P2, sample.lawEnforcementOrMigrationUse(),
					sample.submitterOnBehalf(), sample.authorisedRepresentative(), sample.tradeName(),
					sample.unambiguousReference(), sample.intendedPurpose(), sample.componentsAndFunctions(),
					sample.dataAndLogic(), sample.status(), sample.certificate(), sample.memberStates(),
					sample.declarationOfConformity(), sample.instructionsForUse(), sample.moreInformationUrl())
			// Art 49(5): only a Section B registration of point 2 is held at EU level
			.asSectionB(new org.airegistry.registry.SectionB(
					java.util.Set.of(org.airegistry.registry.Art63Condition.D_PREPARATORY_TASK), false, ""))
			.minimisedForSection(true);
		String system = testData.publish(testData.provider(), point2);
		openForm(system);
		assertThat(find(Paragraph.class).withTextContaining("point 2 (critical infrastructure)").exists()).isTrue();
		assertThat(find(Button.class).withText("Send request").exists()).isFalse();
	}

	@Test
	@DisplayName("Art 86(1), Art 6(3): a Section B system gets no request form but the Art 85 complaint route")
	void sectionBPointsToComplaint() {
		EntryData sectionB = TestData.sample("Section B Sorter " + unique())
			.asSectionB(new org.airegistry.registry.SectionB(
					java.util.Set.of(org.airegistry.registry.Art63Condition.A_NARROW_PROCEDURAL_TASK), false, ""))
			.minimisedForSection(true);
		String system = testData.publish(testData.provider(), sectionB);
		openForm(system);
		assertThat(find(Paragraph.class).withTextContaining("not high-risk under Art 6(3)").exists()).isTrue();
		assertThat(find(Button.class).withText("Send request").exists()).isFalse();
		assertThat(find(com.vaadin.flow.component.html.Anchor.class)
			.withText("Complain to the market surveillance authority (Art 85)")
			.single()
			.getHref()).isEqualTo("complaints/new?system=" + system);
	}

	@Test
	@DisplayName("Art 86, Art 49(4): without a public entry the form asks for the deployer and the system as the person knows it, revealing nothing")
	void unlistedSystemForm() {
		com.vaadin.flow.component.UI.getCurrent().navigate(ExplanationRoutes.NEW);
		assertThat(find(Paragraph.class).withClassName("unlisted-system").single().getText())
			.contains("does not say whether, or where, any system is registered");
		assertThat(area("The AI system, as far as you know it")).isNotNull();
		assertThat(find(Button.class).withText("Send request").exists()).isTrue();
		// a restricted entry's number is shown exactly like an unknown one
		String restricted = testData.publish(testData.provider(),
				TestData.sample("Hidden Tool " + unique())
					.withAnnexIIIPoint(AnnexIIIPoint.P7B, false)
					.minimisedForRestrictedSection());
		openForm(restricted);
		String page = getCurrentView().getElement().getTextRecursively();
		assertThat(page).doesNotContain("Hidden Tool").doesNotContain(restricted);
		assertThat(find(Paragraph.class).withClassName("unlisted-system").exists()).isTrue();
	}

	@Test
	@DisplayName("Art 85: the complaint form reports each missing item next to its field")
	void complaintForm() {
		com.vaadin.flow.component.UI.getCurrent().navigate(ExplanationRoutes.NEW_COMPLAINT);
		assertThat(getCurrentView()).isInstanceOf(FileComplaintView.class);
		click("Send complaint");
		assertThat(find(ComboBox.class).withLabelContaining("Member State of the authority").single().getErrorMessage())
			.startsWith("Choose the Member State");
		assertThat(area("What infringement").getErrorMessage()).isEqualTo("Please fill this in.");
	}

	@Test
	@DisplayName("Art 86(1) answer: both parts required; a trivially short part is warned about before sending")
	void answerWarnings() {
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		String reference = openVerifiedRequest(deployer);

		click("Send explanation");
		assertThat(area("Role of the AI system").getErrorMessage()).isEqualTo("Please fill this in.");
		assertThat(area("Main elements").getErrorMessage()).isEqualTo("Please fill this in.");

		area("Role of the AI system").setValue("It ranked.");
		area("Main elements").setValue("Your score was low because your certificates were missing, which weighed 40 % "
				+ "of the overall ranking score.");
		click("Send explanation");
		assertThat(find(Paragraph.class).withTextContaining("One part is very short").exists()).isTrue();
		click("Send anyway");
		assertThat(find(Button.class).withText("Send explanation").exists()).isFalse();
		assertThat(testData.as(deployer, () -> explanations.forDeployer(reference)).state().name())
			.isEqualTo("ANSWERED");
	}

	@Test
	@DisplayName("Issue 21, Art 86: confirming receipt and answering each say what happened and the request's new "
			+ "state instead of \"Done.\"; the second notice replaces the first, at the bottom start")
	void saysWhatHappenedOneNoticeAtATime() {
		openVerifiedRequest(testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE));

		click("Confirm receipt");
		assertThat(openNotices())
			.containsExactly("Receipt confirmed to the requester; the request is now Received by the deployer.");

		area("Role of the AI system").setValue("It ranked every application by the published criteria; a member "
				+ "of staff reviewed the ranking before the decision.");
		area("Main elements").setValue("Your score was low because your certificates were missing, which weighed 40 % "
				+ "of the overall ranking score.");
		click("Send explanation");
		assertThat(openNotices()).as("one notification at a time")
			.containsExactly("Explanation sent to the requester; the request is now Answered.");
		assertThat(find(com.vaadin.flow.component.notification.Notification.class).single().getPosition())
			.isEqualTo(com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
	}

	/**
	 * A verified request to a new system, open in the deployer's inbox, signed in as the
	 * deployer; its reference.
	 */
	String openVerifiedRequest(TestUser deployer) {
		String system = testData.publish(testData.provider(), testData.sampleEntry("Answer Ranker " + unique()));
		String email = "views-" + unique() + "@private.example";
		String reference = explanations.file(
				new NewExplanationRequest(system, deployer.organisation(), "Rejected.", null, "", "Unfair.", email,
						"en"),
				// a network of its own, so that the per-client filing limit never counts
				// another test's request
				"10.4." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255) + ".4");
		explanations.verify(TestMailServer.awaitMail(email, 1).token(ExplanationRoutes.VERIFY)).orElseThrow();
		UserDetails details = users.loadUserByUsername(deployer.email());
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		navigate(ExplanationRoutes.INBOX + "/" + reference, DeployerRequestView.class);
		return reference;
	}

	List<String> openNotices() {
		return find(com.vaadin.flow.component.notification.Notification.class).all()
			.stream()
			.filter(com.vaadin.flow.component.notification.Notification::isOpened)
			.map(notification -> test(notification).getText())
			.toList();
	}

}
