package org.airegistry.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the signed-in navigation in groups, so that no role's header wraps at 1 280
 * px and public pages are not mixed with the console.
 */
class NavigationGroupsTest {

	@Test
	@DisplayName("Issue 21: the console's pages fall into overview, inboxes, registers and operations")
	void consoleGroups() {
		assertThat(MainLayout.group("oversight", true)).isEqualTo("overview");
		assertThat(MainLayout.group("oversight/organisations", true)).isEqualTo("inboxes");
		assertThat(MainLayout.group("oversight/fria", true)).isEqualTo("inboxes");
		assertThat(MainLayout.group("oversight/complaints", true)).isEqualTo("inboxes");
		assertThat(MainLayout.group("oversight/reports", true)).isEqualTo("inboxes");
		assertThat(MainLayout.group("oversight/restricted", true)).isEqualTo("registers");
		assertThat(MainLayout.group("oversight/incidents", true)).isEqualTo("registers");
		assertThat(MainLayout.group("oversight/search-index", true)).isEqualTo("operations");
		assertThat(MainLayout.group("/oversight/audit", true)).isEqualTo("operations");
	}

	@Test
	@DisplayName("Issue 21: the administrator's authorities and competences are operations, not public pages")
	void administrationIsAnOperation() {
		assertThat(MainLayout.group("admin/authorities", true)).isEqualTo("operations");
		assertThat(MainLayout.group("admin/competences", true)).isEqualTo("operations");
	}

	@Test
	@DisplayName("Issue 21: an organisation's own work is one group, its settings go to the account menu")
	void workspaceAndOrganisation() {
		for (String route : new String[] { "workspace", "workspace/notices", "workspace/models", "workspace/reports",
				"workspace/incidents", "my-deployments", "deployer/explanations" }) {
			assertThat(MainLayout.group(route, true)).as(route).isEqualTo("workspace");
		}
		assertThat(MainLayout.group("organisation/users", true)).isEqualTo("organisation");
		assertThat(MainLayout.group("account/organisation", true)).isEqualTo("organisation");
	}

	@Test
	@DisplayName("Issue 21: public pages are one group when signed in, links of their own for visitors")
	void publicPages() {
		for (String route : new String[] { "", "guide", "models", "open-data", "sign-up" }) {
			assertThat(MainLayout.group(route, true)).as(route).isEqualTo("public");
			assertThat(MainLayout.group(route, false)).as(route).isNull();
		}
	}

}
