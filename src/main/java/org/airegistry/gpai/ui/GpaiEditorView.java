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
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
public class GpaiEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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

	private final DraftEditing<GpaiModelData, Draft<GpaiModelId, GpaiModelData>> editing;

	private final PublishConfirmation<GpaiModelData, Draft<GpaiModelId, GpaiModelData>> confirmation;

	private final ComboBox<ModelType> modelType = new ComboBox<>();

	private final DatePicker releaseDate = new LocalisedDatePicker();

	private final Checkbox openSource = new Checkbox();

	private final TextField parameterCount = new TextField();

	private final TextField contextWindowTokens = new TextField();

	private final TextField trainingTokens = new TextField();

	private final TextField trainingComputeFlop = new TextField();

	private final CheckboxGroup<Modality> inputModalities = new CheckboxGroup<>();

	private final CheckboxGroup<Modality> outputModalities = new CheckboxGroup<>();

	private final Map<Modality, ComboBox<SizeBand>> sizeBands = new EnumMap<>(Modality.class);

	private final DatePicker latestAcquisition = new LocalisedDatePicker();

	private final Checkbox publicDatasets = new Checkbox();

	private final Checkbox licensedData = new Checkbox();

	private final Checkbox crawled = new Checkbox();

	private final TextArea topDomains = new TextArea();

	private final Checkbox userData = new Checkbox();

	private final Checkbox syntheticData = new Checkbox();

	private final Checkbox codeOfPracticeSignatory = new Checkbox();

	private final CheckboxGroup<MarkingTechnique> markingTechniques = new CheckboxGroup<>();

	private final ComboBox<SystemicRiskStatus> systemicRiskStatus = new ComboBox<>();

	private final DatePicker statusDecisionDate = new LocalisedDatePicker();

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

		FormLayout identity = form();
		identity.add(text("name", "gpai.field.name"), text("modelVersion", "gpai.field.modelVersion"),
				labelled(modelType, "modelType", "gpai.field.modelType"),
				text("authorisedRepresentative", "gpai.field.authorisedRepresentative"),
				labelled(releaseDate, "releaseDate", "gpai.field.releaseDate"),
				text("distributionChannels", "gpai.field.distributionChannels"), text("licence", "gpai.field.licence"),
				checkbox(openSource, "gpai.field.openSource"),
				area("acceptableUsePolicy", "gpai.field.acceptableUsePolicy"),
				text("basedOnModel", "gpai.field.basedOnModel"));
		modelType.setItems(ModelType.values());
		modelType.setItemLabelGenerator(type -> getTranslation(type.translationKey()));

		FormLayout downstream = form();
		downstream.add(area("intendedTasks", "gpai.field.intendedTasks"),
				area("integrableSystems", "gpai.field.integrableSystems"),
				area("interaction", "gpai.field.interaction"), area("architecture", "gpai.field.architecture"),
				labelled(parameterCount, "parameterCount", "gpai.field.parameterCount"),
				labelled(inputModalities, "inputModalities", "gpai.field.inputModalities"),
				labelled(outputModalities, "outputModalities", "gpai.field.outputModalities"),
				area("formatsAndMaxSizes", "gpai.field.formatsAndMaxSizes"),
				labelled(contextWindowTokens, "contextWindowTokens", "gpai.field.contextWindowTokens"),
				area("trainingDataDescription", "gpai.field.trainingDataDescription"),
				area("integrationMeans", "gpai.field.integrationMeans"));
		for (CheckboxGroup<Modality> group : List.of(inputModalities, outputModalities)) {
			group.setItems(Modality.values());
			group.setItemLabelGenerator(modality -> getTranslation(modality.translationKey()));
		}

		FormLayout summary = form();
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
		summaryForm.binder().forField(RecordForm.composed(this::sizeBands, this::fillSizeBands)).bind("modalities");
		form.name("modalities", sizeBands.get(Modality.TEXT));
		summary.add(summaryArea("contentTypes", "gpai.field.contentTypes"),
				labelled(latestAcquisition, "latestAcquisition", "gpai.field.latestAcquisition"),
				summaryArea("languages", "gpai.field.languages"),
				summaryArea("otherCharacteristics", "gpai.field.otherCharacteristics"),
				checkbox(publicDatasets, "gpai.field.publicDatasets"),
				summaryArea("publicDatasetList", "gpai.field.publicDatasetList"),
				checkbox(licensedData, "gpai.field.licensedData"),
				summaryArea("licensedDataDescription", "gpai.field.licensedDataDescription"),
				summaryArea("otherPrivateData", "gpai.field.otherPrivateData"), checkbox(crawled, "gpai.field.crawled"),
				summaryArea("crawlerNames", "gpai.field.crawlerNames"),
				summaryArea("crawlerBehaviour", "gpai.field.crawlerBehaviour"),
				summaryArea("crawlPeriod", "gpai.field.crawlPeriod"),
				labelled(topDomains, "topDomains", "gpai.field.topDomains"), checkbox(userData, "gpai.field.userData"),
				summaryArea("userDataDescription", "gpai.field.userDataDescription"),
				checkbox(syntheticData, "gpai.field.syntheticData"),
				summaryArea("syntheticDataDescription", "gpai.field.syntheticDataDescription"),
				summaryArea("otherSources", "gpai.field.otherSources"),
				summaryArea("optOutMeasures", "gpai.field.optOutMeasures"),
				summaryArea("illegalContentMeasures", "gpai.field.illegalContentMeasures"),
				summaryArea("otherProcessing", "gpai.field.otherProcessing"));
		topDomains.setHelperText(getTranslation("gpai.field.topDomains.helper"));

		FormLayout copyright = form();
		copyright.add(area("copyrightPolicy", "gpai.field.copyrightPolicy"),
				checkbox(codeOfPracticeSignatory, "gpai.field.codeOfPracticeSignatory"),
				labelled(markingTechniques, "markingTechniques", "gpai.field.markingTechniques"),
				area("detectionTools", "gpai.field.detectionTools"));
		markingTechniques.setItems(MarkingTechnique.values());
		markingTechniques.setItemLabelGenerator(technique -> getTranslation(technique.translationKey()));

		FormLayout risk = form();
		risk.add(labelled(trainingTokens, "trainingTokens", "gpai.field.trainingTokens"),
				labelled(trainingComputeFlop, "trainingComputeFlop", "gpai.field.trainingComputeFlop"),
				area("computeMethod", "gpai.field.computeMethod"), computeInfo,
				labelled(thresholdMetDate, "thresholdMetDate", "gpai.field.thresholdMetDate"),
				labelled(notificationDate, "notificationDate", "gpai.field.notificationDate"), notificationInfo,
				labelled(systemicRiskStatus, "systemicRiskStatus", "gpai.field.systemicRiskStatus"),
				labelled(statusDecisionDate, "statusDecisionDate", "gpai.field.statusDecisionDate"),
				area("evaluationSummary", "gpai.field.evaluationSummary"),
				area("adversarialTestingSummary", "gpai.field.adversarialTestingSummary"),
				area("riskMitigationSummary", "gpai.field.riskMitigationSummary"),
				text("incidentContact", "gpai.field.incidentContact"),
				area("cybersecuritySummary", "gpai.field.cybersecuritySummary"));
		computeInfo.addClassName("compute-info");
		computeInfo.getElement().setAttribute("aria-live", "polite");
		trainingComputeFlop.setHelperText(getTranslation("gpai.field.trainingComputeFlop.helper"));
		thresholdMetDate.setHelperText(getTranslation("gpai.field.thresholdMetDate.helper"));
		notificationInfo.addClassName("notification-info");
		notificationInfo.getElement().setAttribute("aria-live", "polite");
		systemicRiskStatus.setHelperText(getTranslation("gpai.field.systemicRiskStatus.helper"));
		systemicRiskStatus.setItems(providerStatuses(SystemicRiskStatus.NONE));
		systemicRiskStatus.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
		for (TextField number : List.of(parameterCount, trainingTokens, trainingComputeFlop)) {
			number.addValueChangeListener(change -> updateComputeInfo());
		}
		thresholdMetDate.addValueChangeListener(change -> updateNotificationInfo());
		notificationDate.addValueChangeListener(change -> updateNotificationInfo());

		technicalDocumentation.setLabel(getTranslation("gpai.field.technicalDocumentation"));
		form.name("technicalDocumentation", technicalDocumentation);
		technicalDocumentation.setHelperText(getTranslation("gpai.field.technicalDocumentation.helper"));
		changeSummary.setLabel(getTranslation("gpai.field.changeSummary"));
		bind();
		editing = new DraftEditing<>(this, new Models(), form, changeSummary, Problems.NOTICES,
				new DraftEditing.Messages("gpai.editor.concurrentEdit", "gpai.editor.problems"))
			.summarisedIn(problemSummary);
		confirmation = new PublishConfirmation<>(this, editing, saved -> service.previewPublication(saved.id()),
				new GpaiFields(), Draft::data, saved -> saved.data().name(), "gpai.confirm.first");

		Button save = new Button(getTranslation("gpai.editor.save"), click -> save());
		Button publish = new Button(getTranslation("gpai.editor.publish"), click -> publish());
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div actions = new Div(save, publish, publicPage);
		actions.addClassName("editor-actions");

		add(heading, status, new Paragraph(getTranslation("gpai.editor.intro")), problemSummary,
				section("gpai.section.identity", identity), section("gpai.section.downstream", downstream),
				section("gpai.section.summary", summary), section("gpai.section.copyright", copyright),
				section("gpai.section.systemicRisk", risk),
				section("gpai.section.technicalDocumentation", technicalDocumentation, technicalDocuments),
				changeSummary, actions);
	}

	private static FormLayout form() {
		FormLayout form = new FormLayout();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
		return form;
	}

	private Section section(String titleKey, Component... content) {
		Section section = new Section(new H2(getTranslation(titleKey)));
		section.add(content);
		return section;
	}

	private <C extends Component & HasValidation> C labelled(C component, String field, String labelKey) {
		component.getElement().setProperty("label", getTranslation(labelKey));
		return component;
	}

	private Checkbox checkbox(Checkbox checkbox, String labelKey) {
		checkbox.setLabel(getTranslation(labelKey));
		return checkbox;
	}

	/** A text input of the page's record component of this name. */
	private TextField text(String field, String labelKey) {
		TextField component = labelled(new TextField(), field, labelKey);
		form.binder().forField(component).withConverter(String::strip, text -> text).bind(field);
		return component;
	}

	private TextArea area(String field, String labelKey) {
		TextArea component = labelled(new TextArea(), field, labelKey);
		form.binder().forField(component).withConverter(String::strip, text -> text).bind(field);
		return component;
	}

	/** A text input of the training summary's record component of this name. */
	private TextArea summaryArea(String field, String labelKey) {
		TextArea component = labelled(new TextArea(), field, labelKey);
		summaryForm.binder().forField(component).withConverter(String::strip, text -> text).bind(field);
		return component;
	}

	/**
	 * Binds the inputs that are not plain texts: choices, dates, numbers typed as text (a
	 * problem with one is shown next to it before anything is sent), the lines of the top
	 * domains.
	 */
	private void bind() {
		Binder<GpaiModelData> binder = form.binder();
		binder.forField(modelType).bind("modelType");
		binder.forField(releaseDate).bind("releaseDate");
		binder.forField(openSource).bind("openSource");
		// numbers in the UI's language (3,8E25 in German and French, 3.8E25 in English)
		String notANumber = getTranslation("gpai.validation.number");
		binder.forField(parameterCount).withConverter(NumberText.wholeNumber(notANumber)).bind("parameterCount");
		binder.forField(contextWindowTokens)
			.withConverter(NumberText.wholeNumber(notANumber))
			.bind("contextWindowTokens");
		binder.forField(trainingTokens).withConverter(NumberText.wholeNumber(notANumber)).bind("trainingTokens");
		binder.forField(trainingComputeFlop).withConverter(NumberText.decimal(notANumber)).bind("trainingComputeFlop");
		binder.forField(thresholdMetDate).bind("thresholdMetDate");
		binder.forField(notificationDate).bind("notificationDate");
		binder.forField(inputModalities).bind("inputModalities");
		binder.forField(outputModalities).bind("outputModalities");
		binder.forField(codeOfPracticeSignatory).bind("codeOfPracticeSignatory");
		binder.forField(markingTechniques).bind("markingTechniques");
		binder.forField(systemicRiskStatus)
			.withConverter(status -> status == null ? SystemicRiskStatus.NONE : status, status -> status)
			.bind("systemicRiskStatus");
		binder.forField(statusDecisionDate).bind("statusDecisionDate");
		Binder<TrainingContentSummary> summary = summaryForm.binder();
		summary.forField(latestAcquisition).bind("latestAcquisition");
		summary.forField(publicDatasets).bind("publicDatasets");
		summary.forField(licensedData).bind("licensedData");
		summary.forField(crawled).bind("crawled");
		summary.forField(topDomains)
			.withConverter(text -> text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList(),
					(List<String> domains) -> String.join("\n", domains))
			.bind("topDomains");
		summary.forField(userData).bind("userData");
		summary.forField(syntheticData).bind("syntheticData");
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
			show(null, GpaiModelData.named(""));
			technicalDocuments.showFor(null);
			return;
		}
		Optional<GpaiModelId> parsed = GpaiModelId.parse(id);
		try {
			Draft<GpaiModelId, GpaiModelData> opened = service
				.open(parsed.orElseThrow(() -> new NotFoundException("GPAI model")));
			show(opened, opened.data());
			technicalDocumentation.setValue(service.technicalDocumentation(opened.id()));
			technicalDocuments.showFor(opened.id());
		}
		catch (NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
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
