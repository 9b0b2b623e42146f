package org.airegistry.incident.ui;

import java.util.Optional;

import org.airegistry.incident.IncidentCase;
import org.airegistry.incident.IncidentId;
import org.airegistry.incident.IncidentReport;
import org.airegistry.incident.IncidentRoutes;
import org.airegistry.incident.IncidentService;
import org.airegistry.incident.SubmittedVersion;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A deployer's report about one of the provider's systems, sent to the provider first
 * (Art 26(5)): read it and start the provider's own report from it (Art 73).
 */
@Route(DeployerReportView.ROUTE)
@RolesAllowed(Role.Names.PROVIDER)
public class DeployerReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = IncidentRoutes.WORKSPACE + "/deployer/:id";

	private final IncidentService incidents;

	private String title = "";

	public DeployerReportView(IncidentService incidents) {
		this.incidents = incidents;
		addClassName("page");
	}

	static String route(IncidentId id) {
		return IncidentRoutes.WORKSPACE + "/deployer/" + id.value();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<IncidentId> id = IncidentId.parse(event.getRouteParameters().get("id").orElse(""));
		try {
			show(incidents.deployerReport(id.orElseThrow(() -> new NotFoundException("Serious-incident report"))));
		}
		catch (NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	private void show(IncidentCase shown) {
		removeAll();
		IncidentReport report = shown.report();
		title = getTranslation("incident.fromDeployer.title", report.reference());
		add(new H1(title));
		add(new Paragraph(getTranslation("incident.fromDeployer.intro", report.reporterName(), report.subjectName(),
				report.registrationNumber() == null ? "" : report.registrationNumber())));
		Button start = new Button(getTranslation("incident.fromDeployer.start"), click -> {
			IncidentReport own = incidents.startFromDeployerReport(report.id());
			getUI().ifPresent(ui -> ui.navigate(IncidentRoutes.report(own.id())));
		});
		start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(start);
		add(new H2(getTranslation("incident.editor.versions")));
		for (SubmittedVersion version : shown.versions()) {
			Details details = new Details(getTranslation("incident.version.summary", version.number(),
					getTranslation(version.type().translationKey()),
					Formats.dateTime(version.submittedAt(), getLocale()),
					version.changeSummary().isEmpty() ? "–" : version.changeSummary()));
			details.add(new ReportDetails(version, report.role(),
					sha -> incidents.deployerReportAttachment(report.id(), sha)));
			details.setOpened(version.number() == shown.versions().getFirst().number());
			add(details);
		}
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
