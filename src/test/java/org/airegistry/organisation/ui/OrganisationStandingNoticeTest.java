package org.airegistry.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.airegistry.shell.AccessDeniedView;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/**
 * Issue 21: the people of an organisation awaiting approval are told so wherever they go,
 * the closed workspace included, not only on a page behind the account menu.
 */
@H2Test
class OrganisationStandingNoticeTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@DisplayName("Issue 21: a user of an organisation awaiting approval reads so on every page, the closed "
			+ "workspace included, with a link to the organisation's page")
	void pendingOrganisationToldOnEveryPage() {
		testData.login(testData.pendingProvider());
		UI.getCurrent().navigate("");
		Div notice = find(Div.class).withClassName("organisation-standing-notice").single();
		assertThat(notice.getElement().getTextRecursively())
			.startsWith("Your organisation is waiting for approval by the registry.");
		assertThat(find(Anchor.class).withText("My organisation").all()).extracting(Anchor::getHref)
			.contains(OrganisationStatusView.ROUTE);

		UI.getCurrent().navigate("workspace");
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
		assertThat(find(Div.class).withClassName("organisation-standing-notice").exists()).isTrue();
	}

	@Test
	@DisplayName("Issue 21: users of an approved organisation see no such notice")
	void approvedOrganisationSeesNone() {
		testData.login(testData.provider());
		UI.getCurrent().navigate("");
		assertThat(find(Div.class).withClassName("organisation-standing-notice").exists()).isFalse();
	}

}
