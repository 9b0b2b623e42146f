package org.airegistry.gpai.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.airegistry.gpai.GpaiFields;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiOversight;
import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.publication.VersionNumbers;
import org.airegistry.publication.VersionSummary;
import org.airegistry.publication.Freshness;
import org.airegistry.publication.ui.ConfirmedAsCurrent;
import org.airegistry.publication.ui.FieldList;
import org.airegistry.publication.ui.VersionDiffView;
import org.airegistry.publication.ui.VersionHistory;
import org.airegistry.gpai.PublicModel;
import org.airegistry.gpai.SystemicRiskStatus;
import org.airegistry.gpai.TechnicalDocument;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Competence;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.PublicAddress;
import org.airegistry.shell.components.PublicDocument;
import org.airegistry.shell.components.StaticHtml;
import org.airegistry.shell.components.StructuredData;
import org.airegistry.shell.components.Problems;
import org.airegistry.shell.components.LocalisedDatePicker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
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
public class PublicModelView extends Main implements BeforeEnterObserver, HasDynamicTitle, PublicDocument {

	/** The model page's field specification. */
	static final GpaiFields FIELDS = new GpaiFields();

	private final GpaiQueries queries;

	private final GpaiOversight oversight;

	private final CurrentActor currentActor;

	private String title = "";

	/** What the first response says about the page shown (DD035). */
	private DocumentMetadata metadata = DocumentMetadata.page("", "", null);

	private final Freshness freshness;

	public PublicModelView(GpaiQueries queries, GpaiOversight oversight, CurrentActor currentActor,
			Freshness freshness) {
		this.freshness = freshness;
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
				? VersionNumbers.parse(version.get()).flatMap(number -> queries.version(modelId, number))
				: queries.latest(modelId));
		if (model.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(model.get(), queries.versions(model.get().id(), getLocale()));
		metadata = metadata(model.get(), version.isPresent());
	}

	/** Description, canonical address and schema.org data of a model page. */
	private DocumentMetadata metadata(PublicModel model, boolean versionAddress) {
		GpaiModelData data = model.data();
		String description = getTranslation("gpai.meta.description", data.name(), model.providerName(),
				data.intendedTasks());
		StructuredData software = StructuredData.of("SoftwareApplication")
			.put("name", data.name())
			.put("softwareVersion", data.modelVersion())
			.put("applicationCategory",
					getTranslation(data.systemicRisk() ? "gpai.meta.categorySystemic" : "gpai.meta.category"))
			.put("description", data.intendedTasks())
			.put("license", data.licence())
			.put("isAccessibleForFree", data.openSource() ? Boolean.TRUE : null)
			.put("datePublished", data.releaseDate())
			.put("provider", StructuredData.of("Organization").put("name", model.providerName()))
			.put("url", PublicAddress.absolute(GpaiRoutes.permalink(model.id())));
		StructuredData page = StructuredData.of("WebPage")
			.put("name", data.name())
			.put("version", model.version())
			.put("dateModified", model.publishedAt())
			.put("mainEntity", software);
		if (versionAddress) {
			return DocumentMetadata.version(description, GpaiRoutes.versionPermalink(model.id(), model.version()),
					model.publishedAt(), page);
		}
		return DocumentMetadata.page(description, GpaiRoutes.permalink(model.id()), page).withOpenGraphType("article");
	}

	@Override
	public DocumentMetadata documentMetadata() {
		return metadata;
	}

