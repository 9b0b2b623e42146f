package org.airegistry.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.EntryData;
import org.airegistry.shared.AnnexIIIPoint;
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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;

/** One entry of the non-public section (Art 49(4)), for regulators only. */
@H2Test
class RestrictedEntryViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	void login(TestUser user) {
		testData.login(user);
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	String publishRestricted(String name) {
		EntryData data = TestData.sample(name)
			.withAnnexIIIPoint(AnnexIIIPoint.P6B, false)
			.minimisedForRestrictedSection();
		return testData.publish(testData.provider(), data);
	}

	@Test
	@DisplayName("Art 49(4): a regulator opens one restricted entry from the list and sees its fields")
	void regulatorSeesEntry() {
		String number = publishRestricted("Restricted Detail System");
		login(testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE));

		UI.getCurrent().navigate("oversight/restricted/" + number);

		assertThat(getCurrentView()).isInstanceOf(RestrictedEntryView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Restricted Detail System");
		assertThat(getCurrentView().getElement().getTextRecursively()).contains(number)
			.contains("Annex VIII A.5")
			.contains("Non-public section (Art 49(4))");
	}

	@Test
	@DisplayName("Art 49(4): providers and visitors cannot open a restricted entry's authority view")
	void othersCannotOpen() {
		String number = publishRestricted("Restricted Hidden System");

		login(testData.provider());
		UI.getCurrent().navigate("oversight/restricted/" + number);
		assertThat(getCurrentView()).isNotInstanceOf(RestrictedEntryView.class);
		assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Restricted Hidden System");

		logout();
		UI.getCurrent().navigate("oversight/restricted/" + number);
		assertThat(getCurrentView()).isNotInstanceOf(RestrictedEntryView.class);
		assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Restricted Hidden System");
	}

	@Test
	@DisplayName("Art 49(4): a public entry is not shown as a restricted entry")
	void publicEntryNotFound() {
		String number = testData.publish(testData.provider(), TestData.sample("Public Detail System"));
		login(testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE));
		UI.getCurrent().navigate("oversight/restricted/" + number);
		assertThat(getCurrentView()).isInstanceOf(org.airegistry.shell.NotFoundView.class);
	}

}
