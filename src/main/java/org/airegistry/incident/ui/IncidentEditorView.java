package org.airegistry.incident.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.airegistry.incident.IncidentCase;
import org.airegistry.incident.IncidentDeadline;
import org.airegistry.incident.IncidentId;
import org.airegistry.incident.IncidentReport;
import org.airegistry.incident.IncidentReportData;
import org.airegistry.incident.IncidentRoutes;
import org.airegistry.incident.IncidentService;
import org.airegistry.incident.IncidentState;
import org.airegistry.incident.IncidentStateMachine;
import org.airegistry.incident.ReportType;
import org.airegistry.incident.SubmittedVersion;
import org.airegistry.publication.ChangeSummary;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.Problems;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One serious-incident report of the caller's organisation: its deadline with the work
 * behind it, what the authorities did (requests to answer, measures), the form, and the
 * submitted versions. Submitting sends the next version to the authorities.
 */
@Route(IncidentEditorView.ROUTE)
@RolesAllowed({ Role.Names.PROVIDER, Role.Names.DEPLOYER })
public class IncidentEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = IncidentRoutes.WORKSPACE + "/:id";

	private final IncidentService incidents;

	private final Clock clock;

	private final H1 heading = new H1();

	private final Div body = new Div();

	private final TextField changeSummary = new TextField();

	private @Nullable IncidentCase current;

	private @Nullable IncidentForm form;

	public IncidentEditorView(IncidentService incidents, Clock clock) {
		this.incidents = incidents;
		this.clock = clock;
		addClassName("page");
		addClassName("incident-editor");
		add(heading, body);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<IncidentId> id = IncidentId.parse(event.getRouteParameters().get("id").orElse(""));
		try {
			show(incidents.open(id.orElseThrow(() -> new NotFoundException("Serious-incident report"))));
		}
		catch (NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	private void show(IncidentCase shown) {
		current = shown;
		IncidentReport report = shown.report();
		Instant now = clock.instant();
		heading.setText(getTranslation("incident.editor.title", report.reference()));
		body.removeAll();

		Paragraph subject = new Paragraph(getTranslation("incident.editor.subject", report.subjectName(),
				report.registrationNumber() == null ? "" : report.registrationNumber(),
				getTranslation(report.role().translationKey()), getTranslation(report.route().translationKey())));
		if (report.registrationNumber() != null && !report.registrationNumber().startsWith("AIR-R-")) {
			subject.add(" ");
			subject.add(new com.vaadin.flow.component.html.Anchor(RegistryRoutes.permalink(report.registrationNumber()),
					getTranslation("incident.editor.entryLink")));
		}
		body.add(subject);

		Section status = new Section(new H2(getTranslation("incident.editor.status")));
		status.setId("incident-status");
		status.getElement().setAttribute("aria-live", "polite");
		status
			.add(new Paragraph(getTranslation("incident.editor.state", getTranslation(report.state().translationKey()),
					report.submittedVersion() == null ? 0 : report.submittedVersion())));
		Optional<IncidentDeadline> deadline = shown.deadline();
		if (deadline.isPresent()) {
			Paragraph due = new Paragraph(DeadlineText.of(this, getLocale(), deadline.get()));
			due.setId("incident-deadline");
			Paragraph where = new Paragraph(DeadlineText.status(this, getLocale(), deadline.get(), now,
					report.firstSubmittedAt(), report.late()));
			where.setId("incident-deadline-status");
			if (report.late() || report.overdue(now)) {
				where.addClassName("overdue");
			}
			status.add(due, where);
			if (report.firstSubmittedAt() == null) {
				status.add(new Paragraph(getTranslation("incident.deadline.immediately")));
			}
		}
		else {
			status.add(new Paragraph(getTranslation("incident.deadline.unknownHelp")));
		}
		body.add(status);

		if (!shown.authorities().isEmpty()) {
			body.add(new Section(new H2(getTranslation("incident.editor.authorities")),
					new AuthorityStatusList(shown.authorities(), now, true)));
		}

		if (report.state() != IncidentState.CLOSED) {
			AttachmentsField attachments = new AttachmentsField(incidents.maxAttachmentBytes(),
					(fileName, content) -> incidents.storeAttachment(report.id(), fileName, content),
					sha -> incidents.attachment(report.id(), sha));
			IncidentForm editor = new IncidentForm(report.role(), report.route(),
					report.annexIIIPoint() != null && report.annexIIIPoint().area() == 1, attachments);
			List<ReportType> allowed = IncidentStateMachine.allowed(report.state());
			editor.allow(allowed);
			IncidentReportData draft = report.draft();
			if (!allowed.contains(draft.reportType())) {
				draft = draft.withReportType(allowed.getFirst());
			}
			editor.read(draft);
			form = editor;
			changeSummary.setLabel(getTranslation("incident.editor.changeSummary"));
			changeSummary.setHelperText(getTranslation("incident.editor.changeSummary.help"));
			changeSummary.setMaxLength(ChangeSummary.MAX);
			changeSummary.setWidthFull();
			changeSummary.setManualValidation(true);
			changeSummary.setVisible(report.submittedVersion() != null);
			changeSummary.clear();
			Button save = new Button(getTranslation("incident.editor.save"), click -> save());
			Button submit = new Button(getTranslation("incident.editor.submit"), click -> submit());
			submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button back = new Button(getTranslation("incident.editor.back"),
					click -> getUI().ifPresent(ui -> ui.navigate(IncidentRoutes.WORKSPACE)));
			back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			HorizontalLayout actions = new HorizontalLayout(save, submit, back);
			actions.addClassName("form-actions");
			actions.setWrap(true);
			body.add(new Section(new H2(getTranslation("incident.editor.form")), editor, changeSummary, actions));
		}
		else {
			form = null;
			body.add(new Paragraph(getTranslation("incident.editor.closed")));
		}

		if (!shown.versions().isEmpty()) {
			Section versions = new Section(new H2(getTranslation("incident.editor.versions")));
			for (SubmittedVersion version : shown.versions()) {
				Details details = new Details(getTranslation("incident.version.summary", version.number(),
						getTranslation(version.type().translationKey()),
						Formats.dateTime(version.submittedAt(), getLocale()),
						version.changeSummary().isEmpty() ? "–" : version.changeSummary()));
				details.add(new ReportDetails(version, report.role(), sha -> incidents.attachment(report.id(), sha)));
				versions.add(details);
			}
			body.add(versions);
		}
	}

	private @Nullable IncidentCase store() {
		IncidentCase shown = current;
		IncidentForm editor = form;
		if (shown == null || editor == null) {
			return null;
		}
		Optional<IncidentReportData> data = editor.write();
		if (data.isEmpty()) {
			Problems.error(getTranslation("incident.editor.fixErrors"));
			return null;
		}
		try {
			IncidentReport saved = incidents.save(shown.report().id(), shown.report().lockVersion(), data.get());
			return incidents.open(saved.id());
		}
		catch (InvalidInputException ex) {
			editor.show(ex);
			Problems.error(getTranslation("incident.editor.fixErrors"));
		}
		catch (ConcurrentEditException ex) {
			Problems.error(getTranslation("incident.editor.concurrentEdit"));
		}
		catch (ActionRefusedException ex) {
			Problems.error(getTranslation(ex.messageKey()));
		}
		return null;
	}

	private void save() {
		IncidentCase saved = store();
		if (saved != null) {
			show(saved);
			Problems.success(getTranslation("incident.editor.saved"));
		}
	}

	private void submit() {
		String summary = changeSummary.getValue();
		IncidentCase saved = store();
		if (saved == null) {
			return;
		}
		try {
			IncidentReport submitted = incidents.submit(saved.report().id(), saved.report().lockVersion(), summary);
			show(incidents.open(submitted.id()));
			Problems.success(getTranslation(submitted.late() && submitted.submittedVersion() == 1
					? "incident.editor.submittedLate" : "incident.editor.submitted", submitted.submittedVersion()));
		}
		catch (InvalidInputException ex) {
			show(saved);
			IncidentForm editor = form;
			if (editor != null) {
				editor.show(ex);
			}
			ex.errors()
				.stream()
				.filter(error -> error.field().equals(ChangeSummary.FIELD))
				.findFirst()
				.ifPresent(error -> {
					changeSummary.setValue(summary);
					changeSummary.setErrorMessage(Problems.translate(this, error));
					changeSummary.setInvalid(true);
				});
			Problems.error(getTranslation("incident.editor.fixErrors"));
		}
		catch (ActionRefusedException ex) {
			Problems.error(getTranslation(ex.messageKey()));
		}
		catch (ConcurrentEditException ex) {
			Problems.error(getTranslation("incident.editor.concurrentEdit"));
		}
	}

	@Override
	public String getPageTitle() {
		return heading.getText() + " · " + getTranslation("app.name");
	}

}
