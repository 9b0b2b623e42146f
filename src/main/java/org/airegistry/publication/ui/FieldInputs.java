package org.airegistry.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;

/**
 * The inputs of a kind's draft editor, made from its field names: each input is bound to
 * the record's component of the same name in the editor's {@link RecordForm}, labelled
 * with the kind's bundle key {@code <prefix><field>} and helped by
 * {@code <prefix><field>.help}, so that a field is named once (the bundle) and found once
 * (the binder: the service's problems come back to the same input). Texts are checked
 * against their maximum length next to the input before anything is sent.
 *
 * @param <D> the record the inputs are bound to
 */
public final class FieldInputs<D extends Record> {

	private final Component view;

	private final Binder<D> binder;

	private final String prefix;

	private final Predicate<String> helped;

	/**
	 * Inputs of a kind whose every text field has its help text.
	 * @param view the editor (for translations)
	 * @param form the record's form the inputs are bound in
	 * @param prefix the bundle keys' prefix of the kind's fields, e.g.
	 * {@code incident.field.}
	 */
	public FieldInputs(Component view, RecordForm<D> form, String prefix) {
		this(view, form, prefix, field -> true);
	}

	/**
	 * Inputs of a kind whose field specification says which fields have a help text.
	 * @param helped whether the field has a help text {@code <prefix><field>.help}
	 */
	public FieldInputs(Component view, RecordForm<D> form, String prefix, Predicate<String> helped) {
		this.view = view;
		this.binder = form.binder();
		this.prefix = prefix;
		this.helped = helped;
	}

	/** The field's label in the reader's language. */
	public String label(String field) {
		return view.getTranslation(prefix + field);
	}

	/**
	 * A one-line text of at most {@code max} characters, saved without surrounding
	 * blanks.
	 */
	public TextField text(String field, int max) {
		TextField input = new TextField(label(field));
		input.setMaxLength(max);
		input.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(max)));
		input.setWidthFull();
		helpedIfAny(input, field);
		binder.forField(input).withValidator(maxLength(max)).withConverter(String::strip, text -> text).bind(field);
		return input;
	}

	/**
	 * A text of several lines of at most {@code max} characters, saved without
	 * surrounding blanks.
	 */
	public TextArea area(String field, int max) {
		TextArea input = new TextArea(label(field));
		input.setMaxLength(max);
		input.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(max)));
		input.setWidthFull();
		input.setMinRows(2);
		helpedIfAny(input, field);
		binder.forField(input).withValidator(maxLength(max)).withConverter(String::strip, text -> text).bind(field);
		return input;
	}

	/**
	 * A value typed as text (a number in the reader's language): the converter's problem
	 * is shown next to the input before anything is sent.
	 */
	public <V> TextField typed(String field, Converter<String, V> converter) {
		TextField input = new TextField();
		input.setWidthFull();
		return converted(input, field, converter);
	}

	/**
	 * Labels an input the kind made itself, helps it if the field has help, and binds it
	 * through a converter (a choice whose empty value means a default, lines as a list).
	 */
	public <P, V, F extends HasValue<?, P> & HasLabel & HasHelper> F converted(F input, String field,
			Converter<P, V> converter) {
		input.setLabel(label(field));
		helpedIfAny(input, field);
		binder.forField(input).withConverter(converter).bind(field);
		return input;
	}

	/**
	 * Labels an input the kind made itself (choices, dates), helps it if the field has
	 * help, and binds it.
	 */
	public <V, F extends HasValue<?, V> & HasLabel & HasHelper> F input(F input, String field) {
		return helpedIfAny(labelled(input, field), field);
	}

	/** A yes/no field. */
	public Checkbox checkbox(String field) {
		return bind(new Checkbox(label(field)), field);
	}

	/** Binds an input the kind made itself (choices, dates) to the field. */
	public <V, F extends HasValue<?, V>> F bind(F input, String field) {
		binder.forField(input).bind(field);
		return input;
	}

	/** Labels an input with the field's label and binds it. */
	public <V, F extends HasValue<?, V> & HasLabel> F labelled(F input, String field) {
		input.setLabel(label(field));
		return bind(input, field);
	}

	/** Sets the field's help text on the input. */
	public <F extends HasHelper> F helped(F input, String field) {
		input.setHelperText(view.getTranslation(prefix + field + ".help"));
		return input;
	}

	/** Sets the field's help text on the input if the kind gives the field one. */
	public <F extends HasHelper> F helpedIfAny(F input, String field) {
		return helped.test(field) ? helped(input, field) : input;
	}

	/** The input's own maximum-length message (it runs before the binder's check). */
	private String tooLong(int max) {
		return view.getTranslation("validation.maxLength", max);
	}

	private Validator<String> maxLength(int max) {
		return (value, context) -> value.strip().length() <= max ? ValidationResult.ok()
				: ValidationResult.error(view.getTranslation("validation.tooLong", max, value.strip().length()));
	}

}
