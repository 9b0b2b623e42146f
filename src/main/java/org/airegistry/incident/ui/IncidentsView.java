package org.airegistry.incident.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.airegistry.incident.GpaiModelOption;
import org.airegistry.incident.IncidentReport;
import org.airegistry.incident.IncidentRoutes;
import org.airegistry.incident.IncidentService;
import org.airegistry.incident.IncidentSummary;
import org.airegistry.incident.Route;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;

import jakarta.annotation.security.RolesAllowed;

/**
 * A provider's or deployer's serious-incident reports: start a report about a registered
 * AI system (or, for providers, a GPAI model with systemic risk), the list with each
 * report's deadline and state, and for providers the reports deployers sent them first
 * (Art 26(5)). Never public.
 */
@com.vaadin.flow.router.Route(IncidentRoutes.WORKSPACE)
@Menu(title = "nav.incidents", order = 13)
@RolesAllowed({ Role.Names.PROVIDER, Role.Names.DEPLOYER })
public class IncidentsView extends Main implements HasDynamicTitle {

	private final IncidentService incidents;

	private final TextField registrationNumber = new TextField();

	private final RadioButtonGroup<Route> route = new RadioButtonGroup<>();

	private final ComboBox<GpaiModelOption> model = new ComboBox<>();

	private final Clock clock;

	public IncidentsView(IncidentService incidents, CurrentActor currentActor, Clock clock) {
		this.incidents = incidents;
		this.clock = clock;
		addClassName("page");
		addClassName("incidents");
		boolean provider = currentActor.current().map(actor -> actor.has(Role.PROVIDER)).orElse(false);
		boolean deployer = currentActor.current().map(actor -> actor.has(Role.DEPLOYER)).orElse(false);
		add(new H1(getTranslation("incident.workspace.title")),
				new Paragraph(getTranslation("incident.workspace.intro")));
		add(startSection(provider, deployer));
		if (provider) {
			List<GpaiModelOption> models = incidents.mySystemicRiskModels();
			if (!models.isEmpty()) {
				add(modelSection(models));
			}
		}
		add(listSection());
		if (provider) {
			add(deployerReportsSection());
		}
	}

	private Section startSection(boolean provider, boolean deployer) {
		registrationNumber.setLabel(getTranslation("incident.start.registrationNumber"));
		registrationNumber
			.setHelperText(getTranslation(provider && deployer ? "incident.start.registrationNumber.both" : provider
					? "incident.start.registrationNumber.provider" : "incident.start.registrationNumber.deployer"));
		registrationNumber.setManualValidation(true);
		route.setLabel(getTranslation("incident.start.route"));
		route.setItems(Route.PROVIDER_FIRST, Route.PROVIDER_UNREACHABLE);
		route.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		route.setValue(Route.PROVIDER_FIRST);
		route.setVisible(deployer);
		Button start = new Button(getTranslation("incident.start.button"), click -> startForSystem());
		start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return new Section(new H2(getTranslation("incident.start.title")), registrationNumber, route, start);
	}

	private Section modelSection(List<GpaiModelOption> models) {
		model.setLabel(getTranslation("incident.start.model"));
		model.setHelperText(getTranslation("incident.start.model.help"));
		model.setItems(models);
		model.setItemLabelGenerator(GpaiModelOption::name);
		model.setManualValidation(true);
		Button start = new Button(getTranslation("incident.start.modelButton"), click -> startForModel());
		return new Section(new H2(getTranslation("incident.start.modelTitle")), model, start);
	}

	private void startForSystem() {
		registrationNumber.setInvalid(false);
		try {
			open(incidents.startForSystem(registrationNumber.getValue(),
					route.getValue() == null ? Route.PROVIDER_FIRST : route.getValue()));
		}
		catch (InvalidInputException ex) {
			Problems.show(ex, java.util.Map.of("registrationNumber", registrationNumber, "route", registrationNumber),
					error -> Problems.translate(this, error));
		}
	}

