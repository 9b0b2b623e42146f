package org.airegistry.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The audit viewer without a browser: regulators filter the trail; nobody else gets in.
 */
@H2Test
class AuditViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@DisplayName("A regulator sees publications in the trail and narrows it by action and text")
	@SuppressWarnings("unchecked")
	void regulatorFilters() {
		TestUser provider = testData.provider();
		testData.publish(provider, TestData.sample("Viewer Publication"));
		testData.login(testData.user(Role.REGULATOR, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE));
		navigate(AuditView.class);

		ComboBox<String> action = find(ComboBox.class).withLabelContaining("Action").single();
		test(action).selectItem("entry.published");
		test(find(TextField.class).withLabelContaining("Subject or user").single()).setValue(provider.email());

		Grid<?> grid = find(Grid.class).single();
		assertThat(test(grid).size()).isEqualTo(1);
		assertThat(find(Paragraph.class).withText("1 record").exists()).isTrue();
		assertThat(find(Anchor.class).withText("Download these records as CSV").single().getHref()).isNotBlank();

		test(find(TextField.class).withLabelContaining("Subject or user").single()).setValue("nobody-like-this");
		assertThat(test(grid).size()).isZero();
	}

	@Test
	@DisplayName("A provider cannot open the audit trail")
	void providerIsKeptOut() {
		testData.login(testData.provider());
		try {
			navigate(AuditView.class);
		}
		catch (RuntimeException refused) {
			// access control may refuse by exception or by rerouting
		}
		assertThat(find(Grid.class).exists()).isFalse();
	}

	@Test
	@DisplayName("Art 49(4), DD075: a regulator who may not read the non-public section sees its records as withheld, "
			+ "without the registration number or who acted")
	@SuppressWarnings("unchecked")
	void nonPublicSectionWithheld() {
		TestUser provider = testData.provider();
		String number = testData.publishRestricted(provider, "Withheld In The Viewer",
				org.airegistry.shared.AnnexIIIPoint.P6B);
		testData.login(testData.user(Role.REGULATOR, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE));
		navigate(AuditView.class);
		test(find(ComboBox.class).withLabelContaining("Action").single()).selectItem("entry.published");

		Grid<org.airegistry.audit.AuditRecord> grid = find(Grid.class).single();
		String shown = java.util.stream.IntStream.range(0, test(grid).size())
			.mapToObj(row -> test(grid).getCellText(row, 2) + " | " + test(grid).getCellText(row, 3))
			.collect(java.util.stream.Collectors.joining("\n"));
		assertThat(shown).doesNotContain(number)
			.doesNotContain(provider.email())
			.contains("withheld (Art 49(4)) | ai-system in the non-public section (Art 49(4)): withheld");
	}

}
