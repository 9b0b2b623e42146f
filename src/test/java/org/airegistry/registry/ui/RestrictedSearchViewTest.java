package org.airegistry.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RestrictedQuery;
import org.airegistry.registry.RestrictedSection;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Browsing and searching the non-public section (Art 49(4)) without a browser.
 */
@H2Test
class RestrictedSearchViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	RestrictedSection section;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	String publish(String name, AnnexIIIPoint point) {
		EntryData data = TestData.sample(name).withAnnexIIIPoint(point, false).minimisedForRestrictedSection();
		return testData.publish(testData.provider(), data);
	}

	TestUser regulator() {
		return testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
	}

	@SuppressWarnings("unchecked")
	List<PublicEntry> shown() {
		Grid<PublicEntry> grid = find(Grid.class).single();
		return grid.getGenericDataView().getItems().toList();
	}

	void search(String text) {
		test(find(TextField.class).withLabel("Search the non-public section").single()).setValue(text);
		test(find(Button.class).withId("restricted-search").single()).click();
	}

	@Test
	@DisplayName("Art 49(4): regulators search restricted entries by text, Annex III area, Member State and status; public entries never appear")
	@SuppressWarnings("unchecked")
	void searchWithFilters() {
		String token = "Qz" + UUID.randomUUID().toString().substring(0, 6);
		String policing = publish("Policing Predictor " + token, AnnexIIIPoint.P6D);
		String border = publish("Border Matcher " + token, AnnexIIIPoint.P7D);
		String open = testData.publish(testData.provider(), TestData.sample("Public Matcher " + token));
		testData.login(regulator());
		navigate(RestrictedEntriesView.class);

		search(token.toLowerCase());
		assertThat(shown()).extracting(PublicEntry::registrationNumber)
			.containsExactlyInAnyOrder(policing, border)
			.doesNotContain(open);

		ComboBox<Integer> area = find(ComboBox.class).withLabel("Annex III").single();
		test(area).selectItem("7 Migration, asylum and border control management");
		search(token);
		assertThat(shown()).extracting(PublicEntry::registrationNumber).containsExactly(border);
		area.clear();

		ComboBox<?> states = find(ComboBox.class).withLabel("Member States").single();
		test(states).selectItem("Malta");
		search(token);
		assertThat(shown()).isEmpty();
		test(states).selectItem("France");
		search(token);
		assertThat(shown()).hasSize(2);
		states.clear();

		ComboBox<?> status = find(ComboBox.class).withLabel("Status").single();
		test(status).selectItem("No longer in service");
		search(token);
		assertThat(shown()).isEmpty();
		status.clear();

		search("6d");
		assertThat(shown()).extracting(PublicEntry::registrationNumber).contains(policing).doesNotContain(border);
	}

	@Test
	@DisplayName("Art 49(4): a too long query is refused next to the field; providers cannot search the section")
	void badQueryAndOutsiders() {
		testData.login(regulator());
		navigate(RestrictedEntriesView.class);
		TextField text = find(TextField.class).withLabel("Search the non-public section").single();
		// the browser stops at the maximum length; a crafted request does not
		text.setValue("x".repeat(RestrictedQuery.TEXT_MAX + 1));
		test(find(Button.class).withId("restricted-search").single()).click();
		assertThat(text.isInvalid()).isTrue();
		assertThat(text.getErrorMessage()).isEqualTo("At most 200 characters.");
		logout();

		TestUser provider = testData.provider();
		assertThatThrownBy(() -> testData.as(provider, () -> section.search(RestrictedQuery.ALL, 10)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
