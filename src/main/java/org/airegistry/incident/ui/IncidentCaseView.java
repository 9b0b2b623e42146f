package org.airegistry.incident.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.airegistry.incident.AuthorityCase;
import org.airegistry.incident.AuthorityKind;
import org.airegistry.incident.Handling;
import org.airegistry.incident.HandlingState;
import org.airegistry.incident.IncidentAuthorityService;
import org.airegistry.incident.IncidentId;
import org.airegistry.incident.IncidentReport;
import org.airegistry.incident.IncidentRoutes;
import org.airegistry.incident.MeasureKind;
import org.airegistry.incident.SubmittedVersion;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.Competence;
import org.airegistry.shared.NotFoundException;
import org.airegistry.publication.ui.EditorLayout;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.Problems;
import org.airegistry.shell.components.LocalisedDatePicker;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A serious-incident report as the competent authority handles it: the facts and the
 * reporter's deadline, the authority's own period for measures, its actions (acknowledge,
 * request information, record measures, record the Commission's notification, close,
 * publish a notice on the system's public page) and every submitted version.
 */
@Route(IncidentCaseView.ROUTE)
@RolesAllowed(Competence.Names.SERIOUS_INCIDENTS)
public class IncidentCaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = IncidentRoutes.INBOX + "/:id";

	private final IncidentAuthorityService authority;

	private final Clock clock;

	private String title = "";

	private @Nullable IncidentId shownId;

	public IncidentCaseView(IncidentAuthorityService authority, Clock clock) {
		this.authority = authority;
		this.clock = clock;
		addClassName("page");
		addClassName("incident-case");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<IncidentId> id = IncidentId.parse(event.getRouteParameters().get("id").orElse(""));
		try {
			show(authority.open(id.orElseThrow(() -> new NotFoundException("Serious-incident report"))));
		}
		catch (NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	private void reload() {
		IncidentId id = shownId;
		if (id != null) {
			show(authority.open(id));
		}
	}

	private void show(AuthorityCase shown) {
		removeAll();
		IncidentReport report = shown.report();
		shownId = report.id();
		Instant now = clock.instant();
		title = getTranslation("incident.case.title", report.reference());
		add(new H1(title));
		Paragraph subject = new Paragraph(getTranslation("incident.case.subject", report.subjectName(),
				report.registrationNumber() == null ? "–" : report.registrationNumber(),
				report.annexIIIPoint() == null ? "–" : getTranslation(report.annexIIIPoint().translationKey())));
		if (report.registrationNumber() != null) {
			subject.add(" ");
			subject.add(new Anchor(
					report.registrationNumber().startsWith("AIR-R-")
							? "oversight/restricted/" + report.registrationNumber()
							: RegistryRoutes.permalink(report.registrationNumber()),
					getTranslation("incident.case.entryLink")));
		}
		add(subject);
		add(new Paragraph(getTranslation("incident.case.reporter", report.reporterName(),
				getTranslation(report.role().translationKey()), getTranslation(report.route().translationKey()))));
		Section timing = new Section(new H2(getTranslation("incident.case.timing")));
		shown.deadline().ifPresent(deadline -> {
			timing.add(new Paragraph(DeadlineText.of(this, getLocale(), deadline)));
			Paragraph met = new Paragraph(
					DeadlineText.status(this, getLocale(), deadline, now, report.firstSubmittedAt(), report.late()));
			met.setId("incident-reporter-deadline");
			if (report.late()) {
				met.addClassName("overdue");
			}
			timing.add(met);
		});
		add(timing);

		Handling own = shown.own().handling();
		Section handling = new Section(new H2(getTranslation("incident.case.handling")));
		handling.setId("incident-handling");
		handling.add(new AuthorityStatusList(java.util.List.of(shown.own()), now, true));
		if (own.kind() == AuthorityKind.MARKET_SURVEILLANCE && own.state().open()) {
			handling.add(
					new Paragraph(own.commissionNotifiedAt() == null ? getTranslation("incident.case.commissionPending")
							: getTranslation("incident.case.commissionNotified",
									Formats.dateTime(own.commissionNotifiedAt(), getLocale()))));
		}
		if (own.state().open()) {
			handling.add(actions(report, own));
		}
		add(handling);
		if (shown.authorities().size() > 1) {
			add(new Section(new H2(getTranslation("incident.case.others")),
					new AuthorityStatusList(shown.authorities().subList(1, shown.authorities().size()), now, false)));
		}
		Section versions = new Section(new H2(getTranslation("incident.editor.versions")));
		for (SubmittedVersion version : shown.versions()) {
			Details details = new Details(getTranslation("incident.version.summary", version.number(),
					getTranslation(version.type().translationKey()),
					Formats.dateTime(version.submittedAt(), getLocale()),
					version.changeSummary().isEmpty() ? "–" : version.changeSummary()));
			details.add(new ReportDetails(version, report.role(), sha -> authority.attachment(report.id(), sha)));
			details.setOpened(version.number() == shown.latest().number());
			versions.add(details);
		}
		add(versions);
	}

	private Div actions(IncidentReport report, Handling own) {
		Div actions = new Div();
		actions.addClassName("incident-actions");
		if (own.state() == HandlingState.RECEIVED) {
			Button acknowledge = new Button(getTranslation("incident.case.acknowledge"),
					click -> run(() -> authority.acknowledge(report.id()), "incident.case.acknowledged", Map.of()));
			acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			actions.add(acknowledge);
		}

		TextArea request = new TextArea(getTranslation("incident.case.requestText"));
		request.setWidthFull();
		request.setMaxLength(IncidentAuthorityService.TEXT_MAX);
		request.setManualValidation(true);
		DatePicker dueOn = new LocalisedDatePicker(getTranslation("incident.case.requestDue"));
		dueOn.setLocale(getLocale());
		dueOn.setManualValidation(true);
		Button ask = new Button(getTranslation("incident.case.request"),
				click -> run(() -> authority.requestInformation(report.id(), request.getValue(), dueOn.getValue()),
						"incident.case.requested", Map.of("requestText", request, "dueOn", dueOn)));
		actions.add(group("request", request, dueOn, ask));

		Select<MeasureKind> kind = new Select<>();
		kind.setLabel(getTranslation("incident.case.measureKind"));
		kind.setItems(MeasureKind.values());
		kind.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		TextArea measure = new TextArea(getTranslation("incident.case.measureText"));
		measure.setWidthFull();
		measure.setMaxLength(IncidentAuthorityService.TEXT_MAX);
		measure.setManualValidation(true);
		Button record = new Button(getTranslation("incident.case.recordMeasures"),
				click -> run(() -> authority.recordMeasures(report.id(), kind.getValue(), measure.getValue()),
						"incident.case.measuresRecorded", Map.of("measureKind", kind, "measureText", measure)));
		actions.add(group("measures", kind, measure, record));

		if (own.kind() == AuthorityKind.MARKET_SURVEILLANCE && own.commissionNotifiedAt() == null) {
			Button commission = new Button(getTranslation("incident.case.commission"),
					click -> run(() -> authority.commissionNotified(report.id()), "incident.case.commissionRecorded",
							Map.of()));
			actions.add(group("commission", commission));
		}

		if (report.registrationNumber() != null && !report.registrationNumber().startsWith("AIR-R-")) {
			TextArea notice = new TextArea(getTranslation("incident.case.noticeText"));
			notice.setWidthFull();
			notice.setHelperText(getTranslation("incident.case.noticeText.help"));
			notice.setManualValidation(true);
			Button publish = new Button(getTranslation("incident.case.publishNotice"),
					click -> run(() -> authority.publishNotice(report.id(), notice.getValue()),
							"incident.case.noticePublished", Map.of("notice", notice)));
			actions.add(group("notice", notice, publish));
		}

		TextArea reason = new TextArea(getTranslation("incident.case.closeReason"));
		reason.setWidthFull();
		reason.setMaxLength(IncidentAuthorityService.TEXT_MAX);
		reason.setManualValidation(true);
		Button close = new Button(getTranslation("incident.case.close"),
				click -> run(() -> authority.close(report.id(), reason.getValue()), "incident.case.closed",
						Map.of("closeReason", reason)));
		close.addThemeVariants(ButtonVariant.LUMO_ERROR);
		actions.add(group("close", reason, close));
		return actions;
	}

	private Div group(String name, com.vaadin.flow.component.Component... components) {
		return EditorLayout.group(this, "incident.case.group." + name, "incident-action", components);
	}

	private void run(Runnable action, String success, Map<String, ? extends HasValidation> fields) {
		Problems.attempt(this, action, fields, "incident.editor.concurrentEdit", () -> {
			reload();
			Problems.success(getTranslation(success));
		});
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
