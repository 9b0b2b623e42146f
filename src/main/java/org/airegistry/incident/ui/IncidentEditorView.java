package org.airegistry.incident.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
import org.airegistry.publication.ui.DraftEditing;
import org.airegistry.publication.ui.EditorLayout;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.Problems;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
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
public class IncidentEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

	static final String ROUTE = IncidentRoutes.WORKSPACE + "/:id";

	private final IncidentService incidents;

	private final Clock clock;

	private final H1 heading = new H1();

	private final Div body = new Div();

	private final TextField changeSummary = new TextField();

	private @Nullable IncidentCase current;

	/** The form of the report shown, kept while the report is (problems stay on it). */
	private @Nullable IncidentForm form;

	private @Nullable IncidentId formFor;

	private @Nullable DraftEditing<IncidentReportData, IncidentCase> editing;

	public IncidentEditorView(IncidentService incidents, Clock clock) {
		this.incidents = incidents;
		this.clock = clock;
		addClassName("page");
		addClassName("incident-editor");
		EditorLayout.changeSummary(this, changeSummary, "incident.editor.changeSummary",
				"incident.editor.changeSummary.help");
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

	/** Leaving with unsaved changes asks first. */
	@Override
	public void beforeLeave(BeforeLeaveEvent event) {
		DraftEditing<IncidentReportData, IncidentCase> drafts = editing;
		if (drafts != null) {
			drafts.beforeLeave(event);
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
			IncidentForm editor = form(report);
			List<ReportType> allowed = IncidentStateMachine.allowed(report.state());
			editor.allow(allowed);
			IncidentReportData draft = report.draft();
			if (!allowed.contains(draft.reportType())) {
				draft = draft.withReportType(allowed.getFirst());
			}
			editor.form().read(draft);
			changeSummary.setVisible(report.submittedVersion() != null);
			changeSummary.clear();
			Button save = new Button(getTranslation("incident.editor.save"), click -> save());
			Button submit = EditorLayout
				.primary(new Button(getTranslation("incident.editor.submit"), click -> submit()));
			Button back = EditorLayout.tertiary(new Button(getTranslation("incident.editor.back"),
					click -> getUI().ifPresent(ui -> ui.navigate(IncidentRoutes.WORKSPACE))));
			DraftEditing<IncidentReportData, IncidentCase> drafts = Objects.requireNonNull(editing);
			body.add(new Section(new H2(getTranslation("incident.editor.form")), editor, changeSummary,
					EditorLayout.actions(save, submit, back),
					drafts.publishingWith(submit, "incident.editor.nothingToSubmit")));
			drafts.shown(shown);
		}
		else {
			form = null;
			editing = null;
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

	/**
	 * The report's form and its draft editing, made once per report: saving and
	 * submitting show the report again in the same inputs, so the problems they mark stay
	 * visible.
	 */
	private IncidentForm form(IncidentReport report) {
		IncidentForm editor = form;
		if (editor != null && editing != null && report.id().equals(formFor)) {
			return editor;
		}
		AttachmentsField attachments = new AttachmentsField(incidents.maxAttachmentBytes(),
				(fileName, content) -> incidents.storeAttachment(report.id(), fileName, content),
				sha -> incidents.attachment(report.id(), sha));
		editor = new IncidentForm(report.role(), report.route(),
				report.annexIIIPoint() != null && report.annexIIIPoint().area() == 1, attachments);
		editing = new DraftEditing<>(this, new Reports(), editor.form(), changeSummary, Problems.NOTICES,
				new DraftEditing.Messages("incident.editor.concurrentEdit", "incident.editor.fixErrors"));
		form = editor;
		formFor = report.id();
		return editor;
	}

	/** The caller's reports as the editor saves and submits them. */
	private final class Reports implements DraftEditing.Drafts<IncidentReportData, IncidentCase> {

		@Override
		public IncidentCase save(IncidentCase opened, IncidentReportData data) {
			IncidentReport saved = incidents.save(opened.report().id(), opened.report().lockVersion(), data);
			return incidents.open(saved.id());
		}

		@Override
		public int publish(IncidentCase saved, String changeSummary) {
			Integer version = incidents.submit(saved.report().id(), saved.report().lockVersion(), changeSummary)
				.submittedVersion();
			return version == null ? 0 : version;
		}

		@Override
		public IncidentCase reopen(IncidentCase draft) {
			return incidents.open(draft.report().id());
		}

		/**
		 * Submitted and not changed since; a report shown with another type than it was
		 * saved with (the state allows no longer its own) holds that change.
		 */
		@Override
		public boolean unchanged(IncidentCase saved) {
			IncidentReport report = saved.report();
			return report.submittedVersion() != null && !report.draftChanged()
					&& IncidentStateMachine.allowed(report.state()).contains(report.draft().reportType());
		}

	}

	private void save() {
		DraftEditing<IncidentReportData, IncidentCase> drafts = editing;
		if (drafts != null) {
			drafts.save(current, this::show)
				.ifPresent(saved -> Problems.success(getTranslation("incident.editor.saved")));
		}
	}

	/** Submits the next version to the authorities (the button says so; no dialog). */
	private void submit() {
		DraftEditing<IncidentReportData, IncidentCase> drafts = editing;
		if (drafts != null) {
			drafts.publish(current, this::show, DraftEditing.Confirmation.none(), submitted -> {
				show(submitted.draft());
				Problems.success(getTranslation(submitted.draft().report().late() && submitted.version() == 1
						? "incident.editor.submittedLate" : "incident.editor.submitted", submitted.version()));
			});
		}
	}

	@Override
	public String getPageTitle() {
		return heading.getText() + " · " + getTranslation("app.name");
	}

}