	private void startForModel() {
		model.setInvalid(false);
		if (model.getValue() == null) {
			model.setErrorMessage(getTranslation("validation.required"));
			model.setInvalid(true);
			return;
		}
		try {
			open(incidents.startForModel(model.getValue().id()));
		}
		catch (InvalidInputException ex) {
			Problems.show(ex, java.util.Map.of("gpaiModel", model), error -> Problems.translate(this, error));
		}
	}

	private void open(IncidentReport report) {
		getUI().ifPresent(ui -> ui.navigate(IncidentRoutes.report(report.id())));
	}

	private Section listSection() {
		List<IncidentSummary> mine = incidents.myReports();
		Instant now = clock.instant();
		Grid<IncidentSummary> grid = new Grid<>();
		grid.setAriaLabel(getTranslation("incident.mine.title"));
		grid.addComponentColumn(summary -> new Anchor(IncidentRoutes.report(summary.id()), summary.reference()))
			.setHeader(getTranslation("incident.column.reference"))
			.setAutoWidth(true);
		grid.addColumn(IncidentSummary::subjectName)
			.setHeader(getTranslation("incident.column.subject"))
			.setFlexGrow(2);
		grid.addColumn(summary -> summary.title().isEmpty() ? "–" : summary.title())
			.setHeader(getTranslation("incident.column.title"))
			.setFlexGrow(2);
		grid.addComponentColumn(summary -> badge(getTranslation(summary.state().translationKey()),
				summary.state().submitted() ? "success" : "contrast"))
			.setHeader(getTranslation("incident.column.state"));
		grid.addComponentColumn(summary -> deadline(summary, now))
			.setHeader(getTranslation("incident.column.deadline"));
		grid.addColumn(summary -> Formats.dateTime(summary.updatedAt(), getLocale()))
			.setHeader(getTranslation("incident.column.updated"));
		grid.setItems(mine);
		grid.setAllRowsVisible(true);
		Paragraph empty = new Paragraph(getTranslation("incident.mine.empty"));
		empty.setVisible(mine.isEmpty());
		grid.setVisible(!mine.isEmpty());
		return new Section(new H2(getTranslation("incident.mine.title")), grid, empty);
	}

	private Component deadline(IncidentSummary summary, Instant now) {
		if (summary.dueAt() == null) {
			return new Span(getTranslation("incident.deadline.unknown"));
		}
		String due = Formats.dateTime(summary.dueAt().minusSeconds(1), getLocale());
		if (summary.firstSubmittedAt() != null) {
			return summary.late() ? badge(getTranslation("incident.deadline.late"), "error")
					: badge(getTranslation("incident.deadline.inTime"), "success");
		}
		if (summary.overdue(now)) {
			return badge(getTranslation("incident.deadline.overdue", due), "error");
		}
		return new Span(getTranslation("incident.deadline.until", due));
	}

	private Section deployerReportsSection() {
		List<IncidentSummary> reports = incidents.deployerReportsAboutMySystems();
		Grid<IncidentSummary> grid = new Grid<>();
		grid.setAriaLabel(getTranslation("incident.fromDeployers.title"));
		grid.addComponentColumn(summary -> new Anchor(DeployerReportView.route(summary.id()), summary.reference()))
			.setHeader(getTranslation("incident.column.reference"))
			.setAutoWidth(true);
		grid.addColumn(IncidentSummary::reporterName).setHeader(getTranslation("incident.column.deployer"));
		grid.addColumn(IncidentSummary::subjectName).setHeader(getTranslation("incident.column.subject"));
		grid.addColumn(summary -> summary.firstSubmittedAt() == null ? ""
				: Formats.dateTime(summary.firstSubmittedAt(), getLocale()))
			.setHeader(getTranslation("incident.column.received"));
		grid.setItems(reports);
		grid.setAllRowsVisible(true);
		grid.setVisible(!reports.isEmpty());
		Paragraph empty = new Paragraph(getTranslation("incident.fromDeployers.empty"));
		empty.setVisible(reports.isEmpty());
		return new Section(new H2(getTranslation("incident.fromDeployers.title")),
				new Paragraph(getTranslation("incident.fromDeployers.intro")), grid, empty);
	}

	static Span badge(String text, String theme) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add("badge " + theme);
		return badge;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("incident.workspace.title") + " · " + getTranslation("app.name");
	}

}
