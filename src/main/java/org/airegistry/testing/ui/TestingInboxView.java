package org.airegistry.testing.ui;

import java.util.List;

import org.airegistry.shared.Competence;
import org.airegistry.shell.components.Formats;
import org.airegistry.testing.ReviewState;
import org.airegistry.testing.TestingAuthorityService;
import org.airegistry.testing.TestingAuthorityService.InboxItem;
import org.airegistry.testing.TestingRoutes;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The market surveillance authority's inbox of test plans submitted to it (Art
 * 60(4)(a)-(b)): each plan's review state, when 30 days without an answer end, and where
 * the test stands.
 */
@Route(TestingRoutes.INBOX)
@Menu(title = "nav.testInbox", order = 47)
@RolesAllowed(Competence.Names.REAL_WORLD_TESTING)
public class TestingInboxView extends Main implements HasDynamicTitle {

	private final List<InboxItem> items;

	private final Grid<InboxItem> grid = new Grid<>();

	private final Checkbox open = new Checkbox();

	private final Paragraph empty = new Paragraph();

	public TestingInboxView(TestingAuthorityService authority) {
		this.items = authority.inbox();
		addClassName("page");
		addClassName("test-inbox");
		open.setLabel(getTranslation("testing.inbox.filter.open"));
		open.addValueChangeListener(event -> filter());
		grid.setAriaLabel(getTranslation("testing.inbox.title"));
		grid.addComponentColumn(item -> new Anchor(TestingRoutes.inboxPlan(item.plan().id()), item.plan().uid()))
			.setHeader(getTranslation("testing.column.uid"))
			.setAutoWidth(true);
		grid.addColumn(item -> item.plan().systemName())
			.setHeader(getTranslation("testing.column.system"))
			.setFlexGrow(2);
		grid.addColumn(item -> item.plan().providerName()).setHeader(getTranslation("testing.column.provider"));
		grid.addColumn(item -> item.review().memberState().displayName(getLocale()))
			.setHeader(getTranslation("testing.column.memberState"));
		grid.addColumn(item -> Formats.dateTime(item.review().submittedAt(), getLocale()))
			.setHeader(getTranslation("testing.column.submitted"));
		grid.addColumn(
				item -> getTranslation(item.supervision().translationKey(), item.supervision().translationArguments()))
			.setHeader(getTranslation("incident.column.supervision"));
		grid.addComponentColumn(item -> TestPlansView.badge(getTranslation(item.review().state().translationKey())))
			.setHeader(getTranslation("testing.column.review"));
		grid.addColumn(item -> item.review().state() == ReviewState.PENDING && item.review().tacitAt() != null
				? Formats.dateTime(item.review().tacitAt().minusSeconds(1), getLocale()) : "–")
			.setHeader(getTranslation("testing.column.tacit"));
		grid.addColumn(item -> getTranslation(item.plan().state().translationKey()))
			.setHeader(getTranslation("testing.column.state"));
		grid.setAllRowsVisible(true);
		empty.setText(getTranslation("testing.inbox.empty"));
		add(new H1(getTranslation("testing.inbox.title")), new Paragraph(getTranslation("testing.inbox.intro")), open,
				grid, empty);
		filter();
	}

	private void filter() {
		List<InboxItem> shown = items.stream()
			.filter(item -> !open.getValue() || item.review().state().open())
			.toList();
		grid.setItems(shown);
		grid.setVisible(!shown.isEmpty());
		empty.setVisible(shown.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("testing.inbox.title") + " · " + getTranslation("app.name");
	}

}
