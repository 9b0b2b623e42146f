package org.airegistry.publication.ui;

import java.util.List;

import org.airegistry.publication.ShownField;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A record's fields as a description list: each label with its annex reference, each
 * value as text, paragraph or link as its field specification says.
 */
public class FieldList extends DescriptionList {

	public FieldList() {
		addClassName("entry-fields");
	}

	/** The given fields; empty ones are left out. */
	public FieldList(List<ShownField> fields) {
		this();
		fields.stream().filter(field -> !field.isEmpty()).forEach(this::add);
	}

	/** Adds a field with its label and value. */
	public void add(ShownField field) {
		add(label(this, field), value(field));
	}

	/** Adds a term and its description. */
	public void add(String term, Component value) {
		add(new Term(term), new Description(value));
	}

	/** A field's label with its annex reference, e.g. "Trade name (Annex VIII A.4)". */
	public static String label(Component component, ShownField field) {
		String label = component.getTranslation(field.labelKey());
		return field.annexKey() == null ? label : label + " (" + component.getTranslation(field.annexKey()) + ")";
	}

	/**
	 * A field's value as text, a paragraph or a link (links open nothing but the
	 * address).
	 */
	public static Component value(ShownField field) {
		return switch (field.kind()) {
			case MULTILINE -> {
				Paragraph text = new Paragraph(field.value());
				text.addClassName("multiline");
				yield text;
			}
			case URL -> {
				Anchor link = new Anchor(field.value(), field.value());
				link.getElement().setAttribute("rel", "nofollow noopener");
				yield link;
			}
			case TEXT -> new Span(field.value());
		};
	}

}
