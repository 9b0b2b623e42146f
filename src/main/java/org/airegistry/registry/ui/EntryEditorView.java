package org.airegistry.registry.ui;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.publication.ui.DraftEditing;
import org.airegistry.publication.ui.EditorLayout;
import org.airegistry.publication.ui.PublishConfirmation;
import org.airegistry.publication.ui.RecordForm;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.Art63Condition;
import org.airegistry.registry.Certificate;
import org.airegistry.registry.Classification;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryDocuments;
import org.airegistry.registry.AuthorisedRepresentativeText;
import org.airegistry.registry.EntryFields;
import org.airegistry.registry.MandateRequest;
import org.airegistry.registry.RepresentativeMandates;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.SectionB;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.LocalisedDatePicker;
import org.airegistry.shell.components.ErrorSummary;
import org.airegistry.shell.components.Problems;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
 * Creates and edits an AI system entry (Annex VIII Section A). Each field carries its
 * Annex VIII item. Conditional parts appear only when they apply: the authorised
 * representative for providers outside the EU, the certificate when a notified body
 * issued one, and for the non-public section (Art 49(4)) only the fields the law allows.
 * A draft can be saved with missing content; publishing checks that everything the law
 * asks for is there. Rules are checked by the service, and each problem is shown next to
 * its field.
 */
