package org.airegistry.shell.components;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Input;

/**
 * A plain HTML form that reads a page with {@code GET} (its fields become the address's
 * query parameters): it works before Vaadin's scripts have run and without them, e.g. as
 * the {@link StaticHtml} stand-in of a search field or a question.
 */
@Tag("form")
public class PlainForm extends HtmlContainer {

	/** A form that opens {@code action} (relative to the portal) with its fields. */
	public PlainForm(String action) {
		getElement().setAttribute("action", action);
		getElement().setAttribute("method", "get");
	}

	/** A hidden field that carries a value the visitor does not change here. */
	public static Input hidden(String name, String value) {
		Input hidden = new Input();
		hidden.setType("hidden");
		hidden.getElement().setAttribute("name", name);
		hidden.setValue(value);
		return hidden;
	}

}
