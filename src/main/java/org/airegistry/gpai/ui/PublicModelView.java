package org.airegistry.gpai.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiOversight;
import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.ModelVersionSummary;
import org.airegistry.gpai.PublicModel;
import org.airegistry.gpai.TechnicalDocument;
import org.airegistry.gpai.TrainingCompute;
import org.airegistry.gpai.TrainingContentSummary;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.Problems;
import org.airegistry.shell.components.LocalisedDatePicker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public page of a GPAI model ({@code /models/<id>}) and of each version
 * ({@code /models/<id>/versions/<n>}): identity, Annex XII information, the
 * training-content summary (also as JSON), copyright, marking, systemic risk, version
 * history with SHA-256. Regulators also see the Annex XI reference and can record a
 * designation.
 */
@Route(GpaiRoutes.PUBLIC_MODEL + "/:id")
@RouteAlias(GpaiRoutes.PUBLIC_MODEL + "/:id/versions/:version")
@AnonymousAllowed
@StyleSheet("styles/print.css")
public class PublicModelView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final GpaiQueries queries;

	private final GpaiOversight oversight;

	private final CurrentActor currentActor;

	private String title = "";

	public PublicModelView(GpaiQueries queries, GpaiOversight oversight, CurrentActor currentActor) {
		this.queries = queries;
		this.oversight = oversight;
		this.currentActor = currentActor;
		addClassNames("page", "public-entry", "public-model");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<GpaiModelId> id = event.getRouteParameters().get("id").flatMap(GpaiModelId::parse);
		Optional<String> version = event.getRouteParameters().get("version");
		Optional<PublicModel> model = id.flatMap(modelId -> version.isPresent()
				? parseVersion(version.get()).flatMap(number -> queries.version(modelId, number))
				: queries.latest(modelId));
		if (model.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(model.get(), queries.versions(model.get().id()));
	}

	private void show(PublicModel model, List<ModelVersionSummary> history) {
		removeAll();
		GpaiModelData data = model.data();
		title = data.name();
		Span version = badge(getTranslation("gpai.page.versionOf", model.version(), model.latestVersion()));
		add(new H1(title), version);
		Button print = new Button(getTranslation("gpai.page.print"), click -> getElement().executeJs("window.print()"));
		print.addClassName("no-print");
		print.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
		if (data.systemicRisk()) {
			Span systemic = badge(getTranslation("gpai.page.systemicRisk"));
			systemic.getElement().getThemeList().add("error");
			add(systemic);
		}
		if (data.openSource()) {
			add(badge(getTranslation("gpai.page.openSource")));
		}
		add(print);
		if (model.version() != model.latestVersion()) {
			Paragraph older = new Paragraph(getTranslation("gpai.page.olderVersion") + " ");
			older.add(new Anchor(GpaiRoutes.permalink(model.id()), getTranslation("gpai.page.toLatest")));
			older.getElement().setAttribute("role", "note");
			older.addClassName("notice");
			add(older);
		}

		DescriptionList identity = list();
		field(identity, "gpai.field.provider", model.providerName());
		field(identity, "gpai.field.modelVersion", data.modelVersion());
		field(identity, "gpai.field.modelType",
				data.modelType() == null ? "" : getTranslation(data.modelType().translationKey()));
		field(identity, "gpai.field.authorisedRepresentative", data.authorisedRepresentative());
		field(identity, "gpai.field.releaseDate", data.releaseDate() == null ? "" : localDate(data.releaseDate()));
		field(identity, "gpai.field.distributionChannels", data.distributionChannels());
		field(identity, "gpai.field.licence", data.licence());
		field(identity, "gpai.field.openSource", yesNo(data.openSource()));
		field(identity, "gpai.field.acceptableUsePolicy", data.acceptableUsePolicy());
		field(identity, "gpai.field.basedOnModel", data.basedOnModel());
		add(section("gpai.section.identity", identity));

		DescriptionList downstream = list();
		field(downstream, "gpai.field.intendedTasks", data.intendedTasks());
		field(downstream, "gpai.field.integrableSystems", data.integrableSystems());
		field(downstream, "gpai.field.interaction", data.interaction());
		field(downstream, "gpai.field.architecture", data.architecture());
		field(downstream, "gpai.field.parameterCount",
				data.parameterCount() == null ? "" : number(data.parameterCount()));
		field(downstream, "gpai.field.inputModalities", modalities(data.inputModalities()));
		field(downstream, "gpai.field.outputModalities", modalities(data.outputModalities()));
		field(downstream, "gpai.field.formatsAndMaxSizes", data.formatsAndMaxSizes());
		field(downstream, "gpai.field.contextWindowTokens",
				data.contextWindowTokens() == null ? "" : number(data.contextWindowTokens()));
		field(downstream, "gpai.field.trainingDataDescription", data.trainingDataDescription());
		field(downstream, "gpai.field.integrationMeans", data.integrationMeans());
		if (data.openSourceExempt()) {
			downstream.add(new Term(getTranslation("gpai.page.exemption")),
					new Description(new Span(getTranslation("gpai.page.exemption.text"))));
		}
		add(section("gpai.section.downstream", downstream));

		add(summarySection(model));

		DescriptionList copyright = list();
		field(copyright, "gpai.field.copyrightPolicy", data.copyrightPolicy());
		field(copyright, "gpai.field.codeOfPracticeSignatory", yesNo(data.codeOfPracticeSignatory()));
		field(copyright, "gpai.field.markingTechniques",
				data.markingTechniques()
					.stream()
					.map(technique -> getTranslation(technique.translationKey()))
					.collect(Collectors.joining(", ")));
		field(copyright, "gpai.field.detectionTools", data.detectionTools());
		add(section("gpai.section.copyright", copyright));

		DescriptionList risk = list();
		data.effectiveCompute()
			.ifPresent(flop -> field(risk, "gpai.field.trainingComputeFlop",
					getTranslation(data.computeEstimated() ? "gpai.compute.estimated" : "gpai.compute.reported",
							TrainingCompute.format(flop))
							+ (data.presumedSystemicRisk() ? " " + getTranslation("gpai.compute.presumption") : "")));
		field(risk, "gpai.field.systemicRiskStatus", getTranslation(data.systemicRiskStatus().translationKey()));
		field(risk, "gpai.field.statusDecisionDate",
				data.statusDecisionDate() == null ? "" : localDate(data.statusDecisionDate()));
		field(risk, "gpai.field.evaluationSummary", data.evaluationSummary());
		field(risk, "gpai.field.adversarialTestingSummary", data.adversarialTestingSummary());
		field(risk, "gpai.field.incidentContact", data.incidentContact());
		field(risk, "gpai.field.cybersecuritySummary", data.cybersecuritySummary());
		add(section("gpai.section.systemicRisk", risk));

		DescriptionList integrity = list();
		field(integrity, "gpai.page.publishedOn", Formats.dateTime(model.publishedAt().toInstant(), getLocale()));
		integrity.add(new Term(getTranslation("gpai.page.permalink")),
				new Description(new Anchor(GpaiRoutes.versionPermalink(model.id(), model.version()),
						"/" + GpaiRoutes.versionPermalink(model.id(), model.version()))));
		Code hash = new Code(model.contentSha256());
		hash.addClassName("hash");
		integrity.add(new Term(getTranslation("gpai.page.sha256")), new Description(hash));
		add(integrity);
		add(history(model, history));
		if (currentActor.current().filter(actor -> actor.has(Role.REGULATOR)).isPresent()) {
			add(regulatorSection(model));
		}
	}

	private Section summarySection(PublicModel model) {
		TrainingContentSummary summary = model.data().trainingSummary();
		DescriptionList list = list();
		field(list, "gpai.field.modalities",
				summary.modalities()
					.entrySet()
					.stream()
					.map(entry -> getTranslation(entry.getKey().translationKey()) + ": "
							+ getTranslation(entry.getValue().translationKey(entry.getKey())))
					.collect(Collectors.joining("; ")));
		field(list, "gpai.field.contentTypes", summary.contentTypes());
		field(list, "gpai.field.latestAcquisition",
				summary.latestAcquisition() == null ? "" : localDate(summary.latestAcquisition()));
		field(list, "gpai.field.languages", summary.languages());
		field(list, "gpai.field.otherCharacteristics", summary.otherCharacteristics());
		field(list, "gpai.field.publicDatasets", yesNo(summary.publicDatasets()));
		field(list, "gpai.field.publicDatasetList", summary.publicDatasetList());
		field(list, "gpai.field.licensedData", yesNo(summary.licensedData()));
		field(list, "gpai.field.licensedDataDescription", summary.licensedDataDescription());
		field(list, "gpai.field.otherPrivateData", summary.otherPrivateData());
		field(list, "gpai.field.crawled", yesNo(summary.crawled()));
		field(list, "gpai.field.crawlerNames", summary.crawlerNames());
		field(list, "gpai.field.crawlerBehaviour", summary.crawlerBehaviour());
		field(list, "gpai.field.crawlPeriod", summary.crawlPeriod());
		field(list, "gpai.field.topDomains", String.join(", ", summary.topDomains()));
		field(list, "gpai.field.userData", yesNo(summary.userData()));
		field(list, "gpai.field.userDataDescription", summary.userDataDescription());
		field(list, "gpai.field.syntheticData", yesNo(summary.syntheticData()));
		field(list, "gpai.field.syntheticDataDescription", summary.syntheticDataDescription());
		field(list, "gpai.field.otherSources", summary.otherSources());
		field(list, "gpai.field.optOutMeasures", summary.optOutMeasures());
		field(list, "gpai.field.illegalContentMeasures", summary.illegalContentMeasures());
		field(list, "gpai.field.otherProcessing", summary.otherProcessing());
		Anchor json = new Anchor(GpaiRoutes.summaryJson(model.id(), model.version()),
				getTranslation("gpai.page.summaryJson"));
		json.getElement().setAttribute("download", true);
		json.setRouterIgnore(true);
		Section section = section("gpai.section.summary", list);
		section.add(new Paragraph(getTranslation("gpai.page.summaryDated", model.version(),
				Formats.date(model.publishedAt().toInstant(), getLocale()))), new Paragraph(json));
		return section;
	}

	private Section history(PublicModel shown, List<ModelVersionSummary> history) {
		OrderedList versions = new OrderedList();
		versions.getElement().setAttribute("reversed", true);
		versions.addClassName("version-history");
		for (ModelVersionSummary version : history) {
			String label = getTranslation("gpai.page.history.version", version.version(),
					Formats.dateTime(version.publishedAt().toInstant(), getLocale()));
			Component link = version.version() == shown.version()
					? new Span(label + " " + getTranslation("gpai.page.history.shown"))
					: new Anchor(GpaiRoutes.versionPermalink(shown.id(), version.version()), label);
			String summary = version.changeSummary() == null
					? (version.version() == 1 ? getTranslation("gpai.page.history.first") : "")
					: version.changeSummary();
			Span text = new Span(" " + summary);
			text.addClassName("change-summary");
			versions.add(new ListItem(link, text));
		}
		return new Section(new H2(getTranslation("gpai.page.history.title")), versions);
	}

	private Section regulatorSection(PublicModel model) {
		Section section = new Section(new H2(getTranslation("gpai.regulator.title")));
		String documentation = oversight.technicalDocumentation(model.id());
		section.add(new Paragraph(getTranslation("gpai.field.technicalDocumentation") + ": "
				+ (documentation.isBlank() ? getTranslation("gpai.regulator.noDocumentation") : documentation)));
		List<TechnicalDocument> attachments = oversight.technicalDocuments(model.id());
		UnorderedList files = new UnorderedList();
		files.addClassName("technical-documents");
		files.getElement().setAttribute("aria-label", getTranslation("gpai.regulator.attachments"));
		for (TechnicalDocument document : attachments) {
			Anchor download = new Anchor(GpaiRoutes.technicalDocument(model.id(), document.sha256()),
					getTranslation("gpai.technicalDocument.item", document.fileName(), document.modelVersion(),
							document.sha256().substring(0, 12)));
			download.setRouterIgnore(true);
			download.getElement().setAttribute("download", true);
			files.add(new ListItem(download));
		}
		section.add(new H3(getTranslation("gpai.regulator.attachments")));
		section.add(attachments.isEmpty() ? new Paragraph(getTranslation("gpai.regulator.noAttachments")) : files);
		DatePicker decision = new LocalisedDatePicker(getTranslation("gpai.field.statusDecisionDate"));
		decision.setValue(LocalDate.now());
		Button designate = new Button(getTranslation("gpai.regulator.designate"), click -> {
			try {
				int version = oversight.designate(model.id(),
						decision.getValue() == null ? LocalDate.now() : decision.getValue());
				Problems.success(getTranslation("gpai.regulator.designated", version));
				getUI().ifPresent(ui -> ui.navigate(GpaiRoutes.permalink(model.id())));
				show(queries.latest(model.id()).orElseThrow(), queries.versions(model.id()));
			}
			catch (ActionRefusedException ex) {
				Problems.error(getTranslation(ex.messageKey()));
			}
			catch (InvalidInputException ex) {
				decision.setErrorMessage(getTranslation("gpai.validation.future"));
				decision.setInvalid(true);
			}
		});
		section.add(decision, designate);
		return section;
	}

	private String localDate(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(getLocale()));
	}

	private String number(long value) {
		return java.text.NumberFormat.getIntegerInstance(getLocale()).format(value);
	}

	private Span badge(String text) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add("badge");
		return badge;
	}

	private String modalities(java.util.Set<org.airegistry.gpai.Modality> modalities) {
		return modalities.stream()
			.map(modality -> getTranslation(modality.translationKey()))
			.collect(Collectors.joining(", "));
	}

	private String yesNo(boolean value) {
		return getTranslation(value ? "gpai.yes" : "gpai.no");
	}

	private DescriptionList list() {
		DescriptionList list = new DescriptionList();
		list.addClassName("entry-fields");
		return list;
	}

	private Section section(String titleKey, Component content) {
		return new Section(new H2(getTranslation(titleKey)), content);
	}

	private void field(DescriptionList list, String labelKey, String value) {
		if (value.isBlank()) {
			return;
		}
		Paragraph text = new Paragraph(value);
		text.addClassName("multiline");
		list.add(new Term(getTranslation(labelKey)), new Description(text));
	}

	static Optional<Integer> parseVersion(String value) {
		try {
			int number = Integer.parseInt(value);
			return number > 0 ? Optional.of(number) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
