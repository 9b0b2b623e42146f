package org.airegistry.gpai.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.LocalDate;
import java.util.Optional;

import org.airegistry.gpai.GpaiFields;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.publication.Draft;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.GpaiRules;
import org.airegistry.gpai.GpaiService;
import org.airegistry.gpai.MarkingTechnique;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.ModelType;
import org.airegistry.gpai.SizeBand;
import org.airegistry.gpai.SystemicRiskStatus;
import org.airegistry.gpai.TrainingCompute;
import org.airegistry.gpai.TrainingContentSummary;
import org.airegistry.publication.ui.DraftEditing;
import org.airegistry.publication.ui.EditorLayout;
import org.airegistry.publication.ui.FieldInputs;
import org.airegistry.publication.ui.PublishConfirmation;
import org.airegistry.publication.ui.NumberText;
import org.airegistry.publication.ui.RecordForm;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.ErrorSummary;
import org.airegistry.shell.components.Problems;
import org.airegistry.shell.components.LocalisedDatePicker;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Creates and edits a GPAI model page: identity, Annex XII information, the
 * training-content summary (AI Office template), copyright, marking of synthetic output
 * and systemic risk with the compute calculator. The Annex XI documentation reference is
 * kept apart and never published. Problems are shown next to their fields.
 */
