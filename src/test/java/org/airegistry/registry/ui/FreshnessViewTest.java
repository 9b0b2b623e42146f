package org.airegistry.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.airegistry.audit.AuditFilter;
import org.airegistry.audit.AuditTrail;
import org.airegistry.oversight.ui.DashboardView;
import org.airegistry.portal.PublicEntryView;
import org.airegistry.publication.Freshness;
import org.airegistry.registry.ProviderContacts;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestMailServer;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Issue 21, freshness: the provider confirms with one click that a published entry is
 * still accurate (no new version, audited); the public page says when it was last
 * confirmed and marks it when that is longer ago than the review interval (12 months by
 * default), which the regulator's attention list names too.
 */
@H2Test
class FreshnessViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registry;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Freshness reminders;

	@Autowired
	ProviderContacts contacts;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	/** Moves the publication of the entry (one version) back by the days given. */
	void backdate(String registrationNumber, int days) {
		jdbc.update(
				"UPDATE ai_system_version SET published_at = ? "
						+ "WHERE ai_system_id = (SELECT ai_system_id FROM ai_system WHERE registration_number = ?)",
				Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), registrationNumber);
	}

	/** The workspace's confirmation cell of the organisation's (only) entry. */
	@SuppressWarnings("unchecked")
	Div confirmationCell() {
		Grid<WorkspaceEntry> grid = find(Grid.class).single();
		return (Div) test(grid).getCellComponent(0, "confirmed");
	}

	/** "Still accurate" in the workspace. */
	void confirmFirstEntry() {
		confirm(confirmationCell());
	}

	void confirm(Div cell) {
		Button confirm = cell.getChildren()
			.filter(Button.class::isInstance)
			.map(Button.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(confirm.getText()).isEqualTo("Still accurate");
		confirm.click();
	}

	String confirmedOn() {
		return find(Span.class).withClassName("entry-confirmed-on").single().getText();
	}

	@Test
	@DisplayName("Issue 21 (freshness): one click confirms a published entry as current without a new version; audited; the public page says when")
	void oneClickConfirmation() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Fresh Screening"));
		backdate(number, 100);
		UI.getCurrent().navigate("systems/" + number);
		assertThat(getCurrentView()).isInstanceOf(PublicEntryView.class);
		String before = confirmedOn();
		assertThat(find(Paragraph.class).withClassName("entry-stale").exists()).isFalse();
		TestUser regulator = testData.regulator(org.airegistry.shared.MemberState.DE);
		long audited = testData.as(regulator,
				() -> audit.count(new AuditFilter("record.confirmed", number, null, null)));

		testData.login(provider);
		UI.getCurrent().navigate(WorkspaceView.class);
		confirmFirstEntry();

		WorkspaceEntry entry = registry.myEntries().getFirst();
		assertThat(entry.publishedVersion()).as("a confirmation is no version").isEqualTo(1);
		assertThat(registry.standing(entry.id()).orElseThrow().withoutChange()).isTrue();
		SecurityContextHolder.clearContext();
		assertThat(testData.as(regulator, () -> audit.count(new AuditFilter("record.confirmed", number, null, null))))
			.isEqualTo(audited + 1);
		UI.getCurrent().navigate("systems/" + number);
		assertThat(confirmedOn()).as("confirmed today, not 100 days ago").isNotEqualTo(before);
	}

	@Test
	@DisplayName("Issue 21 (freshness): an entry neither updated nor confirmed for longer than the review interval is marked on its public page and named in the attention list")
	void notConfirmedInTime() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Stale Screening"));
		backdate(number, 400);

		UI.getCurrent().navigate("systems/" + number);
		assertThat(find(Paragraph.class).withClassName("entry-stale").single().getText())
			.startsWith("Not confirmed in time: the provider has not confirmed for more than 12 months");

		testData.login(testData.regulator(org.airegistry.shared.MemberState.DE));
		UI.getCurrent().navigate(DashboardView.class);
		ListItem item = find(ListItem.class).withId("attention-not-confirmed").single();
		assertThat(item.getElement().getTextRecursively()).contains("not confirmed as current in time")
			.contains(number)
			.contains("Moderate");

		testData.login(provider);
		UI.getCurrent().navigate(WorkspaceView.class);
		// the grid renders a new cell each time it is asked: the same cell throughout
		Div cell = confirmationCell();
		Span when = (Span) cell.getChildren().findFirst().orElseThrow();
		assertThat(when.getElement().getAttribute("data-overdue")).isEqualTo("true");
		assertThat(when.getText()).contains("review overdue");
		confirm(cell);
		assertThat(when.getElement().getAttribute("data-overdue")).isEqualTo("false");
		SecurityContextHolder.clearContext();
		UI.getCurrent().navigate("systems/" + number);
		assertThat(find(Paragraph.class).withClassName("entry-stale").exists()).as("confirmed again").isFalse();
	}

	@Test
	@DisplayName("Issue 21 (freshness): before the confirmation runs out the provider gets one reminder mail per due date, with the entry and a link to the workspace")
	void reminderBeforeDue() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Reminded Screening"));
		String mailbox = contacts.mailbox(provider.organisation()).orElseThrow().email();
		int before = TestMailServer.mailsTo(mailbox).size();
		backdate(number, 300);
		reminders.remindDue();
		assertThat(TestMailServer.mailsTo(mailbox)).as("not yet within the month before it is due").hasSize(before);

		backdate(number, 350);
		assertThat(reminders.remindDue()).isPositive();
		TestMailServer.Mail mail = TestMailServer.awaitMail(mailbox, before + 1);
		assertThat(mail.subject()).contains(number);
		assertThat(mail.body()).contains("Reminded Screening");
		assertThat(mail.link("workspace")).isNotBlank();
		assertThat(reminders.remindDue()).as("one reminder per due date").isZero();
	}

}
