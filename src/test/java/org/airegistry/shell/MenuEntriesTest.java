package org.airegistry.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The layout's menu is computed once per kind of visitor (issue 20: at saturation the
 * per-page access check of every menu route took 27 % of the CPU); each kind still sees
 * exactly what Vaadin's own access check gives it, whoever asked before.
 */
@H2Test
class MenuEntriesTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	MenuEntries menuEntries;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@DisplayName("Issue 20: each kind of visitor gets Vaadin's own menu, whatever was cached for others before")
	void sameAsVaadinForEveryKindOfVisitor() {
		TestUser provider = testData.provider();
		TestUser regulator = testData.regulator(MemberState.DE, Competence.RESTRICTED_SECTION);
		TestUser administrator = testData.administrator();
		// twice round, so that the second round reads what the first one cached
		for (int round = 0; round < 2; round++) {
			SecurityContextHolder.clearContext();
			assertThat(paths(this.menuEntries.forCurrentVisitor())).as("visitor")
				.isEqualTo(paths(MenuConfiguration.getMenuEntries()))
				.doesNotContain("/workspace", "/oversight");
			for (TestUser user : List.of(provider, regulator, administrator)) {
				testData.login(user);
				assertThat(paths(this.menuEntries.forCurrentVisitor())).as(user.email())
					.isEqualTo(paths(MenuConfiguration.getMenuEntries()));
			}
		}
		testData.login(provider);
		assertThat(paths(this.menuEntries.forCurrentVisitor())).contains("/workspace").doesNotContain("/oversight");
		testData.login(regulator);
		assertThat(paths(this.menuEntries.forCurrentVisitor())).contains("/oversight").doesNotContain("/workspace");
	}

	private static List<String> paths(List<MenuEntry> entries) {
		return entries.stream().map(entry -> entry.path().startsWith("/") ? entry.path() : "/" + entry.path()).toList();
	}

}
