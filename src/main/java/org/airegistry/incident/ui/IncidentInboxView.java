package org.airegistry.incident.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.airegistry.incident.HandlingState;
import org.airegistry.incident.IncidentAuthorityService;
import org.airegistry.incident.IncidentRoutes;
import org.airegistry.incident.AuthorityKind;
import org.airegistry.incident.InboxItem;
import org.airegistry.shared.Competence;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The competent authority's inbox of serious-incident reports routed to it: received, the
 * reporter's deadline and whether it was met, the authority's own 7-day period for
 * measures (Art 73(8)), open requests; filters by state and overdue measures.
 */
@Route(IncidentRoutes.INBOX)
@Menu(title = "nav.incidentInbox", order = 46)
@RolesAllowed(Competence.Names.SERIOUS_INCIDENTS)
public class IncidentInboxView extends Main implements HasDynamicTitle {

	private final List<InboxItem> items;

	private final Grid<InboxItem> grid = new Grid<>();

	private final ComboBox<HandlingState> state = new ComboBox<>();

	private final Checkbox overdueOnly = new Checkbox();

	private final Paragraph empty = new Paragraph();

	private final Instant now;

	public IncidentInboxView(IncidentAuthorityService authority, Clock clock) {
		this.items = authority.inbox();
		this.now = clock.instant();
		addClassName("page");
		addClassName("incident-inbox");
		state.setLabel(getTranslation("incident.inbox.filter.state"));
		state.setItems(HandlingState.RECEIVED, HandlingState.ACKNOWLEDGED, HandlingState.INFORMATION_REQUESTED,
				HandlingState.MEASURES_TAKEN, HandlingState.CLOSED);
		state.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		state.setClearButtonVisible(true);
		state.addValueChangeListener(event -> filter());
		overdueOnly.setLabel(getTranslation("incident.inbox.filter.overdue"));
		overdueOnly.addValueChangeListener(event -> filter());
		HorizontalLayout filters = new HorizontalLayout(state, overdueOnly);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);

		grid.setAriaLabel(getTranslation("incident.inbox.title"));
		grid.addComponentColumn(
				item -> new Anchor(IncidentRoutes.inboxReport(item.report().id()), item.report().reference()))
			.setHeader(getTranslation("incident.column.reference"))
			.setAutoWidth(true);
		grid.addColumn(item -> item.report().title()).setHeader(getTranslation("incident.column.title")).setFlexGrow(2);
		grid.addColumn(item -> item.report().subjectName()).setHeader(getTranslation("incident.column.subject"));
		grid.addColumn(item -> item.report().reporterName() + " ("
				+ getTranslation(item.report().role().translationKey()) + ")")
			.setHeader(getTranslation("incident.column.reporter"));
		grid.addColumn(item -> Formats.dateTime(item.handling().receivedAt(), getLocale()))
			.setHeader(getTranslation("incident.column.received"));
		grid.addComponentColumn(
				item -> item.report().late() ? IncidentsView.badge(getTranslation("incident.deadline.late"), "error")
						: IncidentsView.badge(getTranslation("incident.deadline.inTime"), "success"))
			.setHeader(getTranslation("incident.column.reporterDeadline"));
		grid.addColumn(this::supervision).setHeader(getTranslation("incident.column.supervision"));
		grid.addComponentColumn(this::handlingState).setHeader(getTranslation("incident.column.state"));
		grid.addComponentColumn(this::measures).setHeader(getTranslation("incident.column.measures"));
		grid.addColumn(item -> item.openRequests() == 0 ? "" : String.valueOf(item.openRequests()))
			.setHeader(getTranslation("incident.column.openRequests"));
		grid.setAllRowsVisible(true);
		empty.setText(getTranslation("incident.inbox.empty"));
		add(new H1(getTranslation("incident.inbox.title")), new Paragraph(getTranslation("incident.inbox.intro")),
				filters, grid, empty);
		filter();
	}

	private String supervision(InboxItem item) {
		return item.handling().kind() == AuthorityKind.AI_OFFICE
				? getTranslation(AuthorityKind.AI_OFFICE.translationKey())
				: getTranslation(item.supervision().translationKey(), item.supervision().translationArguments());
	}

	private Component handlingState(InboxItem item) {
		return IncidentsView.badge(getTranslation(item.handling().state().translationKey()),
				item.handling().state() == HandlingState.RECEIVED ? "" : "contrast");
	}

	private Component measures(InboxItem item) {
		if (item.handling().measuresRecordedAt() != null) {
			return new Span(getTranslation(
					item.handling().measuresLate() ? "incident.inbox.measuresLate" : "incident.inbox.measuresInTime",
					Formats.dateTime(item.handling().measuresRecordedAt(), getLocale())));
		}
		if (item.handling().measuresDueAt() == null) {
			return new Span("–");
		}
		String due = Formats.dateTime(item.handling().measuresDueAt().minusSeconds(1), getLocale());
		return item.handling().measuresOverdue(now)
				? IncidentsView.badge(getTranslation("incident.inbox.measuresOverdue", due), "error")
				: new Span(getTranslation("incident.inbox.measuresDue", due));
	}

	private void filter() {
		List<InboxItem> shown = items.stream()
			.filter(item -> state.getValue() == null || item.handling().state() == state.getValue())
			.filter(item -> !overdueOnly.getValue() || item.handling().measuresOverdue(now))
			.toList();
		grid.setItems(shown);
		grid.setVisible(!shown.isEmpty());
		empty.setVisible(shown.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("incident.inbox.title") + " · " + getTranslation("app.name");
	}

}