	private void show(PublicModel model, List<VersionSummary> history) {
		removeAll();
		GpaiModelData data = model.data();
		title = data.name();
		Span version = badge(getTranslation("gpai.page.versionOf", model.version(), model.latestVersion()));
		add(new H1(title), version);
		Button print = StaticHtml
			.omit(new Button(getTranslation("gpai.page.print"), click -> getElement().executeJs("window.print()")));
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

		for (GpaiFields.Group group : FIELDS.groups(data, this::getTranslation, getLocale())) {
			FieldList list = new FieldList();
			if (group.titleKey().equals("gpai.section.identity")) {
				list.add(getTranslation("gpai.field.provider"), multiline(model.providerName()));
			}
			group.fields().stream().filter(field -> !field.isEmpty()).forEach(list::add);
			Section section = section(group.titleKey(), list);
			if (group.titleKey().equals("gpai.section.summary")) {
				summaryLinks(model, section);
			}
			add(section);
		}

		FieldList integrity = new FieldList();
		integrity.add(getTranslation("gpai.page.publishedOn"),
				multiline(Formats.dateTime(model.publishedAt(), getLocale())));
		if (model.version() == model.latestVersion()) {
			// issue 21 (freshness): when the provider last said the page is current
			Freshness.Standing standing = queries.standing(model);
			ConfirmedAsCurrent
				.add(this, integrity, standing, Formats.date(standing.confirmedAt(), getLocale()),
						"gpai.public.confirmedOn", "gpai.public.notConfirmedInTime",
						freshness.reviewInterval().toTotalMonths())
				.ifPresent(this::add);
		}
		integrity.add(getTranslation("gpai.page.permalink"),
				new Anchor(GpaiRoutes.versionPermalink(model.id(), model.version()),
						"/" + GpaiRoutes.versionPermalink(model.id(), model.version())));
		Code hash = new Code(model.contentSha256());
		hash.addClassName("hash");
		integrity.add(getTranslation("gpai.page.sha256"), hash);
		add(integrity);
		add(new VersionHistory(history, model.version(), number -> GpaiRoutes.versionPermalink(model.id(), number),
				instant -> Formats.dateTime(instant, getLocale()), "gpai.page.history.first",
				(from, to) -> VersionDiffView.route(GpaiRoutes.permalink(model.id()), from, to)));
		if (currentActor.current().filter(actor -> actor.has(Competence.GPAI)).isPresent()) {
			add(regulatorSection(model));
		}
	}

	/** The download of the training-content summary and its date, below its fields. */
	private void summaryLinks(PublicModel model, Section section) {
		Anchor json = new Anchor(GpaiRoutes.summaryJson(model.id(), model.version()),
				getTranslation("gpai.page.summaryJson"));
		json.getElement().setAttribute("download", true);
		json.setRouterIgnore(true);
		section.add(new Paragraph(getTranslation("gpai.page.summaryDated", model.version(),
				Formats.date(model.publishedAt(), getLocale()))), new Paragraph(json));
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
		// Art 52(3), 52(4): only the AI Office records the Commission's decisions
		boolean aiOffice = currentActor.current()
			.flatMap(actor -> actor.jurisdictionFor(Competence.GPAI))
			.map(org.airegistry.shared.Jurisdiction::isUnion)
			.orElse(false);
		if (!aiOffice) {
			section.add(new Paragraph(getTranslation("gpai.regulator.decisionsByAiOffice")));
			return section;
		}
		DatePicker decision = new LocalisedDatePicker(getTranslation("gpai.field.statusDecisionDate"));
		decision.setValue(LocalDate.now());
		section.add(decision);
		SystemicRiskStatus current = model.data().systemicRiskStatus();
		List<SystemicRiskStatus> decisions = current == SystemicRiskStatus.REBUTTAL_SUBMITTED
				? List.of(SystemicRiskStatus.REBUTTAL_ACCEPTED, SystemicRiskStatus.REBUTTAL_REJECTED,
						SystemicRiskStatus.DESIGNATED)
				: current == SystemicRiskStatus.DESIGNATED ? List.of() : List.of(SystemicRiskStatus.DESIGNATED);
		for (SystemicRiskStatus outcome : decisions) {
			section.add(new Button(getTranslation("gpai.regulator.decide." + outcome.name()), click -> {
				try {
					int version = oversight.decide(model.id(), outcome,
							decision.getValue() == null ? LocalDate.now() : decision.getValue());
					Problems.success(getTranslation("gpai.regulator.decided", version));
					getUI().ifPresent(ui -> ui.navigate(GpaiRoutes.permalink(model.id())));
					show(queries.latest(model.id()).orElseThrow(), queries.versions(model.id(), getLocale()));
				}
				catch (ActionRefusedException ex) {
					Problems.error(getTranslation(ex.messageKey()));
				}
				catch (InvalidInputException ex) {
					decision.setErrorMessage(getTranslation("gpai.validation.future"));
					decision.setInvalid(true);
				}
			}));
		}
		return section;
	}

	private Span badge(String text) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add("badge");
		return badge;
	}

	private static Paragraph multiline(String text) {
		Paragraph paragraph = new Paragraph(text);
		paragraph.addClassName("multiline");
		return paragraph;
	}

	private Section section(String titleKey, Component content) {
		return new Section(new H2(getTranslation(titleKey)), content);
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
