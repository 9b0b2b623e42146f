package org.airegistry.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.airegistry.moderation.ui.ModerationView;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.MandateRequest;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.RepresentativeMandates;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
 * The authorised representative's mandate in the portal without a browser (Art 22(3),
 * DD067): the provider's part of A.3 in the entry editor, the representative's answer
 * page, and what regulators see.
 */
@H2Test
class MandateViewsTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registry;

	@Autowired
	RepresentativeMandates mandates;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	private EmailField email() {
		return find(EmailField.class).withLabelContaining("E-mail address of the authorised representative").single();
	}

	private TextField organisation() {
		return find(TextField.class).withLabelContaining("Organisation of the authorised representative").single();
	}

	private String state() {
		return find(Paragraph.class).withClassName("mandate-state").single().getText();
	}

	private void open(String route, String token) {
		UI.getCurrent().navigate(route, QueryParameters.of("token", token));
	}

	private void openEditor(DraftEntry draft) {
		navigate(EntryEditorView.class, Map.of("id", draft.id().value().toString()));
	}

	@Test
	@DisplayName("Art 22(3): the provider names its representative in A.3’s part; bad input is marked on its field, "
			+ "the state is shown and the invitation can be withdrawn")
	void providerNamesItsRepresentative() {
		TestUser provider = testData.providerOutsideEu();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(TestData.sample("Panel System")));
		testData.login(provider);
		openEditor(draft);
		assertThat(state()).isEqualTo("No authorised representative is named yet.");

		test(email()).setValue("not an address");
		test(organisation()).setValue("");
		test(find(Button.class).withText("Send invitation").single()).click();
		assertThat(email().isInvalid()).isTrue();
		assertThat(email().getErrorMessage()).isEqualTo("Enter a valid email address, such as name@example.com.");
		assertThat(organisation().isInvalid()).isTrue();

		test(email()).setValue("rep-panel@eurep.example");
		test(organisation()).setValue("EU Rep Panel GmbH");
		test(find(Button.class).withText("Send invitation").single()).click();
		assertThat(email().isInvalid()).isFalse();
		assertThat(state()).startsWith("EU Rep Panel GmbH (rep-panel@eurep.example): invited, not yet confirmed.")
			.contains("The invitation can be answered until");
		assertThat(TestMailServer.awaitMail("rep-panel@eurep.example", 1).body()).contains("EU Rep Panel GmbH")
			.contains("Panel System");

		test(find(Button.class).withText("Withdraw").single()).click();
		assertThat(state()).isEqualTo("No authorised representative is named yet.");
	}

	@Test
	@DisplayName("Art 22(3): a new entry is saved before its representative is named")
	void newEntrySavesFirst() {
		testData.login(testData.providerOutsideEu());
		navigate(EntryEditorView.class);
		assertThat(state()).isEqualTo("Save the draft first; then you can name your authorised representative.");
		assertThat(email().isEnabled()).isFalse();
	}

	@Test
	@DisplayName("Art 22(3), Art 22(1): the representative confirms on the portal page; an organisation that is not "
			+ "an authorised representative is told why it cannot answer; a wrong link says so")
	void representativeAnswers() {
		TestUser provider = testData.providerOutsideEu();
		TestUser representative = testData.user(Role.PROVIDER, OrganisationRole.AUTHORISED_REPRESENTATIVE,
				OrganisationStatus.ACTIVE);
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(TestData.sample("Answered System")));
		testData.run(provider, () -> mandates.invite(draft.id(),
				new MandateRequest(representative.email(), representative.organisationName())));
		String token = TestMailServer.awaitMail(representative.email(), 1).token(RepresentativeMandates.ANSWER_ROUTE);

		testData.login(testData.provider());
		open("mandate", token);
		assertThat(find(Paragraph.class).withText(
				"Only a member of an approved authorised-representative organisation established in the EU can answer "
						+ "this invitation (Art 22(1)).")
			.exists()).isTrue();
		assertThat(find(Button.class).withText("Confirm the mandate").exists()).isFalse();

		testData.login(representative);
		open("mandate", token);
		assertThat(find(Paragraph.class)
			.withText(provider.organisationName() + " names " + representative.organisationName()
					+ " as its authorised representative (Art 22) for the AI system " + "“Answered System”.")
			.exists()).isTrue();
		test(find(Button.class).withText("Confirm the mandate").single()).click();
		assertThat(find(Paragraph.class).withText("State of this invitation: mandate confirmed.").exists()).isTrue();

		open("mandate", "wrong");
		assertThat(find(Paragraph.class).withText("This link is not valid. Ask the provider to send a new invitation.")
			.exists()).isTrue();
	}

	@Test
	@DisplayName("Art 22(3): regulators see the named representative and the state of its mandate")
	void regulatorSeesTheMandate() {
		TestUser provider = testData.providerOutsideEu();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(TestData.sample("Overseen System")));
		testData.run(provider,
				() -> mandates.invite(draft.id(), new MandateRequest("rep-seen@eurep.example", "Seen Rep SA")));
		String number = testData.as(provider, () -> {
			registry.publish(draft.id(), registry.open(draft.id()).lockVersion(), "");
			return registry.open(draft.id()).registrationNumber();
		});
		testData.login(testData.regulator(MemberState.DE));
		navigate(ModerationView.class, Map.of("registrationNumber", number));
		assertThat(find(Paragraph.class).withText(
				"Authorised representative (Art 22(3)): Seen Rep SA (rep-seen@eurep.example): invited, not yet confirmed.")
			.exists()).isTrue();
	}

}
