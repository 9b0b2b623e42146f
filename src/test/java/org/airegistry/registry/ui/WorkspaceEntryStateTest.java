package org.airegistry.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.airegistry.moderation.Moderation;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.WorkspaceEntry;
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
import com.vaadin.flow.component.grid.Grid;

/**
 * Issue 21: the provider's entry list says what state each entry is in — a saved draft of
 * a public entry and the authority's actions on it — not only "version N is public".
 */
@H2Test
class WorkspaceEntryStateTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registry;

	@Autowired
	Moderation moderation;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@DisplayName("Issue 21: after Save draft the entry list says the public version has unpublished changes, next "
			+ "to the time of the change; an authority's flag shows as a badge on the entry")
	void entryListShowsDraftAndAuthorityState() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Listed Draft System"));
		testData.login(provider);
		navigate(WorkspaceView.class);
		assertThat(stateCell()).isEqualTo("Published, version 1");

		WorkspaceEntry entry = registry.myEntries().getFirst();
		DraftEntry draft = registry.open(entry.id());
		registry.saveDraft(draft.id(), draft.lockVersion(), draft.data().withIntendedPurpose("A changed purpose."));
		navigate(WorkspaceView.class);
		assertThat(stateCell()).isEqualTo("Version 1 public, unpublished changes");
		assertThat(registry.myEntries().getFirst().updatedAt()).as("the Updated column: since when")
			.isAfterOrEqualTo(entry.updatedAt());

		testData.run(testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE),
				() -> moderation.flag(number, "The stated purpose does not match the documentation."));
		testData.login(provider);
		navigate(WorkspaceView.class);
		assertThat(stateCell()).isEqualTo("Version 1 public, unpublished changesFlagged");
	}

	@SuppressWarnings("unchecked")
	String stateCell() {
		Grid<WorkspaceEntry> grid = find(Grid.class).single();
		List<Grid.Column<WorkspaceEntry>> columns = grid.getColumns();
		int state = -1;
		for (int i = 0; i < columns.size(); i++) {
			if ("State".equals(columns.get(i).getHeaderText())) {
				state = i;
			}
		}
		assertThat(state).as("a State column").isNotNegative();
		assertThat(test(grid).size()).isEqualTo(1);
		return test(grid).getCellComponent(0, state).getElement().getTextRecursively();
	}

}
