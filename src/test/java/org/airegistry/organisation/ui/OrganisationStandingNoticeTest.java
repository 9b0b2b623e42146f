package org.airegistry.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.airegistry.registry.ui.WorkspaceView;
import org.airegistry.security.CurrentActor;
import org.airegistry.shell.AccessDeniedView;
import org.airegistry.shell.LocaleSupport;
import org.airegistry.shell.MainLayout;
import org.airegistry.shell.MenuEntries;
import org.airegistry.shell.SiteNotices;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Issue 21: the people of an organisation awaiting approval are told so on every page
 * (the layout's notice), the closed workspace included, not only on a page behind the
 * account menu.
 */
@H2Test
class OrganisationStandingNoticeTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	CurrentActor currentActor;

	@Autowired
	AuthenticationContext authenticationContext;

	@Autowired
	LocaleSupport localeSupport;

	@Autowired
	List<SiteNotices> notices;

	@Autowired
	MenuEntries menuEntries;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@DisplayName("Issue 21: a user of an organisation awaiting approval reads so on every page, the closed "
			+ "workspace included, with a link to the organisation's page")
	void pendingOrganisationToldOnEveryPage() {
		testData.login(testData.pendingProvider());
		UI.getCurrent().navigate(WorkspaceView.class);
		assertThat(getCurrentView()).as("the workspace stays closed").isInstanceOf(AccessDeniedView.class);
		// the test UI built its layout before the login; a real login reloads the page,
		// i.e. builds a new one
		Component notice = notice(layout()).orElseThrow();
		assertThat(notice.getElement().getTextRecursively())
			.startsWith("Your organisation is waiting for approval by the registry.");
		assertThat(notice.getChildren()
			.flatMap(Component::getChildren)
			.filter(Anchor.class::isInstance)
			.map(anchor -> ((Anchor) anchor).getHref())).containsExactly(OrganisationStatusView.ROUTE);
	}

	@Test
	@DisplayName("Issue 21: users of an approved organisation see no such notice")
	void approvedOrganisationSeesNone() {
		testData.login(testData.provider());
		assertThat(notice(layout())).isEmpty();
	}

	MainLayout layout() {
		return new MainLayout(currentActor, authenticationContext, localeSupport, notices, menuEntries);
	}

	static Optional<Component> notice(MainLayout layout) {
		return layout.getChildren()
			.filter(child -> child.getElement().getClassList().contains("organisation-standing-notice"))
			.findFirst();
	}

}
