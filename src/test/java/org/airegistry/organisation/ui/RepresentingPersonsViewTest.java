package org.airegistry.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.airegistry.moderation.ui.ModerationView;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.organisation.RepresentingPerson;
import org.airegistry.organisation.RepresentingPersons;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The Art 71(5) persons in the portal without a browser (DD069): the organisation's
 * administrator lists them with a message next to each wrong field and removes them;
 * regulators see them on the approval page (with a warning when none is listed) and on
 * the moderation page of the organisation's entries.
 */
@H2Test
class RepresentingPersonsViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	RepresentingPersons persons;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	private TextField text(String label) {
		return find(TextField.class).withLabel(label).single();
	}

	@Test
	@DisplayName("Art 71(5): the administrator adds a person; bad input is marked on its field; the person is listed "
			+ "and can be removed")
	void administratorListsPersons() {
		TestUser admin = testData.user(Role.ORG_ADMIN, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE);
		testData.login(admin);
		navigate(RepresentingPersonsView.class);
		@SuppressWarnings("unchecked")
		Grid<RepresentingPerson> grid = find(Grid.class).single();
		assertThat(test(grid).size()).isZero();

		EmailField email = find(EmailField.class).withLabel("E-mail address").single();
		test(text("Full name")).setValue("");
		test(text("Function")).setValue("Managing director");
		test(email).setValue("not an address");
		test(text("Telephone")).setValue("call me");
		test(find(Button.class).withText("Add person").single()).click();
		assertThat(text("Full name").isInvalid()).isTrue();
		assertThat(text("Full name").getErrorMessage()).isEqualTo("This field is required.");
		assertThat(text("Function").isInvalid()).isFalse();
		assertThat(email.isInvalid()).isTrue();
		assertThat(email.getErrorMessage()).isEqualTo("Enter a valid email address, such as name@example.com.");
		assertThat(text("Telephone").getErrorMessage()).startsWith("Enter a telephone number");
		assertThat(test(grid).size()).as("nothing saved").isZero();

		test(text("Full name")).setValue("Ada Example");
		test(email).setValue("ada@example.org");
		test(text("Telephone")).setValue("+49 30 1234567");
		test(find(Button.class).withText("Add person").single()).click();
		assertThat(text("Full name").isInvalid()).isFalse();
		assertThat(test(grid).size()).isEqualTo(1);
		assertThat(test(grid).getCellText(0, 0)).isEqualTo("Ada Example");
		assertThat(text("Full name").getValue()).as("the form is emptied for the next person").isEmpty();
		assertThat(testData.as(admin, () -> persons.mine())).containsExactly(
				new RepresentingPerson("Ada Example", "Managing director", "ada@example.org", "+49 30 1234567"));

		// TestData.as logs out afterwards: the administrator goes on in the view
		testData.login(admin);
		test((Button) test(grid).getCellComponent(0, 4)).click();
		assertThat(test(grid).size()).isZero();
		assertThat(testData.as(admin, () -> persons.mine())).as("erased").isEmpty();
	}

	@Test
	@DisplayName("Art 71(5): regulators see the persons of an organisation awaiting approval, and are warned when it "
			+ "lists none")
	void approvalShowsPersons() {
		TestUser listing = testData.user(Role.ORG_ADMIN, OrganisationRole.PROVIDER, OrganisationStatus.PENDING);
		TestUser silent = testData.user(Role.ORG_ADMIN, OrganisationRole.PROVIDER, OrganisationStatus.PENDING);
		testData.run(listing, () -> persons.replaceMine(List.of(new RepresentingPerson("Cleo Approval",
				"Holder of a power of attorney", "cleo@example.org", "+33 1 23 45 67 89"))));
		testData.login(testData.regulator(MemberState.DE));
		navigate(ApprovalView.class);
		assertThat(text(card(listing.organisationName())))
			.contains("Cleo Approval (Holder of a power of attorney), cleo@example.org, +33 1 23 45 67 89")
			.doesNotContain("No person with legal authority");
		assertThat(text(card(silent.organisationName())))
			.contains("No person with legal authority to represent the organisation is listed (Art 71(5))");
	}

	@Test
	@DisplayName("Art 71(5): the moderation page shows regulators the persons of the entry's provider")
	void moderationShowsPersons() {
		TestUser provider = testData.provider();
		TestUser admin = testData.colleague(provider, Role.ORG_ADMIN, "en");
		testData.run(admin, () -> persons.replaceMine(List
			.of(new RepresentingPerson("Dora Moderation", "Managing director", "dora@example.org", "+43 1 234567"))));
		String number = testData.publish(provider, TestData.sample("Persons Moderation System"));
		testData.login(testData.regulator(MemberState.DE));
		navigate(ModerationView.class, Map.of("registrationNumber", number));
		assertThat(find(Paragraph.class).withClassName("representing-persons").single().getText())
			.isEqualTo("Persons with authority to represent the organisation (Art 71(5)): "
					+ "Dora Moderation (Managing director), dora@example.org, +43 1 234567");
	}

	@Test
	@DisplayName("Art 71(5): \"My organisation\" links its administrators to the persons page, which links back; "
			+ "colleagues who may not open that page get no link")
	void myOrganisationLinksToPersons() {
		TestUser admin = testData.user(Role.ORG_ADMIN, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE);
		testData.login(admin);
		navigate(OrganisationStatusView.class);
		Anchor persons = find(Anchor.class).withText("Persons with authority to represent the organisation (Art 71(5))")
			.single();
		assertThat(persons.getHref()).isEqualTo("organisation/persons");

		navigate(RepresentingPersonsView.class);
		// the navigation names "My organisation" too: the link back is the page's own
		assertThat(find(Anchor.class).withText("My organisation").all())
			.filteredOn(anchor -> insidePage(anchor, RepresentingPersonsView.class))
			.singleElement()
			.extracting(Anchor::getHref)
			.isEqualTo("account/organisation");

		testData.login(testData.colleague(admin, Role.PROVIDER, "en"));
		navigate(OrganisationStatusView.class);
		assertThat(find(Anchor.class).withText("Persons with authority to represent the organisation (Art 71(5))")
			.exists()).isFalse();
	}

	private Section card(String organisationName) {
		return find(Section.class).all()
			.stream()
			.filter(section -> section.getChildren()
				.anyMatch(child -> child instanceof H2 heading && heading.getText().equals(organisationName)))
			.findFirst()
			.orElseThrow();
	}

	private static boolean insidePage(Component component, Class<? extends Component> page) {
		for (Component at = component; at != null; at = at.getParent().orElse(null)) {
			if (page.isInstance(at)) {
				return true;
			}
		}
		return false;
	}

	private static String text(Component component) {
		return component.getElement().getTextRecursively();
	}

}
