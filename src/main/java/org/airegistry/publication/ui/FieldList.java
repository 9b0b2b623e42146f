package org.airegistry.publication.ui;

import java.util.List;

import org.airegistry.publication.FieldSpec;
import org.airegistry.publication.ShownField;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
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

	/**
	 * The fields that differ between two versions, each with its value before and after:
	 * the one rendering of a diff, for the public comparison of versions and for the
	 * editors' publish confirmation of every kind.
	 * @param before label of the earlier value, e.g. "Version 2" or "Public now"
	 * @param after label of the later value
	 */
	public static DescriptionList changes(Component component, List<FieldSpec.FieldChange> changes, String before,
			String after) {
		DescriptionList list = new DescriptionList();
		list.addClassName("entry-changes");
		for (FieldSpec.FieldChange change : changes) {
			list.add(new Term(label(component, change.after())),
					new Description(side(component, "diff-before", before, change.before()),
							side(component, "diff-after", after, change.after())));
		}
		return list;
	}

	private static Div side(Component component, String className, String label, ShownField field) {
		Span labelled = new Span(label + ": ");
		labelled.addClassName("diff-version");
		Div side = new Div(labelled,
				field.isEmpty() ? new Span(component.getTranslation("publication.none")) : value(field));
		side.addClassName(className);
		return side;
	}

}
