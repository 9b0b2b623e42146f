package org.airegistry.moderation.ui;

import static org.airegistry.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.airegistry.moderation.Moderation;
import org.airegistry.moderation.ModerationAction;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.portal.PublicEntryView;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The regulator's moderation of a public entry and what the public and the provider see,
 * without a browser.
 */
@H2Test
class ModerationViewTest extends SpringBrowserlessTest {

	static final String NOTICE = "The stated Member States are under review by the authority.";

	@Autowired
	TestData testData;

	@Autowired
	Moderation moderation;

	@Autowired
	DSLContext dsl;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	TestUser regulator() {
		return testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
	}

	TextArea area(String label) {
		return find(TextArea.class).withLabelContaining(label).single();
	}

	void click(String text) {
		test(find(Button.class).withText(text).single()).click();
	}

	int audited(String action, String number) {
		return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.SUBJECT_ID.eq(number)));
	}

	boolean publicNoticeContains(String text) {
		return find(Paragraph.class).all().stream().anyMatch(p -> p.getText().contains(text));
	}

	@Test
	@DisplayName("Art 74 market surveillance: the regulator flags an entry with a public notice (audited); bad "
			+ "input is marked next to the field; lifting the flag removes the notice")
	void flagAndLift() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Flagged System"));
		testData.login(regulator());
		navigate(ModerationView.route(number), ModerationView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Moderate entry Flagged System");

		test(area("Public notice")).setValue("short");
		click("Flag entry");
		assertThat(area("Public notice").isInvalid()).isTrue();
		assertThat(area("Public notice").getErrorMessage()).isEqualTo("Write between 10 and 4,000 characters.");
		assertThat(moderation.publicNotices(number)).isEmpty();

		test(area("Public notice")).setValue(NOTICE);
		click("Flag entry");
		assertThat(moderation.publicNotices(number)).extracting(ModerationAction::notice).containsExactly(NOTICE);
		assertThat(audited("moderation.flagged", number)).isEqualTo(1);

		SecurityContextHolder.clearContext();
		navigate("systems/" + number, PublicEntryView.class);
		assertThat(publicNoticeContains("Notice of the market surveillance authority of")).isTrue();
		assertThat(publicNoticeContains(NOTICE)).isTrue();

		testData.login(regulator());
		navigate(ModerationView.route(number), ModerationView.class);
		click("Lift flag");
		assertThat(moderation.publicNotices(number)).isEmpty();
		assertThat(audited("moderation.flag-lifted", number)).isEqualTo(1);
		SecurityContextHolder.clearContext();
		navigate("systems/" + number, PublicEntryView.class);
		assertThat(publicNoticeContains(NOTICE)).isFalse();
	}

	@Test
	@DisplayName("Issue 21: a flag and a correction request reach the provider: workspace banner with the due date, "
			+ "badges in the entry list, the reports page and a mail to its mailbox in its language; the lifted "
			+ "flag is mailed too")
	void moderationReachesTheProvider() {
		TestUser provider = testData.provider();
		// mails to the mailbox follow the language of its account, the provider's UI
		// stays English
		testData.mailboxAccount(provider, Role.PROVIDER, "de");
		String number = testData.publish(provider, TestData.sample("Told System"));
		String mailbox = "contact-" + provider.organisationName().substring("Test Organisation ".length())
				+ "@example.org";
		LocalDate dueDate = moderation.today().plusDays(21);
		testData.login(regulator());
		moderation.flag(number, NOTICE);
		moderation.requestCorrection(number, "Please state the current release in the intended purpose.", dueDate);

		org.airegistry.testsupport.TestMailServer.Mail flagged = org.airegistry.testsupport.TestMailServer
			.awaitMail(mailbox, 1);
		assertThat(flagged.subject())
			.isEqualTo("Eintrag " + number + ": Die Marktüberwachungsbehörde hat einen Hinweis veröffentlicht");
		assertThat(flagged.body()).contains(NOTICE).contains("/workspace/reports");
		org.airegistry.testsupport.TestMailServer.Mail correction = org.airegistry.testsupport.TestMailServer
			.awaitMail(mailbox, 2);
		assertThat(correction.subject()).startsWith("Eintrag " + number + ": Berichtigung bis ");
		assertThat(correction.body()).contains("Please state the current release in the intended purpose.");

		testData.login(provider);
		navigate(org.airegistry.registry.ui.WorkspaceView.class);
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.contains("The market surveillance authority has acted on 1 of your entries.")
			.anySatisfy(text -> assertThat(text).startsWith("A correction is due by "));
		assertThat(testData.as(provider, () -> moderation.openOn(provider.organisation())))
			.as("what the entry list marks next to the entry")
			.extracting(org.airegistry.registry.AuthorityNotice::registrationNumber,
					org.airegistry.registry.AuthorityNotice::kind)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(number, "FLAG"),
					org.assertj.core.groups.Tuple.tuple(number, "CORRECTION_REQUEST"));
		assertThat(testData.as(provider, () -> moderation.openOn(testData.provider().organisation())))
			.as("never another provider's")
			.isEmpty();

		testData.login(provider);
		navigate(ProviderReportsView.class);
		assertThat(find(Span.class).withText(NOTICE).exists()).as("the flag's notice").isTrue();
		assertThat(find(Span.class).withText("Please state the current release in the intended purpose.").exists())
			.isTrue();
		assertThat(testData.as(provider, moderation::actionsOnMyEntries)).hasSize(2);
		assertThat(testData.as(testData.provider(), moderation::actionsOnMyEntries)).as("other providers").isEmpty();

		testData.login(regulator());
		ModerationAction flag = moderation.publicNotices(number).getFirst();
		moderation.close(flag.id());
		assertThat(org.airegistry.testsupport.TestMailServer.awaitMail(mailbox, 3).subject())
			.isEqualTo("Eintrag " + number + ": Der Hinweis der Behörde wurde aufgehoben");
	}

	@Test
	@DisplayName("Issue 19: the moderation mail is in the provider's people's language (Polish in a German "
			+ "organisation), not its Member State's")
	void moderationMailInTheRecipientsLanguage() {
		TestUser provider = testData.provider();
		testData.speaks(provider, "pl");
		String number = testData.publish(provider, TestData.sample("Polish System"));
		testData.run(regulator(), () -> moderation.flag(number, NOTICE));
		assertThat(org.airegistry.testsupport.TestMailServer.awaitMail(TestData.mailbox(provider), 1).subject())
			.isEqualTo("Wpis " + number + ": organ nadzoru rynku opublikował komunikat");
	}

	@Test
	@DisplayName("Issue 21: regulators find the moderation page: 'Moderate' on the public entry page and in the "
			+ "attention list; the public and providers see no such link")
	void moderateLinks() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Linked System"));
		navigate("systems/" + number, PublicEntryView.class);
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("Moderate entry " + number).exists())
			.as("anonymous")
			.isFalse();
		testData.login(provider);
		navigate("systems/" + number, PublicEntryView.class);
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("Moderate entry " + number).exists())
			.as("provider")
			.isFalse();

		testData.login(regulator());
		navigate("systems/" + number, PublicEntryView.class);
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("Moderate entry " + number)
			.single()
			.getHref()).isEqualTo("oversight/moderation/" + number);
		moderation.flag(number, NOTICE);
		navigate(org.airegistry.oversight.ui.DashboardView.class);
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("Moderate entry " + number).exists())
			.as("attention list: flagged entries")
			.isTrue();
	}

	@Test
	@DisplayName("Art 74 market surveillance: a correction request needs a due date; the provider sees it with the "
			+ "due date in its workspace, overdue once the date has passed")
	void correctionRequest() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Correction System"));
		testData.login(regulator());
		navigate(ModerationView.route(number), ModerationView.class);
		test(area("What must be corrected")).setValue("Please update the intended purpose to the current release.");
		click("Request correction");
		DatePicker due = find(DatePicker.class).withLabel("Due date").single();
		assertThat(due.isInvalid()).isTrue();
		assertThat(due.getErrorMessage()).isEqualTo("Choose a due date from today on.");

		LocalDate dueDate = moderation.today().plusDays(14);
		test(due).setValue(dueDate);
		click("Request correction");
		assertThat(audited("moderation.correction-requested", number)).isEqualTo(1);

		testData.login(provider);
		navigate(ProviderReportsView.class);
		assertThat(find(Span.class).withText("Please update the intended purpose to the current release.").exists())
			.isTrue();
		assertThat(find(Span.class).withText("Overdue").exists()).isFalse();
		ModerationAction request = moderation.correctionsForMyEntries().getFirst();
		assertThat(request.dueDate()).isEqualTo(dueDate);
		assertThat(request.isOverdue(dueDate)).isFalse();
		assertThat(request.isOverdue(dueDate.plusDays(1))).isTrue();
		assertThat(testData.as(testData.provider(), moderation::correctionsForMyEntries)).isEmpty();
	}

	@Test
	@DisplayName("Art 74 market surveillance: a suspended entry shows only the authority's notice with date and "
			+ "reason; lifting the suspension brings the content back; both audited")
	void suspendAndLift() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Suspended System"));
		testData.login(regulator());
		navigate(ModerationView.route(number), ModerationView.class);
		test(area("Reason")).setValue("Under investigation for false statements on conformity.");
		click("Suspend entry");
		assertThat(moderation.isSuspended(number)).isTrue();
		assertThat(audited("moderation.suspended", number)).isEqualTo(1);

		SecurityContextHolder.clearContext();
		navigate("systems/" + number, PublicEntryView.class);
		assertThat(publicNoticeContains("suspended from public view by the market surveillance authority on")).isTrue();
		assertThat(publicNoticeContains("Under investigation for false statements on conformity.")).isTrue();
		assertThat(find(H1.class).single().getText()).isEqualTo(number);

		testData.login(regulator());
		navigate(ModerationView.route(number), ModerationView.class);
		test(area("Reason")).setValue("A second suspension is refused while one is open.");
		click("Suspend entry");
		click("Lift suspension");
		assertThat(moderation.isSuspended(number)).isFalse();
		assertThat(audited("moderation.suspension-lifted", number)).isEqualTo(1);
		SecurityContextHolder.clearContext();
		navigate("systems/" + number, PublicEntryView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Suspended System");
	}

	@Test
	@DisplayName("Only the regulator moderates: a provider can neither flag, request corrections, suspend nor close")
	void providerCannotModerate() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Self Moderated System"));
		testData.run(regulator(), () -> moderation.flag(number, NOTICE));
		var flag = moderation.publicNotices(number).getFirst();
		testData.login(provider);
		assertThatThrownBy(() -> moderation.flag(number, NOTICE)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> moderation.suspend(number, NOTICE)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> moderation.requestCorrection(number, NOTICE, LocalDate.now().plusDays(3)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> moderation.close(flag.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> moderation.ofEntry(number)).isInstanceOf(AccessDeniedException.class);
		assertThat(moderation.isSuspended(number)).isFalse();
		assertThat(moderation.publicNotices(number)).hasSize(1);
	}

	String publishRestricted(TestUser provider, String name) {
		return testData.publish(provider,
				TestData.sample(name)
					.withAnnexIIIPoint(org.airegistry.shared.AnnexIIIPoint.P6B, false)
					.minimisedForRestrictedSection());
	}

	String pageText() {
		return getCurrentView().getElement().getTextRecursively();
	}

	@Test
	@DisplayName("DD074, Art 49(4): a regulator who may read the non-public section finds 'Moderate' on the "
			+ "restricted entry page and in the attention list, flags, requests a correction and suspends (each "
			+ "audited); the provider is told in the workspace and by mail; no public page shows any of it")
	void moderateInTheNonPublicSection() {
		TestUser provider = testData.provider();
		testData.speaks(provider, "en");
		String number = publishRestricted(provider, "Restricted Moderated System");
		TestUser regulator = regulator();
		testData.login(regulator);
		com.vaadin.flow.component.UI.getCurrent().navigate("oversight/restricted/" + number);
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("Moderate entry " + number)
			.single()
			.getHref()).as("the restricted entry page").isEqualTo("oversight/moderation/" + number);

		navigate(ModerationView.route(number), ModerationView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Moderate entry Restricted Moderated System");
		assertThat(find(Paragraph.class).withClassName("moderation-restricted").single().getText())
			.startsWith("Non-public section (Art 49(4)): notices and the suspension of this entry reach its provider");
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText(number).single().getHref())
			.as("back to the entry's page in the non-public section")
			.isEqualTo("oversight/restricted/" + number);
		test(area("Public notice")).setValue(NOTICE);
		click("Flag entry");
		test(area("What must be corrected")).setValue("Please state the current release in the intended purpose.");
		test(find(DatePicker.class).withLabel("Due date").single()).setValue(moderation.today());
		click("Request correction");
		test(area("Reason")).setValue("Under investigation for false statements on conformity.");
		click("Suspend entry");
		assertThat(moderation.ofEntry(number)).extracting(ModerationAction::kind)
			.containsExactlyInAnyOrder(org.airegistry.moderation.ModerationKind.FLAG,
					org.airegistry.moderation.ModerationKind.CORRECTION_REQUEST,
					org.airegistry.moderation.ModerationKind.SUSPENSION);
		assertThat(audited("moderation.flagged", number)).isEqualTo(1);
		assertThat(audited("moderation.correction-requested", number)).isEqualTo(1);
		assertThat(audited("moderation.suspended", number)).isEqualTo(1);

		navigate(org.airegistry.oversight.ui.DashboardView.class);
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("Moderate entry " + number).exists())
			.as("attention list: flagged entries")
			.isTrue();

		String mailbox = TestData.mailbox(provider);
		assertThat(org.airegistry.testsupport.TestMailServer.awaitMail(mailbox, 1).subject())
			.isEqualTo("Entry " + number + ": the market surveillance authority added a notice");
		assertThat(org.airegistry.testsupport.TestMailServer.awaitMail(mailbox, 1).body()).contains(NOTICE)
			.contains("non-public section")
			.doesNotContain("public page")
			.contains("/workspace/reports");
		assertThat(org.airegistry.testsupport.TestMailServer.awaitMail(mailbox, 2).subject())
			.startsWith("Entry " + number + ": correction requested by ");
		assertThat(org.airegistry.testsupport.TestMailServer.awaitMail(mailbox, 3).subject())
			.isEqualTo("Entry " + number + " has been suspended");

		testData.login(provider);
		navigate(org.airegistry.registry.ui.WorkspaceView.class);
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.contains("The market surveillance authority has acted on 1 of your entries.");
		navigate(ProviderReportsView.class);
		assertThat(find(Span.class).withText(NOTICE).exists()).isTrue();

		SecurityContextHolder.clearContext();
		com.vaadin.flow.component.UI.getCurrent().navigate("systems/" + number);
		assertThat(getCurrentView()).as("no 451: the public answer stays 404")
			.isInstanceOf(org.airegistry.shell.NotFoundView.class);
		assertThat(pageText()).doesNotContain(NOTICE).doesNotContain("Under investigation");
		assertThat(moderation.suspension(number)).as("what the public page and the API ask").isEmpty();

		testData.login(regulator);
		navigate(ModerationView.route(number), ModerationView.class);
		click("Lift suspension");
		assertThat(moderation.ofEntry(number)).filteredOn(ModerationAction::isOpen).hasSize(2);
		assertThat(audited("moderation.suspension-lifted", number)).isEqualTo(1);
		assertThat(org.airegistry.testsupport.TestMailServer.awaitMail(mailbox, 4).subject())
			.isEqualTo("Entry " + number + ": the suspension was lifted");
	}

	@Test
	@DisplayName("DD074, Art 49(4): for a regulator who may not read the non-public section, a restricted entry's "
			+ "moderation page is a 404 exactly like a number that never existed, and its actions are nowhere")
	void nonPublicSectionHiddenFromOtherRegulators() {
		TestUser provider = testData.provider();
		String number = publishRestricted(provider, "Restricted Unseen System");
		TestUser competent = regulator();
		testData.run(competent, () -> moderation.flag(number, NOTICE));
		ModerationAction flag = testData.as(competent, () -> moderation.ofEntry(number)).getFirst();
		assertThat(testData.as(competent,
				() -> moderation.openActions(org.airegistry.moderation.ModerationKind.FLAG, 10_000)))
			.extracting(ModerationAction::registrationNumber)
			.contains(number);

		TestUser other = testData.regulator(org.airegistry.shared.MemberState.DE,
				org.airegistry.shared.Competence.COMPLAINTS);
		testData.login(other);
		com.vaadin.flow.component.UI.getCurrent().navigate(ModerationView.route(number));
		assertThat(getCurrentView()).isInstanceOf(org.airegistry.shell.NotFoundView.class);
		String restrictedAnswer = pageText().replace(number, "N");
		String never = "AIR-0000-NEVER";
		com.vaadin.flow.component.UI.getCurrent().navigate(ModerationView.route(never));
		assertThat(getCurrentView()).isInstanceOf(org.airegistry.shell.NotFoundView.class);
		assertThat(pageText().replace(never, "N")).isEqualTo(restrictedAnswer);

		assertThat(moderation.entry(number)).isEmpty();
		assertThat(moderation.ofEntry(number)).isEmpty();
		assertThat(moderation.openActions(org.airegistry.moderation.ModerationKind.FLAG, 10_000))
			.extracting(ModerationAction::registrationNumber)
			.doesNotContain(number);
		assertThatThrownBy(() -> moderation.flag(number, NOTICE))
			.isInstanceOf(org.airegistry.shared.NotFoundException.class);
		assertThatThrownBy(() -> moderation.suspend(number, NOTICE))
			.isInstanceOf(org.airegistry.shared.NotFoundException.class);
		assertThatThrownBy(() -> moderation.close(flag.id()))
			.isInstanceOf(org.airegistry.shared.NotFoundException.class);
		navigate(org.airegistry.oversight.ui.DashboardView.class);
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("Moderate entry " + number).exists())
			.as("attention list")
			.isFalse();
		assertThat(testData.as(competent, () -> moderation.ofEntry(number))).filteredOn(ModerationAction::isOpen)
			.hasSize(1);
	}

}
