package org.airegistry.testing.ui;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.airegistry.incident.IncidentRoutes;
import org.airegistry.publication.PublicHold;
import org.airegistry.publication.ui.DraftEditing;
import org.airegistry.publication.ui.EditorLayout;
import org.airegistry.registry.StoredDocument;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.PdfUpload;
import org.airegistry.shell.components.Problems;
import org.airegistry.testing.RegisteredVersion;
import org.airegistry.testing.TestPlan;
import org.airegistry.testing.TestPlanCase;
import org.airegistry.testing.TestPlanData;
import org.airegistry.testing.TestPlanId;
import org.airegistry.testing.TestPlanService;
import org.airegistry.testing.TestPlanState;
import org.airegistry.testing.TestingRoutes;
import org.airegistry.shell.components.LocalisedDatePicker;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * One test plan of the caller's organisation: its UID, where it stands with each
 * authority, who may see it, the notifications of Art 60(4)(f) and 60(8) (start,
 * extension, suspension, termination, outcome), the form of the registration and of the
 * conditions kept for the authorities, the plan documents and the registered versions.
 */
@Route(TestPlanEditorView.ROUTE)
@RolesAllowed(Role.Names.PROVIDER)
public class TestPlanEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

	static final String ROUTE = TestingRoutes.WORKSPACE + "/:id";

	private final TestPlanService plans;

	private final H1 heading = new H1();

	private final Div body = new Div();

	private final TextField changeSummary = new TextField();

	private @Nullable TestPlanCase current;

	/** The inputs of the notifications offered now, by field name. */
	private final Map<String, HasValue<?, ?>> actionInputs = new HashMap<>();

	/** The plan whose notifications {@link #actionInputs} are. */
	private @Nullable TestPlanId actionsFor;

	/** The plan's form, made once: saving shows the plan again in the same inputs. */
	private @Nullable TestPlanForm form;

	private @Nullable DraftEditing<TestPlanContent, TestPlanCase> editing;

	public TestPlanEditorView(TestPlanService plans) {
		this.plans = plans;
		addClassName("page");
		addClassName("test-plan-editor");
		EditorLayout.changeSummary(this, changeSummary, "testing.editor.changeSummary",
				"testing.editor.changeSummary.help");
		add(heading, body);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<TestPlanId> id = TestPlanId.parse(event.getRouteParameters().get("id").orElse(""));
		try {
			show(plans.open(id.orElseThrow(() -> new NotFoundException("Test plan"))));
		}
		catch (NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	/** Leaving with unsaved changes asks first. */
	@Override
	public void beforeLeave(BeforeLeaveEvent event) {
		DraftEditing<TestPlanContent, TestPlanCase> drafts = editing;
		if (drafts != null) {
			drafts.beforeLeave(event);
		}
	}

	/**
	 * Shows the plan again after an upload or a notification, keeping what the author
	 * typed in the form and the change summary and did not save yet: it is put back and
	 * stays unsaved (the issue charter: the editor "loses nothing"; the inputs of the
	 * notifications keep theirs in {@link #actions}). A plan that ended has no form any
	 * more.
	 */
	private void reload() {
		TestPlanCase shown = current;
		if (shown != null) {
			TestPlanForm editor = form;
			Runnable typed = editor == null ? () -> {
			} : editor.form().typed();
			String summary = changeSummary.getValue();
			TestPlanCase reloaded = plans.open(shown.plan().id());
			show(reloaded);
			if (!reloaded.plan().state().ended()) {
				typed.run();
				changeSummary.setValue(summary);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static <V> void put(HasValue<?, V> input, Object value) {
		input.setValue((V) value);
	}

	private void show(TestPlanCase shown) {
		current = shown;
		TestPlan plan = shown.plan();
		Locale locale = getLocale();
		heading.setText(getTranslation("testing.editor.title", plan.uid()));
		body.removeAll();
		Paragraph uid = new Paragraph(new Span(getTranslation("testing.editor.uid", plan.uid())));
		uid.add(" " + getTranslation("testing.editor.uid.help"));
		uid.addClassName("test-uid");
		body.add(uid);

		Section status = new Section(new H2(getTranslation("testing.editor.status")));
		status.setId("test-status");
		status.getElement().setAttribute("aria-live", "polite");
		status
			.add(new Paragraph(getTranslation("testing.editor.state", getTranslation(plan.state().translationKey()))));
		Paragraph visibility = new Paragraph(visibility(plan));
		visibility.setId("test-visibility");
		status.add(visibility);
		if (plan.publiclyVisible()) {
			status.add(new Anchor(TestingRoutes.permalink(plan.uid()), getTranslation("testing.editor.publicPage")));
		}
		if (plan.startedOn() != null) {
			status.add(new Paragraph(getTranslation("testing.editor.running", Days.format(plan.startedOn(), locale),
					plan.endLimit() == null ? "–" : Days.format(plan.endLimit(), locale))));
		}
		if (!shown.reviews().isEmpty() || !shown.events().isEmpty()) {
			status.add(new ReviewList(shown.reviews(), shown.events()));
		}
		body.add(status);

		Div actions = actions(plan);
		if (actions.getChildren().findAny().isPresent()) {
			body.add(new Section(new H2(getTranslation("testing.editor.notifications")), actions));
		}

		if (!plan.state().ended()) {
			TestPlanForm editor = form();
			editor.form().read(new TestPlanContent(plan.draft(), plan.conduct()));
			changeSummary.setVisible(plan.registeredVersion() != null);
			changeSummary.clear();
			Button save = new Button(getTranslation("testing.editor.save"), click -> save());
			Button register = EditorLayout.primary(new Button(
					getTranslation(
							plan.registeredVersion() == null ? "testing.editor.register" : "testing.editor.update"),
					click -> register()));
			DraftEditing<TestPlanContent, TestPlanCase> drafts = Objects.requireNonNull(editing);
			body.add(new Section(new H2(getTranslation("testing.editor.form")), editor, documents(shown), changeSummary,
					EditorLayout.actions(save, register),
					drafts.publishingWith(register, "testing.editor.nothingToRegister")));
			drafts.shown(shown);
		}
		else {
			// the test ended while the form was open (the author chose to discard what it
			// held): nothing is left unsaved, leaving and the tab ask no more
			TestPlanForm editor = form;
			DraftEditing<TestPlanContent, TestPlanCase> drafts = editing;
			if (editor != null && drafts != null) {
				editor.form().read(new TestPlanContent(plan.draft(), plan.conduct()));
				drafts.shown(shown);
			}
		}

		if (!shown.versions().isEmpty()) {
			Section versions = new Section(new H2(getTranslation("testing.editor.versions")));
			for (RegisteredVersion version : shown.versions()) {
				Details details = new Details(getTranslation("testing.version.summary", version.number(),
						Formats.dateTime(version.registeredAt(), locale),
						getTranslation("testing.visibility." + version.visibility().name()),
						version.changeSummary().isEmpty() ? "–" : version.changeSummary()));
				details.add(new PlanDetails(version.data(), version.contentSha256()));
				versions.add(details);
			}
			body.add(versions);
		}
	}

	private String visibility(TestPlan plan) {
		if (plan.visibility() == null) {
			return getTranslation("testing.editor.visibility.unregistered");
		}
		if (plan.hold() == PublicHold.CONSENT_WITHDRAWN) {
			return getTranslation("testing.editor.visibility.withdrawn");
		}
		return getTranslation("testing.editor.visibility." + plan.visibility().name());
	}

	private Div actions(TestPlan plan) {
		Div actions = new Div();
		actions.addClassName("test-actions");
		// what was typed into a notification not sent yet is offered again in it
		Map<String, Object> typed = new HashMap<>();
		if (plan.id().equals(actionsFor)) {
			actionInputs.forEach((name, input) -> {
				if (!input.isEmpty()) {
					typed.put(name, input.getValue());
				}
			});
		}
		actionInputs.clear();
		actionsFor = plan.id();
		TestPlanState state = plan.state();
		if (state == TestPlanState.APPROVED) {
			DatePicker day = new LocalisedDatePicker(getTranslation("testing.action.startedOn"));
			day.setLocale(getLocale());
			day.setManualValidation(true);
			actionInputs.put("startedOn", day);
			Button start = new Button(getTranslation("testing.action.start"),
					click -> run(() -> plans.start(plan.id(), day.getValue()), "testing.action.started",
							Map.of("startedOn", day)));
			start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			actions.add(group("start", day, start));
		}
		if ((state == TestPlanState.ACTIVE || state == TestPlanState.SUSPENDED) && !plan.extended()) {
			DatePicker newEnd = new LocalisedDatePicker(getTranslation("testing.action.newEnd"));
			newEnd.setLocale(getLocale());
			newEnd.setManualValidation(true);
			actionInputs.put("newEnd", newEnd);
			if (plan.endLimit() != null) {
				newEnd.setMin(plan.endLimit().plusDays(1));
				newEnd.setMax(plan.endLimit().plusMonths(TestPlanData.MAX_MONTHS));
			}
			TextArea reason = reason("extensionReason");
			Button extend = new Button(getTranslation("testing.action.extend"),
					click -> run(() -> plans.extend(plan.id(), newEnd.getValue(), reason.getValue()),
							"testing.action.extended", Map.of("newEnd", newEnd, "extensionReason", reason)));
			actions.add(group("extend", newEnd, reason, extend));
		}
		if (state == TestPlanState.ACTIVE) {
			TextArea reason = reason("suspensionReason");
			Button suspend = new Button(getTranslation("testing.action.suspend"),
					click -> run(() -> plans.suspend(plan.id(), reason.getValue()), "testing.action.suspended",
							Map.of("suspensionReason", reason)));
			Paragraph incident = new Paragraph(getTranslation("testing.action.incident") + " ");
			incident.add(new Anchor(IncidentRoutes.WORKSPACE, getTranslation("testing.action.incidentLink")));
			actions.add(group("suspend", incident, reason, suspend));
			Button complete = new Button(getTranslation("testing.action.complete"),
					click -> ending(() -> run(() -> plans.complete(plan.id()), "testing.action.completed", Map.of())));
			actions.add(group("complete", complete));
		}
		if (state == TestPlanState.SUSPENDED) {
			Button resume = new Button(getTranslation("testing.action.resume"),
					click -> run(() -> plans.resume(plan.id()), "testing.action.resumed", Map.of()));
			actions.add(group("resume", resume));
		}
		if (state == TestPlanState.APPROVED || state == TestPlanState.ACTIVE || state == TestPlanState.SUSPENDED) {
			TextArea reason = reason("terminationReason");
			Button terminate = new Button(getTranslation("testing.action.terminate"),
					click -> ending(() -> run(() -> plans.terminate(plan.id(), reason.getValue()),
							"testing.action.terminated", Map.of("terminationReason", reason))));
			terminate.addThemeVariants(ButtonVariant.LUMO_ERROR);
			actions.add(group("terminate", reason, terminate));
		}
		if ((state == TestPlanState.TERMINATED || state == TestPlanState.COMPLETED)
				&& plan.outcomeNotifiedAt() == null) {
			TextArea summary = reason("outcomeSummary");
			Button notify = new Button(getTranslation("testing.action.notifyOutcome"),
					click -> run(() -> plans.notifyOutcome(plan.id(), summary.getValue()),
							"testing.action.outcomeNotified", Map.of("outcomeSummary", summary)));
			notify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			actions.add(group("outcome", summary, notify));
		}
		if (plan.outcomeNotifiedAt() != null) {
			actions.add(new Paragraph(getTranslation("testing.action.outcomeShown",
					Formats.dateTime(plan.outcomeNotifiedAt(), getLocale()),
					plan.outcomeSummary() == null ? "" : plan.outcomeSummary())));
		}
		if (plan.publiclyVisible()) {
			Button withdraw = new Button(getTranslation("testing.action.withdrawConsent"),
					click -> run(() -> plans.withdrawConsent(plan.id()), "testing.action.consentWithdrawn", Map.of()));
			withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
			actions.add(group("consent", withdraw));
		}
		typed.forEach((name, value) -> {
			HasValue<?, ?> input = actionInputs.get(name);
			if (input != null) {
				put(input, value);
			}
		});
		return actions;
	}

	private TextArea reason(String field) {
		TextArea area = new TextArea(getTranslation("testing.action." + field));
		area.setWidthFull();
		area.setMaxLength(field.equals("outcomeSummary") ? 4000 : TestPlanService.REASON_MAX);
		area.setManualValidation(true);
		actionInputs.put(field, area);
		return area;
	}

	private Div group(String name, Component... components) {
		return EditorLayout.group(this, "testing.action.group." + name, "test-action", components);
	}

	/**
	 * A notification that ends the test (termination, completion): the plan's form closes
	 * with it, as an ended plan is neither saved nor registered any more, so unsaved
	 * changes in the form would be lost; the author is asked first (keep editing, or
	 * discard them and end the test). The other notifications keep the typing
	 * ({@link #reload()}).
	 */
	private void ending(Runnable notification) {
		DraftEditing<TestPlanContent, TestPlanCase> drafts = editing;
		if (drafts == null) {
			notification.run();
		}
		else {
			drafts.discardingUnsaved("testing.editor.endingDiscards", notification);
		}
	}

	private void run(Runnable action, String success, Map<String, ? extends HasValidation> fields) {
		Problems.attempt(this, action, fields, "testing.editor.concurrentEdit", () -> {
			// sent: the notification's inputs start empty again
			fields.keySet().stream().map(actionInputs::get).filter(Objects::nonNull).forEach(HasValue::clear);
			reload();
			Problems.success(getTranslation(success));
		});
	}

	private Component documents(TestPlanCase shown) {
		TestPlan plan = shown.plan();
		Div documents = new Div(new H3(getTranslation("testing.documents.title")),
				new Paragraph(getTranslation("testing.documents.help")));
		UnorderedList list = new UnorderedList();
		for (StoredDocument document : shown.documents()) {
			Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
					new ByteArrayInputStream(plans.document(plan.id(), document.sha256())), document.fileName(),
					"application/pdf", document.size())), document.fileName());
			download.getElement().setAttribute("download", true);
			list.add(new ListItem(download));
		}
		list.setVisible(!shown.documents().isEmpty());
		Paragraph problem = new Paragraph();
		problem.addClassName("upload-problem");
		problem.getElement().setAttribute("role", "alert");
		java.util.function.Function<java.util.List<org.airegistry.shared.FieldError>, Runnable> refused = problems -> {
			String message = problems.stream()
				.map(error -> Problems.translate(this, error))
				.reduce((a, b) -> a + " " + b)
				.orElse("");
			return () -> problem.setText(message);
		};
		Upload upload = PdfUpload.create(plans.maxDocumentBytes(), (fileName, file) -> {
			try {
				plans.storeDocument(plan.id(), fileName, file);
				return this::reloadKeepingForm;
			}
			catch (InvalidInputException ex) {
				return refused.apply(ex.errors());
			}
		}, refused, problem::setText);
		upload.getElement().setAttribute("aria-label", getTranslation("testing.documents.upload"));
		documents.add(list, upload, problem);
		documents.addClassName("test-documents");
		return documents;
	}

	private void reloadKeepingForm() {
		Problems.success(getTranslation("testing.documents.stored"));
		reload();
	}

	/**
	 * The plan's form and its draft editing, made once: saving and registering show the
	 * plan again in the same inputs, so the problems they mark stay visible.
	 */
	private TestPlanForm form() {
		TestPlanForm editor = form;
		if (editor != null) {
			return editor;
		}
		editor = new TestPlanForm(plans.annexISectionA());
		editing = new DraftEditing<>(this, new Plans(), editor.form(), changeSummary, Problems.NOTICES,
				new DraftEditing.Messages("testing.editor.concurrentEdit", "testing.editor.fixErrors"));
		form = editor;
		return editor;
	}

	/** The caller's plans as the editor saves and registers them. */
	private final class Plans implements DraftEditing.Drafts<TestPlanContent, TestPlanCase> {

		@Override
		public TestPlanCase save(TestPlanCase opened, TestPlanContent content) {
			TestPlan saved = plans.save(opened.plan().id(), opened.plan().lockVersion(), content.plan(),
					content.conduct());
			return plans.open(saved.id());
		}

		@Override
		public int publish(TestPlanCase saved, String changeSummary) {
			Integer version = plans.register(saved.plan().id(), saved.plan().lockVersion(), changeSummary)
				.registeredVersion();
			return version == null ? 0 : version;
		}

		@Override
		public TestPlanCase reopen(TestPlanCase draft) {
			return plans.open(draft.plan().id());
		}

		@Override
		public boolean unchanged(TestPlanCase saved) {
			return saved.plan().registeredVersion() != null && !saved.plan().draftChanged();
		}

	}

	private void save() {
		DraftEditing<TestPlanContent, TestPlanCase> drafts = editing;
		if (drafts != null) {
			drafts.save(current, this::show)
				.ifPresent(saved -> Problems.success(getTranslation("testing.editor.saved")));
		}
	}

	/** Registers the next version (the button says so; no dialog). */
	private void register() {
		DraftEditing<TestPlanContent, TestPlanCase> drafts = editing;
		if (drafts != null) {
			drafts.publish(current, this::show, DraftEditing.Confirmation.none(), registered -> {
				show(registered.draft());
				Problems.success(getTranslation("testing.editor.registered", registered.version()));
			});
		}
	}

	@Override
	public String getPageTitle() {
		return heading.getText() + " · " + getTranslation("app.name");
	}

}
