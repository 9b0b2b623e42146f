package org.airegistry.deployment.ui;

import org.airegistry.deployment.FriaNotification;
import org.airegistry.deployment.FriaOversight;
import org.airegistry.shared.Competence;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The market surveillance authority's inbox of notified impact assessments (Art 27(3)),
 * newest first, with the notification time and whether it was acknowledged.
 */
@Route(FriaInboxView.ROUTE)
@Menu(title = "nav.friaInbox", order = 45)
@RolesAllowed(Competence.Names.FRIA_NOTIFICATIONS)
public class FriaInboxView extends Main implements HasDynamicTitle {

	static final String ROUTE = "oversight/fria";

	public FriaInboxView(FriaOversight oversight) {
		addClassName("page");
		Grid<FriaNotification> grid = new Grid<>();
		grid.setAriaLabel(getTranslation("fria.inbox.title"));
		grid.addComponentColumn(notification -> new Anchor(FriaNotificationView.route(notification.id()),
				notification.systemName() + " (" + notification.providerRegistrationNumber() + ")"))
			.setHeader(getTranslation("deployment.field.system"))
			.setFlexGrow(2);
		grid.addColumn(FriaNotification::deployerName).setHeader(getTranslation("fria.inbox.deployer"));
		grid.addColumn(FriaNotification::assessmentVersion).setHeader(getTranslation("fria.inbox.version"));
		grid.addColumn(notification -> Formats.dateTime(notification.notifiedAt(), getLocale()))
			.setHeader(getTranslation("fria.inbox.notifiedAt"));
		grid.addComponentColumn(notification -> {
			Span badge = new Span(notification.acknowledgedAt() == null ? getTranslation("fria.inbox.new")
					: getTranslation("fria.inbox.acknowledged"));
			badge.getElement()
				.getThemeList()
				.add(notification.acknowledgedAt() == null ? "badge contrast" : "badge success");
			return badge;
		}).setHeader(getTranslation("fria.inbox.state"));
		var items = oversight.inbox(500);
		grid.setItems(items);
		grid.setAllRowsVisible(true);
		Paragraph empty = new Paragraph(getTranslation("fria.inbox.empty"));
		empty.setVisible(items.isEmpty());
		add(new H1(getTranslation("fria.inbox.title")), new Paragraph(getTranslation("fria.inbox.intro")), grid, empty);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("fria.inbox.title") + " · " + getTranslation("app.name");
	}

}
