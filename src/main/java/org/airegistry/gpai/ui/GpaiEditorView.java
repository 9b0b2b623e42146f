package org.airegistry.gpai.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.airegistry.gpai.GpaiModelData;
import org.airegistry.publication.Draft;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.GpaiService;
import org.airegistry.gpai.MarkingTechnique;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.ModelType;
import org.airegistry.gpai.SizeBand;
import org.airegistry.gpai.SystemicRiskStatus;
import org.airegistry.gpai.TrainingCompute;
import org.airegistry.gpai.TrainingContentSummary;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
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

	private final Anchor publicPage = new Anchor();

	/**
	 * Text fields and areas by data field name, with how they read and write the data.
	 */
	private final List<TextBinding> texts = new ArrayList<>();

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

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

	private final Paragraph computeInfo = new Paragraph();

	private final TextArea technicalDocumentation = new TextArea();

	private final TechnicalDocumentsField technicalDocuments;

	private final TextArea changeSummary = new TextArea();

	private @Nullable Draft<GpaiModelId, GpaiModelData> draft;

	private GpaiModelData current = GpaiModelData.named("");

	private record TextBinding(String field, com.vaadin.flow.component.HasValue<?, String> component,
			Function<GpaiModelData, String> getter, BiConsumer<GpaiModelData.Builder, String> setter) {
	}

	/** Summary text fields: getter on the summary, setter on its builder. */
	private record SummaryBinding(String field, com.vaadin.flow.component.HasValue<?, String> component,
			Function<TrainingContentSummary, String> getter,
			BiConsumer<TrainingContentSummary.Builder, String> setter) {
	}

	private final List<SummaryBinding> summaryTexts = new ArrayList<>();

	public GpaiEditorView(GpaiService service) {
		this.service = service;
		this.technicalDocuments = new TechnicalDocumentsField(service);
		addClassNames("page", "gpai-editor");
		status.addClassName("editor-status");

		FormLayout identity = form();
		identity.add(
				text("name", "gpai.field.name", GpaiModelData::name, GpaiModelData.Builder::name), text("modelVersion",
						"gpai.field.modelVersion", GpaiModelData::modelVersion, GpaiModelData.Builder::modelVersion),
				labelled(modelType, "modelType", "gpai.field.modelType"),
				text("authorisedRepresentative", "gpai.field.authorisedRepresentative",
						GpaiModelData::authorisedRepresentative, GpaiModelData.Builder::authorisedRepresentative),
				labelled(releaseDate, "releaseDate", "gpai.field.releaseDate"),
				text("distributionChannels", "gpai.field.distributionChannels", GpaiModelData::distributionChannels,
						GpaiModelData.Builder::distributionChannels),
				text("licence", "gpai.field.licence", GpaiModelData::licence, GpaiModelData.Builder::licence),
				checkbox(openSource, "gpai.field.openSource"),
				area("acceptableUsePolicy", "gpai.field.acceptableUsePolicy", GpaiModelData::acceptableUsePolicy,
						GpaiModelData.Builder::acceptableUsePolicy),
				text("basedOnModel", "gpai.field.basedOnModel", GpaiModelData::basedOnModel,
						GpaiModelData.Builder::basedOnModel));
		modelType.setItems(ModelType.values());
		modelType.setItemLabelGenerator(type -> getTranslation(type.translationKey()));

		FormLayout downstream = form();
		downstream.add(
				area("intendedTasks", "gpai.field.intendedTasks", GpaiModelData::intendedTasks,
						GpaiModelData.Builder::intendedTasks),
				area("integrableSystems", "gpai.field.integrableSystems", GpaiModelData::integrableSystems,
						GpaiModelData.Builder::integrableSystems),
				area("interaction", "gpai.field.interaction", GpaiModelData::interaction,
						GpaiModelData.Builder::interaction),
				area("architecture", "gpai.field.architecture", GpaiModelData::architecture,
						GpaiModelData.Builder::architecture),
				labelled(parameterCount, "parameterCount", "gpai.field.parameterCount"),
				labelled(inputModalities, "inputModalities", "gpai.field.inputModalities"),
				labelled(outputModalities, "outputModalities", "gpai.field.outputModalities"),
				area("formatsAndMaxSizes", "gpai.field.formatsAndMaxSizes", GpaiModelData::formatsAndMaxSizes,
						GpaiModelData.Builder::formatsAndMaxSizes),
				labelled(contextWindowTokens, "contextWindowTokens", "gpai.field.contextWindowTokens"),
				area("trainingDataDescription", "gpai.field.trainingDataDescription",
						GpaiModelData::trainingDataDescription, GpaiModelData.Builder::trainingDataDescription),
				area("integrationMeans", "gpai.field.integrationMeans", GpaiModelData::integrationMeans,
						GpaiModelData.Builder::integrationMeans));
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
		fields.put("modalities", sizeBands.get(Modality.TEXT));
		summary.add(
				summaryArea("contentTypes", "gpai.field.contentTypes", TrainingContentSummary::contentTypes,
						TrainingContentSummary.Builder::contentTypes),
				labelled(latestAcquisition, "latestAcquisition", "gpai.field.latestAcquisition"),
				summaryArea("languages", "gpai.field.languages", TrainingContentSummary::languages,
						TrainingContentSummary.Builder::languages),
				summaryArea("otherCharacteristics", "gpai.field.otherCharacteristics",
						TrainingContentSummary::otherCharacteristics,
						TrainingContentSummary.Builder::otherCharacteristics),
				checkbox(publicDatasets, "gpai.field.publicDatasets"),
				summaryArea("publicDatasetList", "gpai.field.publicDatasetList",
						TrainingContentSummary::publicDatasetList, TrainingContentSummary.Builder::publicDatasetList),
				checkbox(licensedData, "gpai.field.licensedData"),
				summaryArea("licensedDataDescription", "gpai.field.licensedDataDescription",
						TrainingContentSummary::licensedDataDescription,
						TrainingContentSummary.Builder::licensedDataDescription),
				summaryArea("otherPrivateData", "gpai.field.otherPrivateData", TrainingContentSummary::otherPrivateData,
						TrainingContentSummary.Builder::otherPrivateData),
				checkbox(crawled, "gpai.field.crawled"),
				summaryArea("crawlerNames", "gpai.field.crawlerNames", TrainingContentSummary::crawlerNames,
						TrainingContentSummary.Builder::crawlerNames),
				summaryArea("crawlerBehaviour", "gpai.field.crawlerBehaviour", TrainingContentSummary::crawlerBehaviour,
						TrainingContentSummary.Builder::crawlerBehaviour),
				summaryArea("crawlPeriod", "gpai.field.crawlPeriod", TrainingContentSummary::crawlPeriod,
						TrainingContentSummary.Builder::crawlPeriod),
				labelled(topDomains, "topDomains", "gpai.field.topDomains"), checkbox(userData, "gpai.field.userData"),
				summaryArea("userDataDescription", "gpai.field.userDataDescription",
						TrainingContentSummary::userDataDescription,
						TrainingContentSummary.Builder::userDataDescription),
				checkbox(syntheticData, "gpai.field.syntheticData"),
				summaryArea("syntheticDataDescription", "gpai.field.syntheticDataDescription",
						TrainingContentSummary::syntheticDataDescription,
						TrainingContentSummary.Builder::syntheticDataDescription),
				summaryArea("otherSources", "gpai.field.otherSources", TrainingContentSummary::otherSources,
						TrainingContentSummary.Builder::otherSources),
				summaryArea("optOutMeasures", "gpai.field.optOutMeasures", TrainingContentSummary::optOutMeasures,
						TrainingContentSummary.Builder::optOutMeasures),
				summaryArea("illegalContentMeasures", "gpai.field.illegalContentMeasures",
						TrainingContentSummary::illegalContentMeasures,
						TrainingContentSummary.Builder::illegalContentMeasures),
				summaryArea("otherProcessing", "gpai.field.otherProcessing", TrainingContentSummary::otherProcessing,
						TrainingContentSummary.Builder::otherProcessing));
		topDomains.setHelperText(getTranslation("gpai.field.topDomains.helper"));

		FormLayout copyright = form();
		copyright.add(
				area("copyrightPolicy", "gpai.field.copyrightPolicy", GpaiModelData::copyrightPolicy,
						GpaiModelData.Builder::copyrightPolicy),
				checkbox(codeOfPracticeSignatory, "gpai.field.codeOfPracticeSignatory"),
				labelled(markingTechniques, "markingTechniques", "gpai.field.markingTechniques"),
				area("detectionTools", "gpai.field.detectionTools", GpaiModelData::detectionTools,
						GpaiModelData.Builder::detectionTools));
		markingTechniques.setItems(MarkingTechnique.values());
		markingTechniques.setItemLabelGenerator(technique -> getTranslation(technique.translationKey()));

		FormLayout risk = form();
		risk.add(labelled(trainingTokens, "trainingTokens", "gpai.field.trainingTokens"),
				labelled(trainingComputeFlop, "trainingComputeFlop", "gpai.field.trainingComputeFlop"), computeInfo,
				labelled(systemicRiskStatus, "systemicRiskStatus", "gpai.field.systemicRiskStatus"),
				labelled(statusDecisionDate, "statusDecisionDate", "gpai.field.statusDecisionDate"),
				area("evaluationSummary", "gpai.field.evaluationSummary", GpaiModelData::evaluationSummary,
						GpaiModelData.Builder::evaluationSummary),
				area("adversarialTestingSummary", "gpai.field.adversarialTestingSummary",
						GpaiModelData::adversarialTestingSummary, GpaiModelData.Builder::adversarialTestingSummary),
				text("incidentContact", "gpai.field.incidentContact", GpaiModelData::incidentContact,
						GpaiModelData.Builder::incidentContact),
				area("cybersecuritySummary", "gpai.field.cybersecuritySummary", GpaiModelData::cybersecuritySummary,
						GpaiModelData.Builder::cybersecuritySummary));
		computeInfo.addClassName("compute-info");
		computeInfo.getElement().setAttribute("aria-live", "polite");
		trainingComputeFlop.setHelperText(getTranslation("gpai.field.trainingComputeFlop.helper"));
		systemicRiskStatus.setItems(
				Arrays.stream(SystemicRiskStatus.values()).filter(s -> s != SystemicRiskStatus.DESIGNATED).toList());
		systemicRiskStatus.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
		for (TextField number : List.of(parameterCount, trainingTokens, trainingComputeFlop)) {
			number.addValueChangeListener(change -> updateComputeInfo());
		}

		labelled(technicalDocumentation, "technicalDocumentation", "gpai.field.technicalDocumentation");
		technicalDocumentation.setHelperText(getTranslation("gpai.field.technicalDocumentation.helper"));
		labelled(changeSummary, "changeSummary", "gpai.field.changeSummary");

		Button save = new Button(getTranslation("gpai.editor.save"), click -> save());
		Button publish = new Button(getTranslation("gpai.editor.publish"), click -> publish());
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div actions = new Div(save, publish, publicPage);
		actions.addClassName("editor-actions");

		add(heading, status, new Paragraph(getTranslation("gpai.editor.intro")),
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
		fields.put(field, component);
		return component;
	}

	private Checkbox checkbox(Checkbox checkbox, String labelKey) {
		checkbox.setLabel(getTranslation(labelKey));
		return checkbox;
	}

	private TextField text(String field, String labelKey, Function<GpaiModelData, String> getter,
			BiConsumer<GpaiModelData.Builder, String> setter) {
		TextField component = labelled(new TextField(), field, labelKey);
		texts.add(new TextBinding(field, component, getter, setter));
		return component;
	}

	private TextArea area(String field, String labelKey, Function<GpaiModelData, String> getter,
			BiConsumer<GpaiModelData.Builder, String> setter) {
		TextArea component = labelled(new TextArea(), field, labelKey);
		texts.add(new TextBinding(field, component, getter, setter));
		return component;
	}

	private TextArea summaryArea(String field, String labelKey, Function<TrainingContentSummary, String> getter,
			BiConsumer<TrainingContentSummary.Builder, String> setter) {
		TextArea component = labelled(new TextArea(), field, labelKey);
		summaryTexts.add(new SummaryBinding(field, component, getter, setter));
		return component;
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
		fill(data);
		fields.values().forEach(field -> field.setInvalid(false));
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
		// the regulator's designation stays visible but cannot be chosen by providers
		List<SystemicRiskStatus> offered = new ArrayList<>(
				Arrays.stream(SystemicRiskStatus.values()).filter(s -> s != SystemicRiskStatus.DESIGNATED).toList());
		if (data.systemicRiskStatus() == SystemicRiskStatus.DESIGNATED) {
			offered.add(SystemicRiskStatus.DESIGNATED);
		}
		systemicRiskStatus.setItems(offered);
		systemicRiskStatus.setValue(data.systemicRiskStatus());
	}

	private void fill(GpaiModelData data) {
		this.current = data;
		texts.forEach(binding -> binding.component().setValue(binding.getter().apply(data)));
		TrainingContentSummary summary = data.trainingSummary();
		summaryTexts.forEach(binding -> binding.component().setValue(binding.getter().apply(summary)));
		modelType.setValue(data.modelType());
		releaseDate.setValue(data.releaseDate());
		openSource.setValue(data.openSource());
		parameterCount.setValue(number(data.parameterCount()));
		contextWindowTokens.setValue(number(data.contextWindowTokens()));
		trainingTokens.setValue(number(data.trainingTokens()));
		trainingComputeFlop.setValue(
				data.trainingComputeFlop() == null ? "" : data.trainingComputeFlop().stripTrailingZeros().toString());
		inputModalities.setValue(data.inputModalities());
		outputModalities.setValue(data.outputModalities());
		sizeBands.forEach((modality, band) -> band.setValue(summary.modalities().get(modality)));
		latestAcquisition.setValue(summary.latestAcquisition());
		publicDatasets.setValue(summary.publicDatasets());
		licensedData.setValue(summary.licensedData());
		crawled.setValue(summary.crawled());
		topDomains.setValue(String.join("\n", summary.topDomains()));
		userData.setValue(summary.userData());
		syntheticData.setValue(summary.syntheticData());
		codeOfPracticeSignatory.setValue(data.codeOfPracticeSignatory());
		markingTechniques.setValue(data.markingTechniques());
		statusDecisionDate.setValue(data.statusDecisionDate());
		updateComputeInfo();
	}

	private static String number(@Nullable Long value) {
		return value == null ? "" : value.toString();
	}

	/**
	 * The form's content, or empty (with messages next to the fields) if numbers do not
	 * parse.
	 */
	Optional<GpaiModelData> read() {
		List<FieldError> problems = new ArrayList<>();
		GpaiModelData.Builder builder = current.toBuilder();
		texts.forEach(binding -> binding.setter().accept(builder, binding.component().getValue().strip()));
		TrainingContentSummary.Builder summary = current.trainingSummary().toBuilder();
		summaryTexts.forEach(binding -> binding.setter().accept(summary, binding.component().getValue().strip()));
		Map<Modality, SizeBand> bands = new EnumMap<>(Modality.class);
		sizeBands.forEach((modality, band) -> {
			if (band.getValue() != null) {
				bands.put(modality, band.getValue());
			}
		});
		summary.modalities(bands)
			.latestAcquisition(latestAcquisition.getValue())
			.publicDatasets(publicDatasets.getValue())
			.licensedData(licensedData.getValue())
			.crawled(crawled.getValue())
			.topDomains(topDomains.getValue().lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
			.userData(userData.getValue())
			.syntheticData(syntheticData.getValue());
		builder.trainingSummary(summary.build())
			.modelType(modelType.getValue())
			.releaseDate(releaseDate.getValue())
			.openSource(openSource.getValue())
			.parameterCount(parseLong(parameterCount, "parameterCount", problems))
			.contextWindowTokens(parseLong(contextWindowTokens, "contextWindowTokens", problems))
			.trainingTokens(parseLong(trainingTokens, "trainingTokens", problems))
			.trainingComputeFlop(parseDecimal(trainingComputeFlop, "trainingComputeFlop", problems))
			.inputModalities(inputModalities.getValue())
			.outputModalities(outputModalities.getValue())
			.codeOfPracticeSignatory(codeOfPracticeSignatory.getValue())
			.markingTechniques(markingTechniques.getValue())
			.systemicRiskStatus(
					systemicRiskStatus.getValue() == null ? SystemicRiskStatus.NONE : systemicRiskStatus.getValue())
			.statusDecisionDate(statusDecisionDate.getValue());
		if (!problems.isEmpty()) {
			showProblems(new InvalidInputException(problems));
			return Optional.empty();
		}
		return Optional.of(builder.build());
	}

	private static @Nullable Long parseLong(TextField field, String name, List<FieldError> problems) {
		String text = field.getValue().strip().replace("_", "").replace(",", "").replace(" ", "");
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			problems.add(new FieldError(name, "gpai.validation.number"));
			return null;
		}
	}

	private static @Nullable BigDecimal parseDecimal(TextField field, String name, List<FieldError> problems) {
		String text = field.getValue().strip().replace(" ", "").replace("×10^", "E").replace("x10^", "E");
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldError(name, "gpai.validation.number"));
			return null;
		}
	}

	/**
	 * The calculator: reported or estimated compute, the assumption, and the presumption.
	 */
	private void updateComputeInfo() {
		List<FieldError> ignored = new ArrayList<>();
		BigDecimal reported = parseDecimal(trainingComputeFlop, "trainingComputeFlop", ignored);
		Long parameters = parseLong(parameterCount, "parameterCount", ignored);
		Long tokens = parseLong(trainingTokens, "trainingTokens", ignored);
		BigDecimal flop = reported;
		String text;
		if (reported != null) {
			text = getTranslation("gpai.compute.reported", TrainingCompute.format(reported));
		}
		else if (parameters != null && tokens != null && parameters > 0 && tokens > 0) {
			flop = TrainingCompute.estimate(parameters, tokens);
			text = getTranslation("gpai.compute.estimated", TrainingCompute.format(flop));
		}
		else {
			text = getTranslation("gpai.compute.unknown");
		}
		if (flop != null && TrainingCompute.presumesSystemicRisk(flop)) {
			text += " " + getTranslation("gpai.compute.presumption");
		}
		computeInfo.setText(text);
	}

	private Optional<Draft<GpaiModelId, GpaiModelData>> save() {
		Optional<GpaiModelData> data = read();
		if (data.isEmpty()) {
			return Optional.empty();
		}
		try {
			Draft<GpaiModelId, GpaiModelData> saved = draft == null ? service.createDraft(data.get())
					: service.saveDraft(draft.id(), draft.lockVersion(), data.get());
			service.saveTechnicalDocumentation(saved.id(), technicalDocumentation.getValue());
			boolean created = draft == null;
			show(saved, saved.data());
			if (created) {
				getUI().ifPresent(ui -> ui.navigate(route(saved.id())));
			}
			return Optional.of(saved);
		}
		catch (InvalidInputException ex) {
			showProblems(ex);
		}
		catch (ConcurrentEditException ex) {
			Problems.error(getTranslation("gpai.editor.concurrentEdit"));
		}
		return Optional.empty();
	}

	private void publish() {
		String summary = changeSummary.getValue();
		save().ifPresent(saved -> {
			try {
				int version = service.publish(saved.id(), saved.lockVersion(), summary);
				Problems.success(getTranslation("gpai.editor.published", version));
				Draft<GpaiModelId, GpaiModelData> published = service.open(saved.id());
				show(published, published.data());
			}
			catch (InvalidInputException ex) {
				changeSummary.setValue(summary);
				showProblems(ex);
			}
			catch (ActionRefusedException ex) {
				Problems.error(getTranslation(ex.messageKey()));
			}
			catch (ConcurrentEditException ex) {
				Problems.error(getTranslation("gpai.editor.concurrentEdit"));
			}
		});
	}

	private void showProblems(InvalidInputException problems) {
		fields.values().forEach(field -> field.setInvalid(false));
		Problems.show(problems, fields, error -> Problems.translate(this, error));
		Problems.error(getTranslation("gpai.editor.problems", problems.errors().size()));
	}

	/** The form fields by data field name (for tests and messages). */
	Map<String, HasValidation> fields() {
		return fields;
	}

	@Override
	public String getPageTitle() {
		return heading.getText() + " · " + getTranslation("app.name");
	}

}
