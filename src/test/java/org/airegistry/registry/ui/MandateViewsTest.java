package org.airegistry.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.airegistry.moderation.ui.ModerationView;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
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

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

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
		// never published: the page names no system (the draft is the provider's own,
		// DD075)
		assertThat(find(Paragraph.class)
			.withText(provider.organisationName() + " names " + representative.organisationName()
					+ " as its authorised representative (Art 22) for an AI system it has not published yet. Its "
					+ "registration number and its published name are shown here once it is published.")
			.exists()).isTrue();
		assertThat(find(Paragraph.class).withTextContaining("Answered System").exists()).isFalse();
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

	@Test
	@DisplayName("Art 22(3): the attention list flags a published entry whose named representative has not "
			+ "confirmed, or declined; a confirmed mandate leaves the list")
	void attentionListFlagsUnconfirmedMandates() {
		TestUser provider = testData.providerOutsideEu();
		TestUser representative = testData.user(Role.PROVIDER, OrganisationRole.AUTHORISED_REPRESENTATIVE,
				OrganisationStatus.ACTIVE);
		TestUser regulator = testData.regulator(MemberState.DE);
		String waiting = publishedWithMandate(provider, "Waiting Mandate System", representative, 1);
		String declined = publishedWithMandate(provider, "Declined Mandate System", representative, 2);
		String declinedToken = TestMailServer.awaitMail(representative.email(), 2)
			.token(RepresentativeMandates.ANSWER_ROUTE);
		testData.run(representative, () -> mandates.decline(declinedToken));

		// the service gives every flagged entry; the list shows the first ones, longest
		// waiting first (other tests of this context may have flagged entries too)
		var flagged = testData.as(regulator, () -> mandates.unconfirmed());
		assertThat(flagged).filteredOn(entry -> entry.registrationNumber().equals(waiting))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.state()).isEqualTo(org.airegistry.registry.MandateState.INVITED);
				assertThat(entry.invitedOrganisation()).isEqualTo(representative.organisationName());
				assertThat(entry.tradeName()).isEqualTo("Waiting Mandate System");
			});
		assertThat(flagged).filteredOn(entry -> entry.registrationNumber().equals(declined))
			.singleElement()
			.extracting(org.airegistry.registry.UnconfirmedMandate::state)
			.isEqualTo(org.airegistry.registry.MandateState.DECLINED);

		testData.login(regulator);
		navigate(org.airegistry.oversight.ui.DashboardView.class);
		var first = flagged.getFirst();
		assertThat(attentionItem()).startsWith(flagged.size() + " published ")
			.contains("has not confirmed its mandate (Art 22(3))")
			.contains(first.registrationNumber() + " " + first.tradeName() + ": " + first.invitedOrganisation() + ", "
					+ (first.state() == org.airegistry.registry.MandateState.DECLINED ? "mandate declined"
							: "invited, not yet confirmed"));

		String waitingToken = TestMailServer.awaitMail(representative.email(), 1)
			.token(RepresentativeMandates.ANSWER_ROUTE);
		testData.run(representative, () -> mandates.confirm(waitingToken));
		assertThat(testData.as(regulator, () -> mandates.unconfirmed()))
			.extracting(org.airegistry.registry.UnconfirmedMandate::registrationNumber)
			.as("confirmed: no longer flagged")
			.doesNotContain(waiting)
			.contains(declined);
	}

	@Test
	@DisplayName("Art 49(4), Art 22(3): an unconfirmed mandate of a non-public entry is flagged only to an authority "
			+ "user competent for the non-public section; others do not learn its number or trade name")
	void attentionListKeepsNonPublicEntriesToTheCompetent() {
		TestUser provider = testData.providerOutsideEu();
		TestUser representative = testData.user(Role.PROVIDER, OrganisationRole.AUTHORISED_REPRESENTATIVE,
				OrganisationStatus.ACTIVE);
		String hidden = publishedWithMandate(provider,
				TestData.sample("Hidden Mandate System")
					.withAnnexIIIPoint(org.airegistry.shared.AnnexIIIPoint.P6D, false)
					.minimisedForRestrictedSection(),
				representative, 1);

		assertThat(testData.as(testData.regulator(MemberState.DE), () -> mandates.unconfirmed()))
			.extracting(org.airegistry.registry.UnconfirmedMandate::registrationNumber)
			.doesNotContain(hidden);
		assertThat(testData.as(testData.regulator(MemberState.DE, org.airegistry.shared.Competence.RESTRICTED_SECTION),
				() -> mandates.unconfirmed()))
			.extracting(org.airegistry.registry.UnconfirmedMandate::registrationNumber)
			.contains(hidden);
	}

	@Test
	@DisplayName("Art 22(3), Art 49(4): the attention list names an entry as its published version does, never by the "
			+ "provider's draft; an entry of the non-public section only for those who may read that section")
	void attentionListShowsThePublishedNameNotTheDraft() {
		OpenAndHidden entries = openAndHidden("Published Mandate Name", "Published Hidden Mandate Name");
		String open = entries.open();
		String hidden = entries.hidden();
		// the provider renames both drafts without publishing: the drafts are its own
		renameDraft(entries.provider(), open, "Draft Only Rename");
		renameDraft(entries.provider(), hidden, "Draft Only Hidden Rename");

		TestUser regulator = testData.regulator(MemberState.DE);
		TestUser competent = testData.regulator(MemberState.DE, org.airegistry.shared.Competence.RESTRICTED_SECTION);
		assertThat(testData.as(regulator, () -> mandates.unconfirmed()))
			.filteredOn(entry -> entry.registrationNumber().equals(open))
			.singleElement()
			.extracting(org.airegistry.registry.UnconfirmedMandate::tradeName)
			.isEqualTo("Published Mandate Name");
		assertThat(testData.as(regulator, () -> mandates.unconfirmed()))
			.extracting(org.airegistry.registry.UnconfirmedMandate::registrationNumber)
			.doesNotContain(hidden);
		assertThat(testData.as(competent, () -> mandates.unconfirmed()))
			.filteredOn(entry -> entry.registrationNumber().equals(hidden))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.tradeName()).isEqualTo("Published Hidden Mandate Name");
				assertThat(entry.page()).as("no public page: the competent authorities' page")
					.isEqualTo("oversight/restricted/" + hidden);
			});
		assertThat(testData.as(competent, () -> mandates.unconfirmed()))
			.filteredOn(entry -> entry.registrationNumber().equals(open))
			.singleElement()
			.extracting(org.airegistry.registry.UnconfirmedMandate::page)
			.isEqualTo("systems/" + open);
	}

	@Test
	@DisplayName("Art 49(4), Art 22(3): the mandate of an entry of the non-public section (and A.3 typed before "
			+ "mandates) is shown only to those who may read that section, also to a user holding only that "
			+ "competence; other regulators are not told it exists")
	void mandateOfANonPublicEntryOnlyForThoseWhoMayReadIt() {
		OpenAndHidden entries = openAndHidden("Open Mandate View System", "Hidden Mandate View System");
		TestUser representative = entries.representative();
		org.airegistry.registry.AiSystemId openId = testData.entryId(entries.provider(), entries.open());
		org.airegistry.registry.AiSystemId hiddenId = testData.entryId(entries.provider(), entries.hidden());

		TestUser regulator = testData.regulator(MemberState.DE);
		assertThat(testData.as(regulator, () -> mandates.forRegulator(openId))).isPresent();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> testData.as(regulator, () -> mandates.forRegulator(hiddenId)))
			.isInstanceOf(org.airegistry.shared.NotFoundException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> testData.as(regulator, () -> mandates.typedBeforeMandatesForRegulator(hiddenId)))
			.isInstanceOf(org.airegistry.shared.NotFoundException.class);

		TestUser competent = testData.regulator(MemberState.DE, org.airegistry.shared.Competence.RESTRICTED_SECTION);
		assertThat(testData.as(competent, () -> mandates.forRegulator(hiddenId))).get()
			.extracting(org.airegistry.registry.RepresentativeMandate::invitedOrganisation)
			.isEqualTo(representative.organisationName());
		assertThat(testData.as(competent, () -> mandates.typedBeforeMandatesForRegulator(hiddenId))).isEmpty();

		// the guard names the competence as Spring Security grants it
		// (ROLE_COMPETENCE_…):
		// a user holding only the competence gets in
		org.airegistry.security.RegistryUserDetails onlyTheCompetence = new org.airegistry.security.RegistryUserDetails(
				new org.airegistry.security.Actor(org.airegistry.shared.UserId.random(),
						org.airegistry.shared.OrganisationId.random(), "only-competence@example.org", "Only competence",
						java.util.Set.of(), java.util.Set.of(org.airegistry.shared.Competence.RESTRICTED_SECTION),
						org.airegistry.shared.Jurisdiction.union()),
				"", true);
		SecurityContextHolder.getContext()
			.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
				.authenticated(onlyTheCompetence, null, onlyTheCompetence.getAuthorities()));
		assertThat(mandates.forRegulator(hiddenId)).isPresent();
		assertThat(mandates.forRegulator(openId)).isPresent();
		SecurityContextHolder.clearContext();
	}

	/**
	 * A provider outside the Union with two published entries whose named representative
	 * has not answered: one public, one in the non-public section (Art 49(4)).
	 */
	record OpenAndHidden(TestUser provider, TestUser representative, String open, String hidden) {
	}

	private OpenAndHidden openAndHidden(String openName, String hiddenName) {
		TestUser provider = testData.providerOutsideEu();
		TestUser representative = testData.user(Role.PROVIDER, OrganisationRole.AUTHORISED_REPRESENTATIVE,
				OrganisationStatus.ACTIVE);
		String open = publishedWithMandate(provider, openName, representative, 1);
		String hidden = publishedWithMandate(provider,
				TestData.sample(hiddenName)
					.withAnnexIIIPoint(org.airegistry.shared.AnnexIIIPoint.P6D, false)
					.minimisedForRestrictedSection(),
				representative, 2);
		return new OpenAndHidden(provider, representative, open, hidden);
	}

	private void renameDraft(TestUser provider, String number, String tradeName) {
		org.airegistry.registry.AiSystemId id = testData.entryId(provider, number);
		testData.run(provider, () -> {
			DraftEntry draft = registry.open(id);
			registry.saveDraft(id, draft.lockVersion(), draft.data().withTradeName(tradeName));
		});
	}

	private String attentionItem() {
		return find(com.vaadin.flow.component.html.ListItem.class).withId("attention-unconfirmed-mandates")
			.single()
			.getElement()
			.getTextRecursively();
	}

	/**
	 * Publishes an entry of the provider after naming the representative (mail number n).
	 */
	private String publishedWithMandate(TestUser provider, String name, TestUser representative, int mail) {
		return publishedWithMandate(provider, TestData.sample(name), representative, mail);
	}

	private String publishedWithMandate(TestUser provider, EntryData data, TestUser representative, int mail) {
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(data));
		testData.run(provider, () -> mandates.invite(draft.id(),
				new MandateRequest(representative.email(), representative.organisationName())));
		TestMailServer.awaitMail(representative.email(), mail);
		return testData.as(provider, () -> {
			registry.publish(draft.id(), registry.open(draft.id()).lockVersion(), "");
			return registry.open(draft.id()).registrationNumber();
		});
	}

	@Test
	@DisplayName("Art 22(3), Annex VIII A.3: A.3 text typed before mandates is kept (V166): the provider sees it and "
			+ "is offered it as the organisation to invite, also after saving; regulators see it; it is never "
			+ "published")
	void typedTextBeforeMandatesIsNotLost() {
		TestUser provider = testData.providerOutsideEu();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(TestData.sample("Typed Before System")));
		String expected = "Old Rep GmbH\nHauptstraße 1, 10115 Berlin";
		// the draft as V166 kept it from before mandates
		jdbc.update(
				"INSERT INTO typed_authorised_representative (ai_system_id, draft_data, kept_at) "
						+ "VALUES (?, ?, CURRENT_TIMESTAMP)",
				draft.id().value(),
				org.airegistry.publication.CanonicalJson.write(draft.data().withAuthorisedRepresentative(expected)));

		testData.login(provider);
		openEditor(draft);
		assertThat(find(Paragraph.class).withClassName("mandate-typed").single().getText())
			.contains("you had typed A.3 as: “" + expected + "”");
		assertThat(organisation().getValue()).as("the first line is offered").isEqualTo("Old Rep GmbH");

		// saving the draft sets A.3 from the mandate (none): the typed text stays
		// available
		testData.run(provider, () -> registry.saveDraft(draft.id(), registry.open(draft.id()).lockVersion(),
				registry.open(draft.id()).data()));
		assertThat(testData.as(provider, () -> registry.open(draft.id()).data().authorisedRepresentative())).isEmpty();
		assertThat(testData.as(provider, () -> mandates.typedBeforeMandates(draft.id()))).contains(expected);

		testData.run(provider,
				() -> mandates.invite(draft.id(), new MandateRequest("rep-typed@eurep.example", "Old Rep GmbH")));
		String number = testData.as(provider, () -> {
			registry.publish(draft.id(), registry.open(draft.id()).lockVersion(), "");
			return registry.open(draft.id()).registrationNumber();
		});
		testData.login(provider);
		openEditor(draft);
		assertThat(find(Paragraph.class).withClassName("mandate-typed").all()).as("a representative is named now")
			.allSatisfy(typedText -> assertThat(typedText.isVisible()).isFalse());

		testData.login(testData.regulator(MemberState.DE));
		navigate(ModerationView.class, Map.of("registrationNumber", number));
		assertThat(find(Paragraph.class).withClassName("mandate-typed").single().getText())
			.isEqualTo("A.3 as the provider typed it before mandates were confirmed in the portal "
					+ "(no longer published): “" + expected + "”");
	}

}