@Route(EntryEditorView.ROUTE)
@RolesAllowed(Role.Names.PROVIDER)
public class EntryEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

	static final String ROUTE = "workspace/systems/:id?";

	private final RegistryService registry;

	private final boolean representativeRequired;

	private final H1 heading = new H1();

	private final Paragraph status = new Paragraph();

	private final ErrorSummary problemSummary = new ErrorSummary();

	private final Paragraph restrictedNotice = new Paragraph();

	private final ComboBox<AnnexIIIPoint> annexIIIPoint = new ComboBox<>();

	private final Checkbox leOrMigrationUse = new Checkbox();

	private final ComboBox<ContentLanguage> language = new ComboBox<>();

	private final TextArea submitterOnBehalf = new TextArea();

	private final TextArea authorisedRepresentative = new TextArea();

	private final MandatePanel mandatePanel;

	/**
	 * The stored A.3 value the form shows as text: the server sets it from the mandate.
	 */
	private String storedA3 = "";

	private final TextField tradeName = new TextField();

	private final TextField unambiguousReference = new TextField();

	private final TextArea intendedPurpose = new TextArea();

	private final TextArea componentsAndFunctions = new TextArea();

	private final TextArea dataAndLogic = new TextArea();

	private final ComboBox<EntryStatus> entryStatus = new ComboBox<>();

	private final MultiSelectComboBox<MemberState> memberStates = new MultiSelectComboBox<>();

	private final Checkbox hasCertificate = new Checkbox();

	private final TextField certificateType = new TextField();

	private final TextField certificateNumber = new TextField();

	private final DatePicker certificateExpiry = new LocalisedDatePicker();

	private final TextField bodyName = new TextField();

	private final TextField bodyId = new TextField();

	private final TextField declarationOfConformity = new TextField();

	private final TextField instructionsForUse = new TextField();

	private final TextField moreInformationUrl = new TextField();

	private final TextField changeSummary = new TextField();

	private final FormLayout certificateFields;

	private final Section conformitySection;

	private final Anchor publicPage = new Anchor();

	private final boolean omnibus2026;

	private final RadioButtonGroup<Classification> classification = new RadioButtonGroup<>();

	private final CheckboxGroup<Art63Condition> conditions = new CheckboxGroup<>();

	private final Checkbox performsProfiling = new Checkbox();

	private final TextArea notHighRiskGrounds = new TextArea();

	private final Section sectionBSection;

	private final Map<DocumentKind, DocumentField> documents = new LinkedHashMap<>();

	/**
	 * The entry's content: a binder per record (the entry, its certificate, Section B,
	 * its PDFs).
	 */
	private final RecordForm<EntryData> form = new RecordForm<>(EntryData.class);

	private final DraftEditing<EntryData, DraftEntry> editing;

	private final PublishConfirmation<EntryData, DraftEntry> confirmation;

	private @Nullable DraftEntry entry;

	/**
	 * The binding of B.6's profiling question, checked again when the section changes.
	 */
	private Binder.@Nullable Binding<SectionB, Boolean> profiling;

	public EntryEditorView(RegistryService registry, RepresentativeMandates mandates, Clock clock) {
		this.registry = registry;
		this.mandatePanel = new MandatePanel(mandates, clock);
		this.representativeRequired = registry.authorisedRepresentativeRequired();
		this.omnibus2026 = registry.omnibus2026();
		addClassName("page");
		addClassName("entry-editor");

		annexIIIPoint.setHelperText(getTranslation("field.annexIIIPoint.help"));
		annexIIIPoint.setItems(AnnexIIIPoint.values());
		annexIIIPoint.setItemLabelGenerator(point -> getTranslation(point.translationKey()));
		annexIIIPoint.setRequiredIndicatorVisible(true);
		annexIIIPoint.setWidthFull();
		annexIIIPoint.addValueChangeListener(event -> updateConditionalFields());
		leOrMigrationUse.setLabel(getTranslation("field.leOrMigrationUse"));
		leOrMigrationUse.setHelperText(getTranslation("field.leOrMigrationUse.help"));
		leOrMigrationUse.addValueChangeListener(event -> updateConditionalFields());
		language.setLabel(getTranslation("field.language"));
		language.setHelperText(getTranslation("field.language.help"));
		language.setItems(Arrays.stream(ContentLanguage.values())
			.sorted(Comparator.comparing(value -> value.displayName(getLocale())))
			.toList());
		language.setItemLabelGenerator(value -> value.displayName(getLocale()));
		classification.setLabel(getTranslation("field.classification"));
		classification.setHelperText(getTranslation("field.classification.help"));
		classification.setItems(Classification.values());
		classification.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		classification.setValue(Classification.SECTION_A);
		classification.addValueChangeListener(event -> {
			updateConditionalFields();
			checkProfiling();
		});
		conditions.setHelperText(getTranslation("field.sectionB.conditions.help"));
		conditions.setItems(Art63Condition.values());
		conditions.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		// no required indicator: vaadin-checkbox-group would get aria-required, which
		// role
		// "group" does not allow (axe aria-allowed-attr); the helper text says it is
		// required
		performsProfiling.setLabel(getTranslation("field.sectionB.performsProfiling"));
		performsProfiling.setHelperText(getTranslation("field.sectionB.performsProfiling.help"));
		notHighRiskGrounds
			.setHelperText(getTranslation("field.sectionB.notHighRiskGrounds.help", EntryData.DESCRIPTION_MAX));
		notHighRiskGrounds.setRequiredIndicatorVisible(true);
		notHighRiskGrounds.setVisible(!omnibus2026);
		for (DocumentKind kind : DocumentKind.values()) {
			documents.put(kind, new DocumentField(kind, registry::storeDocument,
					error -> Problems.translate(this, error), registry.maxDocumentBytes()));
		}
		restrictedNotice.setText(getTranslation("editor.restricted.notice"));
		restrictedNotice.addClassName("notice");
		restrictedNotice.getElement().setAttribute("role", "note");

		submitterOnBehalf.setHelperText(getTranslation("field.submitterOnBehalf.help"));
		authorisedRepresentative.setHelperText(getTranslation(representativeRequired
				? "field.authorisedRepresentative.requiredHelp" : "field.authorisedRepresentative.help"));
		authorisedRepresentative.setRequiredIndicatorVisible(representativeRequired);
		// Art 22(3), Annex VIII A.3: what the next version publishes follows the mandate
		// (the part below), never text the provider types
		authorisedRepresentative.setReadOnly(true);

		tradeName.setHelperText(getTranslation("field.tradeName.help", EntryData.TRADE_NAME_MAX));
		tradeName.setRequiredIndicatorVisible(true);
		unambiguousReference.setHelperText(getTranslation("field.unambiguousReference.help", EntryData.REFERENCE_MAX));
		intendedPurpose.setHelperText(getTranslation("field.intendedPurpose.help", EntryData.INTENDED_PURPOSE_MAX));
		intendedPurpose.setMinRows(4);
		intendedPurpose.setRequiredIndicatorVisible(true);
		componentsAndFunctions
			.setHelperText(getTranslation("field.componentsAndFunctions.help", EntryData.DESCRIPTION_MAX));
		componentsAndFunctions.setRequiredIndicatorVisible(true);
		dataAndLogic.setHelperText(getTranslation("field.dataAndLogic.help", EntryData.DESCRIPTION_MAX));
		dataAndLogic.setRequiredIndicatorVisible(true);
		entryStatus.setHelperText(getTranslation("field.status.help"));
		entryStatus.setItems(EntryStatus.values());
		entryStatus.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		entryStatus.setRequiredIndicatorVisible(true);
		memberStates.setHelperText(getTranslation("field.memberStates.help"));
		memberStates.setItems(Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing(state -> state.displayName(getLocale())))
			.toList());
		memberStates.setItemLabelGenerator(state -> state.displayName(getLocale()));
		memberStates.setRequiredIndicatorVisible(true);

		hasCertificate.setLabel(getTranslation("field.hasCertificate") + " (" + getTranslation("annex.A8") + ")");
		hasCertificate.setHelperText(getTranslation("field.hasCertificate.help"));
		hasCertificate.addValueChangeListener(event -> updateConditionalFields());
		declarationOfConformity.setHelperText(getTranslation("field.declarationOfConformity.help"));
		declarationOfConformity.setRequiredIndicatorVisible(true);
		instructionsForUse.setHelperText(getTranslation("field.instructionsForUse.help"));
		instructionsForUse.setRequiredIndicatorVisible(true);
		moreInformationUrl.setHelperText(getTranslation("field.moreInformationUrl.help"));

		EditorLayout.changeSummary(this, changeSummary, "field.changeSummary", "field.changeSummary.help");

		certificateFields = EditorLayout.form(certificateType, certificateNumber, certificateExpiry, bodyName, bodyId,
				documents.get(DocumentKind.CERTIFICATE_SCAN));
		conformitySection = section("editor.section.conformity",
				EditorLayout.form(hasCertificate, certificateFields, declarationOfConformity,
						documents.get(DocumentKind.DECLARATION_OF_CONFORMITY), instructionsForUse,
						documents.get(DocumentKind.INSTRUCTIONS_FOR_USE), moreInformationUrl));
		sectionBSection = section("editor.section.sectionB",
				EditorLayout.form(performsProfiling, conditions, notHighRiskGrounds));

		Button save = new Button(getTranslation("editor.saveDraft"), click -> saveDraft());
		Button publish = EditorLayout.primary(new Button(getTranslation("editor.publish"), click -> publish()));
		Button back = EditorLayout.tertiary(new Button(getTranslation("editor.back"),
				click -> getUI().ifPresent(ui -> ui.navigate(WorkspaceView.class))));

		bind();
		// every input labelled as the public page labels its field: Section B's items
		// first (B.6 and B.7 exist only there), then the shared ones as Section A's
		relabel(true);
		relabel(false);
		editing = new DraftEditing<>(this, new Entries(), form, changeSummary, Problems.NOTICES,
				new DraftEditing.Messages("editor.concurrentEdit", "editor.fixErrors"))
			.summarisedIn(problemSummary)
			// without a certificate, the certificate's record is not sent
			.contentAlsoFrom(hasCertificate);
		confirmation = new PublishConfirmation<>(this, editing, saved -> registry.previewPublication(saved.id()),
				new EntryFields(omnibus2026), DraftEntry::data, saved -> saved.data().tradeName(),
				"editor.confirm.first");
		// problems come from the service; the components' own checks would clear them
		editing.inputs().forEach(field -> field.setManualValidation(true));
		status.addClassName("entry-status");
		status.getElement().setAttribute("aria-live", "polite");
		add(heading, status, publicPage, problemSummary,
				section("editor.section.classification",
						EditorLayout.form(classification, annexIIIPoint, leOrMigrationUse, restrictedNotice, language)),
				sectionBSection,
				section("editor.section.provider",
						EditorLayout.form(submitterOnBehalf, authorisedRepresentative, mandatePanel)),
				section("editor.section.system",
						EditorLayout.form(tradeName, unambiguousReference, intendedPurpose, componentsAndFunctions,
								dataAndLogic, entryStatus, memberStates)),
				conformitySection, new Div(changeSummary), EditorLayout.actions(save, publish, back),
				editing.publishingWith(publish));
	}

	/** Binds every component of the entry's records to its input, by name. */
	private void bind() {
		Binder<EntryData> binder = form.binder();
		binder.forField(language).bind("language");
		binder.forField(annexIIIPoint).bind("annexIIIPoint");
		binder.forField(leOrMigrationUse).bind("lawEnforcementOrMigrationUse");
		binder.forField(submitterOnBehalf).bind("submitterOnBehalf");
		binder.forField(authorisedRepresentative).withConverter(shown -> storedA3, stored -> {
			storedA3 = stored == null ? "" : stored;
			return AuthorisedRepresentativeText.shown(storedA3, this::getTranslation);
		}).bind("authorisedRepresentative");
		binder.forField(tradeName).bind("tradeName");
		binder.forField(unambiguousReference).bind("unambiguousReference");
		binder.forField(intendedPurpose).bind("intendedPurpose");
		binder.forField(componentsAndFunctions).bind("componentsAndFunctions");
		binder.forField(dataAndLogic).bind("dataAndLogic");
		binder.forField(entryStatus).bind("status");
		binder.forField(memberStates).bind("memberStates");
		binder.forField(declarationOfConformity).bind("declarationOfConformity");
		binder.forField(instructionsForUse).bind("instructionsForUse");
		binder.forField(moreInformationUrl).bind("moreInformationUrl");
		binder.forField(classification).bind("classification");
		Binder<Certificate> certificate = form.nest("certificate", Certificate.class).binder();
		certificate.forField(certificateType).bind("type");
		certificate.forField(certificateNumber).bind("number");
		certificate.forField(certificateExpiry).bind("expiryDate");
		certificate.forField(bodyName).bind("bodyName");
		certificate.forField(bodyId).bind("bodyId");
		Binder<SectionB> sectionB = form.nest("sectionB", SectionB.class).binder();
		sectionB.forField(conditions).bind("conditions");
		// Art 6(3), third subparagraph: refused at once, next to the field
		profiling = sectionB.forField(performsProfiling)
			.withValidator(profiles -> !profiles || classification.getValue() != Classification.SECTION_B,
					getTranslation("validation.sectionB.profiling"))
			.bind("performsProfiling");
		sectionB.forField(notHighRiskGrounds).bind("notHighRiskGrounds");
		Binder<EntryDocuments> files = form.nest("documents", EntryDocuments.class).binder();
		files.forField(documents.get(DocumentKind.CERTIFICATE_SCAN)).bind("certificateScan");
		files.forField(documents.get(DocumentKind.DECLARATION_OF_CONFORMITY)).bind("declarationOfConformity");
		files.forField(documents.get(DocumentKind.INSTRUCTIONS_FOR_USE)).bind("instructionsForUse");
		// the service names an upload's problems by the document's kind
		documents.forEach((kind, field) -> form.name("documents." + kind.name(), field));
	}

	private Section section(String key, Component content) {
		return EditorLayout.section(this, key, "editor-section", content);
	}

	/** The editor's address for an existing entry. */
	static String route(AiSystemId id) {
		return "workspace/systems/" + id.value();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<String> id = event.getRouteParameters().get("id");
		if (id.isEmpty()) {
			show(null, EntryData.empty());
			return;
		}
		try {
			DraftEntry draft = registry.open(new AiSystemId(UUID.fromString(id.get())));
			show(draft, draft.data());
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

	private void show(@Nullable DraftEntry draft, EntryData data) {
		this.entry = draft;
		fill(data);
		editing.clearProblems();
		changeSummary.clear();
		changeSummary.setVisible(draft != null && draft.publishedVersion() != null);
		heading.setText(draft == null ? getTranslation("editor.new.title") : data.tradeName());
		mandatePanel.show(draft == null ? null : draft.id(),
				representativeRequired ? registry.proposedMandate() : MandateRequest.empty());
		if (draft == null) {
			status.setText(getTranslation("editor.status.new"));
			publicPage.setVisible(false);
		}
		else {
			status.setText(draft.publishedVersion() == null ? getTranslation("editor.status.draft")
					: draft.draftChanged()
							? getTranslation("editor.status.publishedWithChanges", draft.registrationNumber(),
									draft.publishedVersion())
							: getTranslation("editor.status.published", draft.registrationNumber(),
									draft.publishedVersion()));
			boolean restricted = registry.isRestricted(data);
			publicPage.setVisible(draft.publishedVersion() != null && !restricted);
			if (draft.registrationNumber() != null) {
				publicPage.setHref(RegistryRoutes.permalink(draft.registrationNumber()));
			}
			publicPage.setText(getTranslation("editor.viewPublic"));
		}
		editing.shown(draft);
	}

	private void fill(EntryData data) {
		form.read(data);
		hasCertificate.setValue(!data.certificate().absent());
		updateConditionalFields();
	}

	/**
	 * What is sent of the form's content: only what the entry's section asks for; for the
	 * non-public section, not the fields Art 49(4) excludes.
	 */
	private EntryData sent(EntryData data) {
		AnnexIIIPoint point = data.annexIIIPoint();
		EntryData offered = new EntryData(data.language(), point,
				point != null && point.area() == 1 && data.lawEnforcementOrMigrationUse(), data.submitterOnBehalf(),
				data.authorisedRepresentative(), data.tradeName(), data.unambiguousReference(), data.intendedPurpose(),
				data.componentsAndFunctions(), data.dataAndLogic(), data.status(),
				hasCertificate.getValue() ? data.certificate() : Certificate.none(), data.memberStates(),
				data.declarationOfConformity(), data.instructionsForUse(), data.moreInformationUrl(),
				data.classification(), data.sectionB(), data.documents())
			.minimisedForSection(omnibus2026);
		return registry.isRestricted(offered) ? offered.minimisedForRestrictedSection() : offered;
	}

	private void updateConditionalFields() {
		AnnexIIIPoint point = annexIIIPoint.getValue();
		leOrMigrationUse.setVisible(point != null && point.area() == 1);
		boolean restricted = registry.isRestricted(EntryData.of("", "", java.util.Set.of())
			.withAnnexIIIPoint(point, point != null && point.area() == 1 && leOrMigrationUse.getValue()));
		boolean sectionB = classification.getValue() == Classification.SECTION_B;
		restrictedNotice.setVisible(restricted);
		dataAndLogic.setVisible(!restricted && !sectionB);
		conformitySection.setVisible(!restricted && !sectionB);
		sectionBSection.setVisible(sectionB);
		// Art 49(4): B.6 and B.7 are not held in the non-public section
		conditions.setVisible(!restricted);
		notHighRiskGrounds.setVisible(!restricted && !omnibus2026);
		componentsAndFunctions.setVisible(!sectionB);
		// B.9 was removed by the 2026 amendment
		memberStates.setVisible(!sectionB || !omnibus2026);
		relabel(sectionB);
		certificateFields.setVisible(hasCertificate.getValue());
		authorisedRepresentative.setVisible(representativeRequired || !storedA3.isBlank());
		mandatePanel.setVisible(authorisedRepresentative.isVisible());
	}

	/**
	 * Labels the inputs from the registry's field specification ({@link EntryFields}), as
	 * the public page and the comparison label the fields. The items shared by both
	 * sections carry the number of the entry's section: B.2 to B.5, B.8 and B.9 for a
	 * Section B registration (Art 49(2)), A.2 to A.5, A.7 and A.10 for Section A (Art
	 * 49(1)).
	 */
	private void relabel(boolean sectionB) {
		// the section is chosen by its own input, labelled without an item
		form.label(this,
				EntryFields.labels(sectionB, this::getTranslation, getLocale(), omnibus2026)
					.stream()
					.filter(field -> !field.key().equals("classification"))
					.toList());
	}

	/**
	 * Art 6(3), third subparagraph: a system that profiles natural persons is always
	 * high-risk, so Section B is refused at once, next to the field.
	 */
	private void checkProfiling() {
		if (profiling != null) {
			profiling.validate();
		}
	}

	/** The provider's entries as the editor creates, saves and publishes them. */
	private final class Entries implements DraftEditing.Drafts<EntryData, DraftEntry> {

		@Override
		public DraftEntry create(EntryData data) {
			DraftEntry created = registry.createDraft(sent(data));
			entry = created;
			return created;
		}

		@Override
		public DraftEntry save(DraftEntry opened, EntryData data) {
			DraftEntry saved = registry.saveDraft(opened.id(), opened.lockVersion(), sent(data));
			entry = saved;
			return saved;
		}

		@Override
		public int publish(DraftEntry saved, String changeSummary) {
			return registry.publish(saved.id(), saved.lockVersion(), changeSummary);
		}

		@Override
		public DraftEntry reopen(DraftEntry draft) {
			return registry.open(draft.id());
		}

		@Override
		public boolean unchanged(DraftEntry saved) {
			return saved.publishedVersion() != null && !saved.draftChanged();
		}

	}

	private void saveDraft() {
		boolean isNew = entry == null;
		// issue 21: saving keeps "What changed in this version" for the next Publish
		editing.save(entry, saved -> {
			if (!isNew) {
				show(saved, saved.data());
			}
		}).ifPresent(saved -> {
			Problems.success(getTranslation("editor.saved",
					saved.registrationNumber() == null ? saved.data().tradeName() : saved.registrationNumber()));
			if (isNew) {
				navigateTo(saved);
			}
		});
	}

	/**
	 * Publishing is irreversible: after saving, say what the new version changes against
	 * the public one (or that the entry becomes public for the first time) and publish
	 * only when confirmed (issue 21). Problems that would refuse the publication are
	 * shown next to their fields at once, without a dialog.
	 */
	private void publish() {
		editing.publish(entry, saved -> show(saved, saved.data()), confirmation, published -> {
			DraftEntry draft = published.draft();
			Problems.success(getTranslation("editor.published", draft.registrationNumber(), published.version()));
			show(draft, draft.data());
			navigateTo(draft);
		});
	}

	private void navigateTo(DraftEntry saved) {
		getUI().ifPresent(
				ui -> ui.navigate(EntryEditorView.class, new RouteParameters("id", saved.id().value().toString())));
	}

	@Override
	public String getPageTitle() {
		return heading.getText() + " · " + getTranslation("app.name");
	}

}
