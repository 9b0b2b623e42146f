package org.airegistry.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

import org.airegistry.publication.ChangeSummary;

/**
 * How every kind's draft editor lays out its inputs: titled sections with their help,
 * single-column forms, labels carrying the Annex or Article item, the change summary and
 * the row of actions. One layout, so the editors look and read alike.
 */
public final class EditorLayout {

	private EditorLayout() {
	}

	/**
	 * A section titled {@code key} with the help text {@code key.help} above its content.
	 * @param className the section's class (styles and tests find it by it)
	 */
	public static Section section(Component view, String key, String className, Component... content) {
		Paragraph help = new Paragraph(view.getTranslation(key + ".help"));
		help.addClassName("section-help");
		Section section = new Section(new H2(view.getTranslation(key)), help);
		section.add(content);
		section.addClassName(className);
		return section;
	}

	/**
	 * A group of an action's inputs and button under the heading {@code key} with the
	 * help text {@code key.help} (e.g. "Suspend the test" with its reason).
	 */
	public static Div group(Component view, String key, String className, Component... components) {
		Div group = new Div(new H3(view.getTranslation(key)), new Paragraph(view.getTranslation(key + ".help")));
		group.add(components);
		group.addClassName(className);
		return group;
	}

	/** The inputs one under the other. */
	public static FormLayout form(Component... components) {
		FormLayout form = new FormLayout(components);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		return form;
	}

	/**
	 * Labels an input with its field and the item of the Act it answers, e.g. "(C.1)".
	 */
	public static void label(Component view, HasLabel input, String labelKey, String itemKey) {
		input.setLabel(view.getTranslation(labelKey) + " (" + view.getTranslation(itemKey) + ")");
	}

	/**
	 * Prepares the input of "what changed in this version": its label and help, at most
	 * {@link ChangeSummary#MAX} characters, problems only from the service.
	 */
	public static TextField changeSummary(Component view, TextField input, String labelKey, String helpKey) {
		input.setMaxLength(ChangeSummary.MAX);
		return changeSummaryInput(view, input, labelKey, helpKey);
	}

	/**
	 * Prepares a change-summary input of several lines, like
	 * {@link #changeSummary(Component, TextField, String, String)}.
	 */
	public static TextArea changeSummary(Component view, TextArea input, String labelKey, String helpKey) {
		input.setMaxLength(ChangeSummary.MAX);
		return changeSummaryInput(view, input, labelKey, helpKey);
	}

	private static <F extends TextFieldBase<F, String>> F changeSummaryInput(Component view, F input, String labelKey,
			String helpKey) {
		input.setLabel(view.getTranslation(labelKey));
		input.setHelperText(view.getTranslation(helpKey));
		input.setWidthFull();
		input.setManualValidation(true);
		return input;
	}

	/** The main action of the editor (publish, submit, register). */
	public static Button primary(Button button) {
		button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return button;
	}

	/** Leaves the editor, e.g. back to the list. */
	public static Button tertiary(Button button) {
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		return button;
	}

	/** The row of the editor's actions, wrapping on narrow screens. */
	public static HorizontalLayout actions(Component... buttons) {
		HorizontalLayout actions = new HorizontalLayout(buttons);
		actions.addClassName("form-actions");
		actions.setWrap(true);
		return actions;
	}

}