@Route(GpaiEditorView.ROUTE)
@RolesAllowed(Role.Names.PROVIDER)
public class GpaiEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

	static final String ROUTE = "workspace/models/:id";

	static final String NEW = "new";

	private final GpaiService service;

	private final H1 heading = new H1();

	private final Paragraph status = new Paragraph();

	private final ErrorSummary problemSummary = new ErrorSummary();

	private final Anchor publicPage = new Anchor();

	/**
	 * The model page's content: a binder for the page and one for its training summary.
	 */
	private final RecordForm<GpaiModelData> form = new RecordForm<>(GpaiModelData.class);

	private final RecordForm<TrainingContentSummary> summaryForm = form.nest("trainingSummary",
			TrainingContentSummary.class);

	/**
	 * The inputs of the page's and the summary's fields, labelled as the public page and
	 * the comparison label them ({@link GpaiFields}), checked against the lengths the
	 * service checks ({@link GpaiRules#maxLength}) and bound by the names its problems
	 * use.
	 */
	private final FieldInputs<GpaiModelData> fields = new FieldInputs<>(this, form, GpaiFields.PREFIX,
			GpaiFields::helped);

	private final FieldInputs<TrainingContentSummary> summaryFields = new FieldInputs<>(this, summaryForm,
			GpaiFields.PREFIX, GpaiFields::helped);

	private final DraftEditing<GpaiModelData, Draft<GpaiModelId, GpaiModelData>> editing;

	private final PublishConfirmation<GpaiModelData, Draft<GpaiModelId, GpaiModelData>> confirmation;

	private final TextField parameterCount;

	private final TextField trainingTokens;

	private final TextField trainingComputeFlop;

	private final Map<Modality, ComboBox<SizeBand>> sizeBands = new EnumMap<>(Modality.class);

	private final ComboBox<SystemicRiskStatus> systemicRiskStatus = new ComboBox<>();

	private final DatePicker thresholdMetDate = new LocalisedDatePicker();

	private final DatePicker notificationDate = new LocalisedDatePicker();

	private final Paragraph notificationInfo = new Paragraph();

	private final Paragraph computeInfo = new Paragraph();

	private final TextArea technicalDocumentation = new TextArea();

	private final TechnicalDocumentsField technicalDocuments;

	private final TextArea changeSummary = new TextArea();

	private @Nullable Draft<GpaiModelId, GpaiModelData> draft;

	public GpaiEditorView(GpaiService service) {
		this.service = service;
		this.technicalDocuments = new TechnicalDocumentsField(service);
		addClassNames("page", "gpai-editor");
		status.addClassName("editor-status");
		// numbers in the UI's language (3,8E25 in German and French, 3.8E25 in English)
		String notANumber = getTranslation("gpai.validation.number");

		ComboBox<ModelType> modelType = fields.input(new ComboBox<>(), "modelType");
		modelType.setItems(ModelType.values());
		modelType.setItemLabelGenerator(type -> getTranslation(type.translationKey()));
		FormLayout identity = EditorLayout.form(text("name"), text("modelVersion"), modelType,
				text("authorisedRepresentative"), fields.input(new LocalisedDatePicker(), "releaseDate"),
				text("distributionChannels"), text("licence"), fields.checkbox("openSource"),
				area("acceptableUsePolicy"), text("basedOnModel"));

		parameterCount = fields.typed("parameterCount", NumberText.wholeNumber(notANumber));
		CheckboxGroup<Modality> inputModalities = modalities("inputModalities");
		CheckboxGroup<Modality> outputModalities = modalities("outputModalities");
		FormLayout downstream = EditorLayout.form(area("intendedTasks"), area("integrableSystems"), area("interaction"),
				area("architecture"), parameterCount, inputModalities, outputModalities, area("formatsAndMaxSizes"),
				fields.typed("contextWindowTokens", NumberText.wholeNumber(notANumber)),
				area("trainingDataDescription"), area("integrationMeans"));

		FormLayout summary = EditorLayout.form();
		for (Modality modality : Modality.values()) {
			ComboBox<SizeBand> band = new ComboBox<>(
					getTranslation("gpai.field.sizeBand", getTranslation(modality.translationKey())));
			band.setItems(SizeBand.values());
			band.setItemLabelGenerator(size -> getTranslation(size.translationKey(modality)));
			band.setClearButtonVisible(true);
			sizeBands.put(modality, band);
			summary.add(band);
		}
		// the size of the training data per modality, named "modalities" in problems
		summaryForm.binder()
			.forField(RecordForm.composed(this::sizeBands, this::fillSizeBands, sizeBands.values()))
			.bind("modalities");
		form.name("modalities", sizeBands.get(Modality.TEXT));
		// the top domains one per line
		TextArea topDomains = summaryFields.converted(new TextArea(), "topDomains",
				Converter.<String, List<String>>from(
						text -> Result.ok(text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()),
						domains -> String.join("\n", domains)));
		summary.add(summaryArea("contentTypes"), summaryFields.input(new LocalisedDatePicker(), "latestAcquisition"),
				summaryArea("languages"), summaryArea("otherCharacteristics"), summaryFields.checkbox("publicDatasets"),
				summaryArea("publicDatasetList"), summaryFields.checkbox("licensedData"),
				summaryArea("licensedDataDescription"), summaryArea("otherPrivateData"),
				summaryFields.checkbox("crawled"), summaryArea("crawlerNames"), summaryArea("crawlerBehaviour"),
				summaryArea("crawlPeriod"), topDomains, summaryFields.checkbox("userData"),
				summaryArea("userDataDescription"), summaryFields.checkbox("syntheticData"),
				summaryArea("syntheticDataDescription"), summaryArea("otherSources"), summaryArea("optOutMeasures"),
				summaryArea("illegalContentMeasures"), summaryArea("otherProcessing"));

		CheckboxGroup<MarkingTechnique> markingTechniques = fields.input(new CheckboxGroup<>(), "markingTechniques");
		markingTechniques.setItems(MarkingTechnique.values());
		markingTechniques.setItemLabelGenerator(technique -> getTranslation(technique.translationKey()));
		FormLayout copyright = EditorLayout.form(area("copyrightPolicy"), fields.checkbox("codeOfPracticeSignatory"),
				markingTechniques, area("detectionTools"));

		trainingTokens = fields.typed("trainingTokens", NumberText.wholeNumber(notANumber));
		trainingComputeFlop = fields.typed("trainingComputeFlop", NumberText.decimal(notANumber));
		fields.converted(systemicRiskStatus, "systemicRiskStatus",
				Converter.<SystemicRiskStatus, SystemicRiskStatus>from(
						status -> Result.ok(status == null ? SystemicRiskStatus.NONE : status), status -> status));
		systemicRiskStatus.setItems(providerStatuses(SystemicRiskStatus.NONE));
		systemicRiskStatus.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
		FormLayout risk = EditorLayout.form(trainingTokens, trainingComputeFlop, area("computeMethod"), computeInfo,
				fields.input(thresholdMetDate, "thresholdMetDate"), fields.input(notificationDate, "notificationDate"),
				notificationInfo, systemicRiskStatus, fields.input(new LocalisedDatePicker(), "statusDecisionDate"),
				area("evaluationSummary"), area("adversarialTestingSummary"), area("riskMitigationSummary"),
				text("incidentContact"), area("cybersecuritySummary"));
		computeInfo.addClassName("compute-info");
		computeInfo.getElement().setAttribute("aria-live", "polite");
		notificationInfo.addClassName("notification-info");
		notificationInfo.getElement().setAttribute("aria-live", "polite");
		for (TextField number : List.of(parameterCount, trainingTokens, trainingComputeFlop)) {
			number.addValueChangeListener(change -> updateComputeInfo());
		}
		thresholdMetDate.addValueChangeListener(change -> updateNotificationInfo());
		notificationDate.addValueChangeListener(change -> updateNotificationInfo());

		// Annex XI: saved with the draft, never part of the page's content
		technicalDocumentation.setLabel(fields.label("technicalDocumentation"));
		technicalDocumentation.setWidthFull();
		fields.helped(technicalDocumentation, "technicalDocumentation");
		form.name("technicalDocumentation", technicalDocumentation);
		EditorLayout.changeSummary(this, changeSummary, "gpai.field.changeSummary", "gpai.field.changeSummary.help");
		editing = new DraftEditing<>(this, new Models(), form, changeSummary, Problems.NOTICES,
				new DraftEditing.Messages("gpai.editor.concurrentEdit", "gpai.editor.problems"))
			.summarisedIn(problemSummary)
			// Annex XI: saved with the draft, never published
			.savedAlongside(technicalDocumentation);
		confirmation = new PublishConfirmation<>(this, editing, saved -> service.previewPublication(saved.id()),
				new GpaiFields(), Draft::data, saved -> saved.data().name(), "gpai.confirm.first");

		// problems come from the binder's checks and the service; the components' own
		// checks would clear them
		editing.inputs().forEach(input -> input.setManualValidation(true));
		Button save = new Button(getTranslation("gpai.editor.save"), click -> save());
		Button publish = EditorLayout.primary(new Button(getTranslation("gpai.editor.publish"), click -> publish()));

		add(heading, status, new Paragraph(getTranslation("gpai.editor.intro")), problemSummary,
				section("identity", identity), section("downstream", downstream), section("summary", summary),
				section("copyright", copyright), section("systemicRisk", risk),
				section("technicalDocumentation", EditorLayout.form(technicalDocumentation, technicalDocuments)),
				new Div(changeSummary), EditorLayout.actions(save, publish, publicPage),
				editing.publishingWith(publish));
	}

	private Section section(String name, Component content) {
		return EditorLayout.section(this, "gpai.section." + name, "editor-section", content);
	}

	/** A one-line text of the page. */
	private TextField text(String field) {
		return fields.text(field, GpaiRules.maxLength(field));
	}

	/** A text of several lines of the page. */
	private TextArea area(String field) {
		return fields.area(field, GpaiRules.maxLength(field));
	}

	/** A text of several lines of the training summary. */
	private TextArea summaryArea(String field) {
		return summaryFields.area(field, GpaiRules.maxLength(field));
	}

	private CheckboxGroup<Modality> modalities(String field) {
		CheckboxGroup<Modality> group = fields.input(new CheckboxGroup<>(), field);
		group.setItems(Modality.values());
		group.setItemLabelGenerator(modality -> getTranslation(modality.translationKey()));
		return group;
	}

	private Map<Modality, SizeBand> sizeBands() {
		Map<Modality, SizeBand> bands = new EnumMap<>(Modality.class);
		sizeBands.forEach((modality, band) -> {
			if (band.getValue() != null) {
				bands.put(modality, band.getValue());
			}
		});
		return bands;
	}

	private void fillSizeBands(Map<Modality, SizeBand> bands) {
		sizeBands.forEach((modality, band) -> band.setValue(bands.get(modality)));
	}

	static String route(GpaiModelId id) {
		return "workspace/models/" + id;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("id").orElse(NEW);
		if (id.equals(NEW)) {
			technicalDocuments.showFor(null);
			show(null, GpaiModelData.named(""));
			return;
		}
		Optional<GpaiModelId> parsed = GpaiModelId.parse(id);
		try {
			Draft<GpaiModelId, GpaiModelData> opened = service
				.open(parsed.orElseThrow(() -> new NotFoundException("GPAI model")));
			// the Annex XI part first: showing the page takes what it holds as saved
			technicalDocumentation.setValue(service.technicalDocumentation(opened.id()));
			technicalDocuments.showFor(opened.id());
			show(opened, opened.data());
		}
		catch (NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	/** Leaving with unsaved changes asks first. */
	@Override
	public void beforeLeave(BeforeLeaveEvent event) {
		editing.beforeLeave(event);
	}

	private void show(@Nullable Draft<GpaiModelId, GpaiModelData> opened, GpaiModelData data) {
		this.draft = opened;
		// the Commission's decisions stay visible but cannot be chosen by providers
		systemicRiskStatus.setItems(providerStatuses(data.systemicRiskStatus()));
		form.read(data);
		updateComputeInfo();
		editing.clearProblems();
		changeSummary.clear();
		changeSummary.setVisible(opened != null && opened.publishedVersion() != null);
		heading.setText(opened == null ? getTranslation("gpai.editor.new") : data.name());
		if (opened == null || opened.publishedVersion() == null) {
			status.setText(getTranslation(opened == null ? "gpai.editor.status.new" : "gpai.editor.status.draft"));
			publicPage.setVisible(false);
		}
		else {
			status.setText(getTranslation("gpai.editor.status.published", opened.publishedVersion()));
			publicPage.setVisible(true);
			publicPage.setHref(GpaiRoutes.permalink(opened.id()));
			publicPage.setText(getTranslation("gpai.editor.viewPublic"));
		}
		editing.shown(opened);
	}

	/** The number the input holds, null when it holds none or no number. */
	private <N> @Nullable N typed(TextField input, java.util.function.BiFunction<String, Locale, @Nullable N> parse) {
		try {
			return parse.apply(input.getValue(), getLocale());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The calculator: reported or estimated compute, the assumption, and the presumption.
	 */
	private void updateComputeInfo() {
		BigDecimal reported = typed(trainingComputeFlop, NumberText::parseDecimal);
		Long parameters = typed(parameterCount, NumberText::parseWhole);
		Long tokens = typed(trainingTokens, NumberText::parseWhole);
		BigDecimal flop = reported;
		String text;
		if (reported != null) {
			text = getTranslation("gpai.compute.reported", TrainingCompute.format(reported, getLocale()));
		}
		else if (parameters != null && tokens != null && parameters > 0 && tokens > 0) {
			flop = TrainingCompute.estimate(parameters, tokens);
			text = getTranslation("gpai.compute.estimated", TrainingCompute.format(flop, getLocale()));
		}
		else {
			text = getTranslation("gpai.compute.unknown");
		}
		if (flop != null && TrainingCompute.presumesSystemicRisk(flop)) {
			text += " " + getTranslation("gpai.compute.presumption");
		}
		computeInfo.setText(text);
		updateNotificationInfo();
	}

	/**
	 * Art 52(1): the notification's due date, two weeks after the threshold was met, and
	 * whether it is late.
	 */
	private void updateNotificationInfo() {
		GpaiModelData dates = GpaiModelData.named("")
			.toBuilder()
			.thresholdMetDate(thresholdMetDate.getValue())
			.notificationDate(notificationDate.getValue())
			.build();
		notificationInfo.setText(dates.notificationDue()
			.map(due -> getTranslation(
					dates.notificationLate(LocalDate.now()) ? "gpai.notification.late" : "gpai.notification.due",
					java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
						.withLocale(getLocale())
						.format(due)))
			.orElse(""));
	}

	/**
	 * The statuses a provider may choose (Art 52(1), (2), (5)) and the Commission's
	 * decision the model holds, which stays visible but is recorded only by the AI Office
	 * (Art 52(3), (4)).
	 */
	private static List<SystemicRiskStatus> providerStatuses(SystemicRiskStatus current) {
		List<SystemicRiskStatus> offered = new ArrayList<>(Arrays.stream(SystemicRiskStatus.values())
			.filter(status -> !GpaiRules.COMMISSION_DECISIONS.contains(status) || status == current)
			.toList());
		return offered;
	}

	/**
	 * The provider's model pages as the editor creates, saves and publishes them; the
	 * Annex XI reference (never published) is saved with every save.
	 */
	private final class Models implements DraftEditing.Drafts<GpaiModelData, Draft<GpaiModelId, GpaiModelData>> {

		@Override
		public Draft<GpaiModelId, GpaiModelData> create(GpaiModelData data) {
			Draft<GpaiModelId, GpaiModelData> created = service.createDraft(data);
			draft = created;
			service.saveTechnicalDocumentation(created.id(), technicalDocumentation.getValue());
			return created;
		}

		@Override
		public Draft<GpaiModelId, GpaiModelData> save(Draft<GpaiModelId, GpaiModelData> opened, GpaiModelData data) {
			Draft<GpaiModelId, GpaiModelData> saved = service.saveDraft(opened.id(), opened.lockVersion(), data);
			draft = saved;
			service.saveTechnicalDocumentation(saved.id(), technicalDocumentation.getValue());
			return saved;
		}

		@Override
		public int publish(Draft<GpaiModelId, GpaiModelData> saved, String changeSummary) {
			return service.publish(saved.id(), saved.lockVersion(), changeSummary);
		}

		@Override
		public Draft<GpaiModelId, GpaiModelData> reopen(Draft<GpaiModelId, GpaiModelData> opened) {
			return service.open(opened.id());
		}

		@Override
		public boolean unchanged(Draft<GpaiModelId, GpaiModelData> saved) {
			return saved.isPublished() && !saved.draftChanged();
		}

	}

	private void save() {
		boolean created = draft == null;
		editing.save(draft, saved -> show(saved, saved.data())).ifPresent(saved -> {
			if (created) {
				getUI().ifPresent(ui -> ui.navigate(route(saved.id())));
			}
		});
	}

	private void publish() {
		boolean created = draft == null;
		// issue 21: publishing is irreversible; the kernel's confirmation shows the diff
		editing.publish(draft, saved -> show(saved, saved.data()), confirmation, published -> {
			Problems.success(getTranslation("gpai.editor.published", published.version()));
			show(published.draft(), published.draft().data());
			if (created) {
				getUI().ifPresent(ui -> ui.navigate(route(published.draft().id())));
			}
		});
	}

	@Override
	public String getPageTitle() {
		return heading.getText() + " · " + getTranslation("app.name");
	}

}
