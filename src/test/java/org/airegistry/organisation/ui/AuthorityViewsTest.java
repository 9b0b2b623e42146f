package org.airegistry.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.airegistry.organisation.AuthorityKind;
import org.airegistry.organisation.AuthoritySummary;
import org.airegistry.organisation.AuthorityUser;
import org.airegistry.organisation.CompetenceHolder;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.Competence;
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
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The administrators' console without a browser: authorities are created with their
 * Member State, problems show next to their fields, users are invited with competences
 * and changed in a dialog, and the coverage table shows who holds what and where no one
 * does.
 */
@H2Test
class AuthorityViewsTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	void click(String caption) {
		test(find(Button.class).withText(caption).single()).click();
	}

	@SuppressWarnings("unchecked")
	<T> Grid<T> grid(String ariaLabel) {
		return find(Grid.class).withCondition(grid -> grid.getAriaLabel().orElse("").equals(ariaLabel)).single();
	}

	@SuppressWarnings("unchecked")
	Select<AuthorityKind> kind() {
		return kind("Kind");
	}

	@SuppressWarnings("unchecked")
	Select<AuthorityKind> kind(String label) {
		return find(Select.class).withLabel(label).single();
	}

	@SuppressWarnings("unchecked")
	ComboBox<MemberState> memberState() {
		return find(ComboBox.class).withLabel("Member State").single();
	}

	@Test
	@DisplayName("An administrator creates a market surveillance authority; a missing Member State is shown next "
			+ "to its field and nothing typed is lost")
	void createAuthority() {
		testData.login(testData.administrator());
		navigate(AuthoritiesView.class);
		String name = "Ispettorato " + UUID.randomUUID().toString().substring(0, 8);
		TextField legalName = find(TextField.class).withLabel("Authority").single();
		legalName.setValue(name);
		kind().setValue(AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY);
		find(EmailField.class).withLabel("Contact email address").single().setValue("ai@ispettorato.example");
		click("Create authority");
		assertThat(memberState().isInvalid()).isTrue();
		assertThat(memberState().getErrorMessage()).isEqualTo("Choose the Member State of this national authority.");
		assertThat(legalName.getValue()).isEqualTo(name);

		memberState().setValue(MemberState.IT);
		click("Create authority");
		assertThat(memberState().isInvalid()).isFalse();
		assertThat(legalName.getValue()).as("the form is emptied").isEmpty();
		Grid<AuthoritySummary> authorities = grid("Authorities");
		assertThat(authorities.getListDataView().getItems()).anySatisfy(authority -> {
			assertThat(authority.legalName()).isEqualTo(name);
			assertThat(authority.jurisdiction().memberState()).isEqualTo(MemberState.IT);
			assertThat(authority.active()).isTrue();
		});

		// the AI Office has no Member State: the field is disabled for it
		kind().setValue(AuthorityKind.AI_OFFICE);
		assertThat(memberState().isEnabled()).isFalse();
	}

	@Test
	@DisplayName("An administrator invites a regulator with competences, changes them in a dialog, and the "
			+ "coverage table shows the holder and the gaps")
	@SuppressWarnings("unchecked")
	void usersAndCompetences() {
		TestUser admin = testData.administrator();
		TestUser regulator = testData.regulator(MemberState.SI, Competence.COMPLAINTS);
		testData.login(admin);
		navigate("admin/authorities/" + regulator.organisation().value(), AuthorityView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo(regulator.organisationName());
		Grid<AuthorityUser> users = grid("Users");
		assertThat(test(users).size()).isEqualTo(1);

		String invited = "inspector-" + UUID.randomUUID().toString().substring(0, 8) + "@authority.example";
		EmailField email = find(EmailField.class).withLabel("Email address (login)").single();
		email.setValue("not an address");
		click("Send invitation");
		assertThat(email.getErrorMessage()).isEqualTo("Enter a valid email address, such as name@example.com.");
		email.setValue(invited);
		CheckboxGroup<Competence> competences = find(CheckboxGroup.class).withLabel("Competences").single();
		competences.setValue(Set.of(Competence.RESTRICTED_SECTION, Competence.SERIOUS_INCIDENTS));
		click("Send invitation");
		assertThat(TestMailServer.awaitMail(invited, 1).body()).contains("account/invitation?token=");
		users = grid("Users");
		assertThat(test(users).size()).isEqualTo(2);
		List<AuthorityUser> rows = users.getListDataView().getItems().toList();
		AuthorityUser created = rows.stream()
			.filter(user -> user.loginEmail().equals(invited))
			.findFirst()
			.orElseThrow();
		assertThat(created.competences()).containsExactlyInAnyOrder(Competence.RESTRICTED_SECTION,
				Competence.SERIOUS_INCIDENTS);
		assertThat(created.roles()).containsExactly(Role.REGULATOR);
		assertThat(test(users).getCellText(rows.indexOf(created), 4)).isEqualTo("Invited");

		// change the existing regulator's competences in the dialog
		int row = rows.indexOf(
				rows.stream().filter(user -> user.loginEmail().equals(regulator.email())).findFirst().orElseThrow());
		Button edit = (Button) test(users).getCellComponent(row, 5);
		assertThat(edit.getAriaLabel()).contains("Competences and access of " + regulator.email());
		test(edit).click();
		Dialog dialog = find(Dialog.class).single();
		CheckboxGroup<Competence> chosen = find(CheckboxGroup.class).from(dialog).single();
		chosen.setValue(Set.of(Competence.COMPLAINTS, Competence.FRIA_NOTIFICATIONS));
		test(find(Button.class).from(dialog).withText("Save").single()).click();
		assertThat(grid("Users").getListDataView()
			.getItems()
			.map(item -> (AuthorityUser) item)
			.filter(user -> user.loginEmail().equals(regulator.email()))
			.findFirst()
			.orElseThrow()
			.competences()).containsExactlyInAnyOrder(Competence.COMPLAINTS, Competence.FRIA_NOTIFICATIONS);

		navigate(CompetencesView.class);
		Grid<CompetencesView.Coverage> coverage = grid("Coverage by Member State");
		assertThat(test(coverage).size()).as("27 Member States and the Union level").isEqualTo(28);
		CompetencesView.Coverage slovenia = coverage.getListDataView()
			.getItems()
			.filter(line -> line.jurisdiction().memberState() == MemberState.SI)
			.findFirst()
			.orElseThrow();
		assertThat(slovenia.authorities(Competence.FRIA_NOTIFICATIONS)).contains(regulator.organisationName());
		assertThat(slovenia.authorities(Competence.RESTRICTED_SECTION)).as("the invitee has not accepted yet")
			.doesNotContain(regulator.organisationName());
		Select<Competence> filter = find(Select.class).withLabel("Competence").single();
		filter.setValue(Competence.FRIA_NOTIFICATIONS);
		Grid<CompetenceHolder> holders = grid("Holders");
		assertThat(holders.getListDataView().getItems().toList())
			.allMatch(holder -> holder.competence() == Competence.FRIA_NOTIFICATIONS)
			.anyMatch(holder -> holder.loginEmail().equals(regulator.email()));
	}

	@Test
	@DisplayName("Regulators, providers and visitors do not reach the administrators' console")
	void othersAreKeptOut() {
		for (TestUser outsider : new TestUser[] {
				testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE),
				testData.provider() }) {
			testData.login(outsider);
			UI.getCurrent().navigate("admin/authorities");
			assertThat(getCurrentView()).isNotInstanceOf(AuthoritiesView.class);
			UI.getCurrent().navigate("admin/competences");
			assertThat(getCurrentView()).isNotInstanceOf(CompetencesView.class);
			SecurityContextHolder.clearContext();
		}
		UI.getCurrent().navigate("admin/authorities");
		assertThat(getCurrentView()).isNotInstanceOf(AuthoritiesView.class);
	}

	@Test
	@DisplayName("The console in German: kinds and competences in the words of the Act")
	void german() {
		testData.login(testData.administrator());
		UI.getCurrent().setLocale(Locale.GERMAN);
		navigate(AuthoritiesView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Behörden");
		assertThat(kind("Art").getItemLabelGenerator().apply(AuthorityKind.AI_OFFICE))
			.isEqualTo("Büro für Künstliche Intelligenz");
		assertThat(kind("Art").getItemLabelGenerator().apply(AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY))
			.isEqualTo("Marktüberwachungsbehörde");
	}

}
