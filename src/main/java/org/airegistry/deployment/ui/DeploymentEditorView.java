package org.airegistry.deployment.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentFields;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.deployment.DeploymentId;
import org.airegistry.deployment.DeploymentRoutes;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.DeploymentUiRoutes;
import org.airegistry.deployment.FriaService;
import org.airegistry.publication.ui.DraftEditing;
import org.airegistry.publication.ui.EditorLayout;
import org.airegistry.publication.ui.PublishConfirmation;
import org.airegistry.publication.ui.RecordForm;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.ErrorSummary;
import org.airegistry.shell.components.Problems;
import org.airegistry.shell.components.LocalisedDatePicker;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * Edits a deployer registration (Annex VIII Section C). Each field carries its Annex VIII
 * item. For a system in the non-public section (Art 49(4)) only C.1 to C.3 are offered.
 * Publishing needs a completed impact assessment and every item Section C asks for; each
 * problem is shown next to its field.
 */
@Route(DeploymentEditorView.ROUTE)
@RolesAllowed(Role.Names.DEPLOYER)
public class DeploymentEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

	static final String ROUTE = DeploymentUiRoutes.MY_DEPLOYMENTS + "/:id";

	private final DeploymentService deployments;

	private final FriaService frias;

	private final H1 heading = new H1();

	private final Paragraph status = new Paragraph();

	private final ErrorSummary problemSummary = new ErrorSummary();

	private final Paragraph providerEntry = new Paragraph();

	private final Paragraph providerStopped = new Paragraph();

	private final Paragraph restrictedNotice = new Paragraph();

	private final Paragraph friaState = new Paragraph();

	private final TextArea deployerAddress = new TextArea();

	private final TextField deployerContact = new TextField();

	private final TextArea submitterContact = new TextArea();

	private final TextArea friaSummary = new TextArea();

	private final Checkbox dpiaApplicable = new Checkbox();

	private final TextArea dpiaSummary = new TextArea();

	private final MultiSelectComboBox<MemberState> memberStates = new MultiSelectComboBox<>();

	private final DatePicker useStart = new LocalisedDatePicker();

	private final DatePicker useEnd = new LocalisedDatePicker();

	private final com.vaadin.flow.component.radiobutton.RadioButtonGroup<RegistrationBasis> registrationBasis = new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();

	private final TextField onBehalfOf = new TextField();

	private final TextField changeSummary = new TextField();

	private final Section publicSection;

	private final Anchor publicPage = new Anchor();

	/** The registration's content: one binder for the record. */
	private final RecordForm<DeploymentData> form = new RecordForm<>(DeploymentData.class);

	private final DraftEditing<DeploymentData, Deployment> editing;

	private final PublishConfirmation<DeploymentData, Deployment> confirmation;

	private @Nullable Deployment deployment;

	public DeploymentEditorView(DeploymentService deployments, FriaService frias) {
		this.deployments = deployments;
		this.frias = frias;
		Binder<DeploymentData> binder = form.binder();
		binder.forField(deployerAddress).bind("deployerAddress");
		binder.forField(deployerContact).bind("deployerContact");
		binder.forField(submitterContact).bind("submitterContact");
		binder.forField(friaSummary).bind("friaSummary");
		binder.forField(dpiaApplicable).bind("dpiaApplicable");
		binder.forField(dpiaSummary).bind("dpiaSummary");
		binder.forField(memberStates).bind("memberStates");
		binder.forField(useStart).bind("useStart");
		binder.forField(useEnd).bind("useEnd");
		binder.forField(registrationBasis).bind("registrationBasis");
		binder.forField(onBehalfOf).withConverter(String::strip, text -> text).bind("onBehalfOf");
		editing = new DraftEditing<>(this, new Registrations(), form, changeSummary, Problems.NOTICES,
				new DraftEditing.Messages("deployment.editor.concurrentEdit", "deployment.editor.fixErrors"))
			.summarisedIn(problemSummary);
		confirmation = new PublishConfirmation<>(this, editing, saved -> deployments.previewPublication(saved.id()),
				new DeploymentFields(), Deployment::data, Deployment::systemName, "deployment.confirm.first");
		addClassName("page");
		addClassName("deployment-editor");

		// C.1 to C.5 and Art 49(3): labelled as the registration's page shows them
		form.label(this, new DeploymentFields().describe(DeploymentData.empty(), this::getTranslation, getLocale()));
		deployerAddress.setHelperText(getTranslation("deployment.field.deployerAddress.help"));
		deployerAddress.setRequiredIndicatorVisible(true);
		deployerContact.setHelperText(getTranslation("deployment.field.deployerContact.help"));
		deployerContact.setRequiredIndicatorVisible(true);
		submitterContact.setHelperText(getTranslation("deployment.field.submitterContact.help"));
		submitterContact.setRequiredIndicatorVisible(true);
		// Art 49(3): who registers in Section C, and why
		registrationBasis.setItems(RegistrationBasis.values());
		registrationBasis.setItemLabelGenerator(basis -> getTranslation(basis.translationKey()));
		registrationBasis.setHelperText(getTranslation("deployment.field.registrationBasis.help"));
		registrationBasis.setRequiredIndicatorVisible(true);
		onBehalfOf.setLabel(getTranslation("deployment.field.onBehalfOf"));
		onBehalfOf.setHelperText(getTranslation("deployment.field.onBehalfOf.help"));
		onBehalfOf.setVisible(false);
		registrationBasis.addValueChangeListener(
				event -> onBehalfOf.setVisible(event.getValue() == RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY));
		friaSummary.setHelperText(getTranslation("deployment.field.friaSummary.help", DeploymentData.SUMMARY_MAX));
		friaSummary.setMinRows(4);
		friaSummary.setRequiredIndicatorVisible(true);
		dpiaApplicable.setLabel(getTranslation("deployment.field.dpiaApplicable"));
		dpiaApplicable.setHelperText(getTranslation("deployment.field.dpiaApplicable.help"));
		dpiaApplicable.addValueChangeListener(event -> dpiaSummary.setVisible(event.getValue()));
		dpiaSummary.setHelperText(getTranslation("deployment.field.dpiaSummary.help", DeploymentData.SUMMARY_MAX));
		memberStates.setHelperText(getTranslation("deployment.field.memberStates.help"));
		memberStates.setItems(Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing(state -> state.displayName(getLocale())))
			.toList());
		memberStates.setItemLabelGenerator(state -> state.displayName(getLocale()));
		memberStates.setRequiredIndicatorVisible(true);
		// typed dates are committed with Enter or on leaving the field; the calendar
		// opens
		// from its button only, so typing never hides the form behind an overlay
		useStart.setAutoOpen(false);
		useEnd.setAutoOpen(false);
		useStart.setLabel(getTranslation("deployment.field.useStart"));
		useStart.setRequiredIndicatorVisible(true);
		useEnd.setLabel(getTranslation("deployment.field.useEnd"));
		useEnd.setHelperText(getTranslation("deployment.field.useEnd.help"));
		EditorLayout.changeSummary(this, changeSummary, "deployment.field.changeSummary",
				"deployment.field.changeSummary.help");
		restrictedNotice.setText(getTranslation("deployment.restricted.editorNotice"));
		restrictedNotice.addClassName("notice");
		restrictedNotice.getElement().setAttribute("role", "note");
		providerStopped.addClassName("notice");
		providerStopped.getElement().setAttribute("role", "alert");
		status.getElement().setAttribute("aria-live", "polite");

		publicSection = section("deployment.section.public",
				EditorLayout.form(friaSummary, dpiaApplicable, dpiaSummary, memberStates, useStart, useEnd));
		Button save = new Button(getTranslation("deployment.editor.save"), click -> saveDraft());
		Button publish = EditorLayout
			.primary(new Button(getTranslation("deployment.editor.publish"), click -> publish()));
		Button back = EditorLayout.tertiary(new Button(getTranslation("deployment.editor.back"),
				click -> getUI().ifPresent(ui -> ui.navigate(MyDeploymentsView.class))));
		// problems come from the service; the components' own checks would clear them
		editing.inputs().forEach(field -> field.setManualValidation(true));

		add(heading, status, publicPage, providerEntry, providerStopped, restrictedNotice, friaState, problemSummary,
				section("deployment.section.deployer",
						EditorLayout.form(registrationBasis, onBehalfOf, deployerAddress, deployerContact,
								submitterContact)),
				publicSection, new Div(changeSummary), EditorLayout.actions(save, publish, back),
				editing.publishingWith(publish));
	}

	private Section section(String key, Component content) {
		return EditorLayout.section(this, key, "editor-section", content);
	}

	/** The editor's address for a registration. */
	static String route(DeploymentId id) {
		return DeploymentUiRoutes.MY_DEPLOYMENTS + "/" + id.value();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			show(deployments.open(new DeploymentId(UUID.fromString(event.getRouteParameters().get("id").orElse("")))));
		}
		catch (IllegalArgumentException | NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	/** Leaving with unsaved changes asks first. */
	@Override
	public void beforeLeave(BeforeLeaveEvent event) {
		editing.beforeLeave(event);
	}

	private void show(Deployment shown) {
		this.deployment = shown;
		editing.clearProblems();
		heading.setText(shown.systemName());
		status.setText(
				shown.isPublished() ? getTranslation("deployment.editor.status.published", shown.publishedVersion())
						: getTranslation("deployment.editor.status.draft"));
		providerEntry.removeAll();
		providerEntry.add(getTranslation("deployment.annex.C3.label") + " ");
		if (shown.restricted()) {
			providerEntry.add(shown.providerRegistrationNumber());
		}
		else {
			providerEntry.add(new Anchor(RegistryRoutes.permalink(shown.providerRegistrationNumber()),
					"/" + RegistryRoutes.permalink(shown.providerRegistrationNumber())));
		}
		EntryStatus providerStatus = shown.providerStatus();
		boolean stopped = providerStatus == EntryStatus.RECALLED || providerStatus == EntryStatus.NO_LONGER_ON_MARKET
				|| providerStatus == EntryStatus.NO_LONGER_IN_SERVICE;
		providerStopped.setVisible(stopped);
		if (providerStatus != null) {
			providerStopped.setText(getTranslation("deployment.providerStopped",
					getTranslation("deployment.providerStatus." + providerStatus.name())));
		}
		restrictedNotice.setVisible(shown.restricted());
		publicSection.setVisible(!shown.restricted());
		friaState.removeAll();
		String state = frias.findForSystem(shown.providerRegistrationNumber())
			.map(fria -> getTranslation(fria.state().translationKey()))
			.orElse(getTranslation("fria.state.none"));
		friaState.add(getTranslation("deployment.editor.fria", state) + " ");
		friaState.add(new Anchor(FriaEditorView.route(shown.providerRegistrationNumber()),
				getTranslation("deployment.editor.openFria")));
		publicPage.setVisible(shown.isPublished() && !shown.restricted());
		publicPage.setHref(DeploymentRoutes.permalink(shown.id()));
		publicPage.setText(getTranslation("deployment.editor.viewPublic"));
		changeSummary.clear();
		changeSummary.setVisible(shown.isPublished());
		form.read(shown.data());
		dpiaSummary.setVisible(shown.data().dpiaApplicable());
		editing.shown(shown);
	}

	/**
	 * The registration's drafts as the editor saves and publishes them: only what the
	 * form offers is sent (no C.5 summary without a DPIA; for the non-public section only
	 * C.1 to C.3).
	 */
	private final class Registrations implements DraftEditing.Drafts<DeploymentData, Deployment> {

		@Override
		public Deployment save(Deployment opened, DeploymentData data) {
			DeploymentData sent = data.dpiaApplicable() ? data
					: new DeploymentData(data.deployerAddress(), data.deployerContact(), data.submitterContact(),
							data.friaSummary(), false, "", data.memberStates(), data.useStart(), data.useEnd(),
							data.registrationBasis(), data.onBehalfOf());
			Deployment saved = deployments.save(opened.id(), opened.lockVersion(),
					opened.restricted() ? sent.minimisedForRestrictedSection() : sent);
			deployment = saved;
			return saved;
		}

		@Override
		public int publish(Deployment saved, String changeSummary) {
			return deployments.publish(saved.id(), saved.lockVersion(), changeSummary);
		}

		@Override
		public Deployment reopen(Deployment draft) {
			return deployments.open(draft.id());
		}

		@Override
		public boolean unchanged(Deployment saved) {
			return saved.isPublished() && !saved.draftChanged();
		}

	}

	private void saveDraft() {
		editing.save(deployment, this::show)
			.ifPresent(saved -> Problems.success(getTranslation("deployment.editor.saved")));
	}

	private void publish() {
		// issue 21: publishing is irreversible; the kernel's confirmation shows the diff
		editing.publish(deployment, this::show, confirmation, published -> {
			Problems.success(getTranslation("deployment.editor.published", published.version()));
			show(published.draft());
			getUI().ifPresent(ui -> ui.navigate(DeploymentEditorView.class,
					new RouteParameters("id", published.draft().id().value().toString())));
		});
	}

	@Override
	public String getPageTitle() {
		return heading.getText() + " · " + getTranslation("app.name");
	}

}
