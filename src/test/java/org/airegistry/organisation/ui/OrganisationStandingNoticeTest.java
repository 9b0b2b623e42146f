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

	@Autowired
	org.airegistry.organisation.AccountService accounts;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	@DisplayName("Issue 21: a user of a rejected organisation signs in and reads the registry's reason on the "
			+ "organisation's page, which the notice on every page links to; the rejection mail carries the "
			+ "reason in the user's own language")
	void rejectionReasonShownToTheUsers() {
		String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
		String email = "founder-" + unique + "@signup.example";
		String name = "Rejected Org " + unique;
		org.airegistry.shared.OrganisationId organisation = accounts
			.signUp(new org.airegistry.organisation.SignUp(name, "Street 1, Berlin", "DE", "contact@signup.example",
					true, java.util.Set.of(org.airegistry.organisation.OrganisationRole.PROVIDER), false, false, false,
					null, "Founder " + unique, email, "correct horse battery", "pl"));
		org.airegistry.testsupport.TestMailServer.Mail verification = org.airegistry.testsupport.TestMailServer
			.awaitMail(email, 1);
		accounts.verifyEmail(verification.token(org.airegistry.organisation.AccountService.VERIFY_ROUTE));
		String reason = "No legal entity of this name in the commercial register.";
		testData.run(
				testData.user(org.airegistry.shared.Role.REGULATOR,
						org.airegistry.organisation.OrganisationRole.AUTHORITY,
						org.airegistry.organisation.OrganisationStatus.ACTIVE),
				() -> accounts.reject(organisation, reason));

		org.airegistry.testsupport.TestMailServer.Mail rejected = org.airegistry.testsupport.TestMailServer
			.awaitMail(email, 2);
		assertThat(rejected.subject()).as("in the user's language")
			.isEqualTo("Organizacja " + name + " nie została zatwierdzona");
		assertThat(rejected.body()).contains("Podany powód:").contains(reason);

		assertThat(users.loadUserByUsername(email).isEnabled()).as("the user can still sign in").isTrue();
		testData.login(new TestData.TestUser(email, organisation, name));
		Component notice = notice(layout()).orElseThrow();
		assertThat(notice.getElement().getTextRecursively())
			.startsWith("The registry did not approve your organisation.");
		assertThat(notice.getChildren()
			.flatMap(Component::getChildren)
			.filter(Anchor.class::isInstance)
			.map(anchor -> ((Anchor) anchor).getHref())).containsExactly(OrganisationStatusView.ROUTE);

		UI.getCurrent().navigate(OrganisationStatusView.ROUTE);
		assertThat(getCurrentView()).isInstanceOf(OrganisationStatusView.class);
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
			.extracting(com.vaadin.flow.component.html.Paragraph::getText)
			.contains("The registry did not approve your organisation. You cannot prepare or publish registrations.",
					"The registry’s reason: " + reason);
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
