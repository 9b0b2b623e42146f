package org.airegistry.registry.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.registry.RegistryService;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Problems;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * Creates and edits an AI system entry. Each field carries its Annex VIII item. A draft
 * can be saved with missing content; publishing checks that everything the law asks for
 * is there.
 */
@Route(EntryEditorView.ROUTE)
@RolesAllowed(Role.Names.PROVIDER)
public class EntryEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = "workspace/systems/:id?";

	private final RegistryService registry;

	private final Binder<EntryForm> binder = new Binder<>();

	private final H1 heading = new H1();

	private final Paragraph status = new Paragraph();

	private final TextField tradeName = new TextField();

	private final TextArea intendedPurpose = new TextArea();

	private final MultiSelectComboBox<MemberState> memberStates = new MultiSelectComboBox<>();

	private final TextField changeSummary = new TextField();

	private final Anchor publicPage = new Anchor();

	private @Nullable DraftEntry entry;

	public EntryEditorView(RegistryService registry) {
		this.registry = registry;
		addClassName("page");
		addClassName("entry-editor");

		tradeName.setLabel(getTranslation("field.tradeName") + " (" + getTranslation("annex.A4") + ")");
		tradeName.setHelperText(getTranslation("field.tradeName.help", EntryData.TRADE_NAME_MAX));
		tradeName.setRequiredIndicatorVisible(true);
		tradeName.setValueChangeMode(ValueChangeMode.ON_BLUR);

		intendedPurpose.setLabel(getTranslation("field.intendedPurpose") + " (" + getTranslation("annex.A5") + ")");
		intendedPurpose.setHelperText(getTranslation("field.intendedPurpose.help", EntryData.INTENDED_PURPOSE_MAX));
		intendedPurpose.setValueChangeMode(ValueChangeMode.ON_BLUR);
		intendedPurpose.setMinRows(4);

		memberStates.setLabel(getTranslation("field.memberStates") + " (" + getTranslation("annex.A10") + ")");
		memberStates.setHelperText(getTranslation("field.memberStates.help"));
		memberStates.setItems(Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing(state -> state.displayName(getLocale())))
			.toList());
		memberStates.setItemLabelGenerator(state -> state.displayName(getLocale()));

		changeSummary.setLabel(getTranslation("field.changeSummary"));
		changeSummary.setHelperText(getTranslation("field.changeSummary.help"));
		changeSummary.setWidthFull();

		binder.forField(tradeName)
			.asRequired(getTranslation("validation.required"))
			.withValidator((value, context) -> tooLong(value, EntryData.TRADE_NAME_MAX))
			.bind(EntryForm::getTradeName, EntryForm::setTradeName);
		binder.forField(intendedPurpose)
			.withValidator((value, context) -> tooLong(value, EntryData.INTENDED_PURPOSE_MAX))
			.bind(EntryForm::getIntendedPurpose, EntryForm::setIntendedPurpose);
		binder.forField(memberStates).bind(EntryForm::getMemberStates, EntryForm::setMemberStates);

		FormLayout form = new FormLayout(tradeName, intendedPurpose, memberStates);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

		Button save = new Button(getTranslation("editor.saveDraft"), click -> saveDraft());
		Button publish = new Button(getTranslation("editor.publish"), click -> publish());
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button back = new Button(getTranslation("editor.back"),
				click -> getUI().ifPresent(ui -> ui.navigate(WorkspaceView.class)));
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout actions = new HorizontalLayout(save, publish, back);
		actions.addClassName("form-actions");

		status.addClassName("entry-status");
		status.getElement().setAttribute("aria-live", "polite");
		add(heading, status, publicPage, form, new Div(changeSummary), actions);
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

	private void show(@Nullable DraftEntry draft, EntryData data) {
		this.entry = draft;
		binder.readBean(EntryForm.of(data));
		changeSummary.clear();
		changeSummary.setVisible(draft != null && draft.publishedVersion() != null);
		heading.setText(draft == null ? getTranslation("editor.new.title") : data.tradeName());
		if (draft == null) {
			status.setText(getTranslation("editor.status.new"));
			publicPage.setVisible(false);
		}
		else {
			status.setText(draft.publishedVersion() == null
					? getTranslation("editor.status.draft", draft.registrationNumber())
					: getTranslation("editor.status.published", draft.registrationNumber(), draft.publishedVersion()));
			publicPage.setVisible(draft.publishedVersion() != null);
			publicPage.setHref(RegistryRoutes.permalink(draft.registrationNumber()));
			publicPage.setText(getTranslation("editor.viewPublic"));
		}
	}

	private Optional<EntryData> validForm() {
		EntryForm form = new EntryForm();
		if (!binder.writeBeanIfValid(form)) {
			Problems.error(getTranslation("editor.fixErrors"));
			return Optional.empty();
		}
		return Optional.of(form.toData());
	}

	/**
	 * Saves the form; returns the saved draft, or empty when something was wrong (shown).
	 */
	private Optional<DraftEntry> save() {
		Optional<EntryData> data = validForm();
		if (data.isEmpty()) {
			return Optional.empty();
		}
		try {
			DraftEntry saved = entry == null ? registry.createDraft(data.get())
					: registry.saveDraft(entry.id(), entry.lockVersion(), data.get());
			entry = saved;
			return Optional.of(saved);
		}
		catch (InvalidInputException ex) {
			Problems.show(ex, fields(), error -> Problems.translate(this, error));
		}
		catch (ConcurrentEditException ex) {
			Problems.error(getTranslation("editor.concurrentEdit"));
		}
		return Optional.empty();
	}

	private void saveDraft() {
		boolean isNew = entry == null;
		save().ifPresent(saved -> {
			Problems.success(getTranslation("editor.saved", saved.registrationNumber()));
			if (isNew) {
				navigateTo(saved);
			}
			else {
				show(saved, saved.data());
			}
		});
	}

	private void publish() {
		String summary = changeSummary.getValue();
		save().ifPresent(saved -> {
			try {
				int version = registry.publish(saved.id(), saved.lockVersion(), summary);
				Problems.success(getTranslation("editor.published", saved.registrationNumber(), version));
				DraftEntry published = registry.open(saved.id());
				show(published, published.data());
				navigateTo(published);
			}
			catch (InvalidInputException ex) {
				show(saved, saved.data());
				changeSummary.setValue(summary);
				Problems.show(ex, fields(), error -> Problems.translate(this, error));
			}
			catch (ActionRefusedException ex) {
				Problems.error(getTranslation(ex.messageKey()));
				show(saved, saved.data());
			}
			catch (ConcurrentEditException ex) {
				Problems.error(getTranslation("editor.concurrentEdit"));
			}
		});
	}

	private void navigateTo(DraftEntry saved) {
		getUI().ifPresent(
				ui -> ui.navigate(EntryEditorView.class, new RouteParameters("id", saved.id().value().toString())));
	}

	private Map<String, HasValidation> fields() {
		return Map.of("tradeName", tradeName, "intendedPurpose", intendedPurpose, "memberStates", memberStates,
				"changeSummary", changeSummary);
	}

	private ValidationResult tooLong(@Nullable String value, int max) {
		int length = value == null ? 0 : value.strip().length();
		return length > max ? ValidationResult.error(getTranslation("validation.tooLong", max, length))
				: ValidationResult.ok();
	}

	@Override
	public String getPageTitle() {
		return heading.getText() + " · " + getTranslation("app.name");
	}

}
