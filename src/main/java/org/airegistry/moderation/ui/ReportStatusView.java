package org.airegistry.moderation.ui;

import org.airegistry.moderation.InaccuracyReport;
import org.airegistry.moderation.InaccuracyReports;
import org.airegistry.registry.RegistryRoutes;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The reporter's private view of one report, reached only through the link's token. The
 * token is a query parameter, never part of the path, so that paths in logs and in the
 * audit trail never carry it (DD042).
 */
@Route(ReportStatusView.ROUTE)
@AnonymousAllowed
public class ReportStatusView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = "reports/status";

	/** The private link of a report, relative to the portal. */
	static String link(String token) {
		return ROUTE + "?token=" + token;
	}

	private final InaccuracyReports reports;

	private String title = "";

	public ReportStatusView(InaccuracyReports reports) {
		this.reports = reports;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
		InaccuracyReport report = token.isBlank() ? null : reports.byToken(token).orElse(null);
		if (report == null) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		removeAll();
		title = getTranslation("report.status.title", report.reference());
		DescriptionList details = new DescriptionList();
		Reports.term(details, getTranslation("report.column.entry"),
				new Anchor(RegistryRoutes.permalink(report.registrationNumber()), report.registrationNumber()));
		Reports.describe(this, details, report, getLocale());
		add(new H1(title), details);
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
