package org.airegistry.shell;

import java.util.function.Function;

import org.airegistry.shell.components.PlainForm;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;

/**
 * The header's search box as a plain HTML form ({@code GET search?q=…}): it works before
 * Vaadin's scripts have run and without them, looks the same in the first response and in
 * the Vaadin view, and inside Vaadin it navigates without a page load.
 */
class SiteSearch extends PlainForm {

	/** The query parameter of the search page. */
	static final String PARAMETER = "q";

	SiteSearch(Function<String, String> translate) {
		super("search");
		addClassName("header-search-box");
		getElement().setAttribute("role", "search");
		Input query = new Input();
		query.setType("search");
		query.getElement().setAttribute("name", PARAMETER);
		query.setPlaceholder(translate.apply("search.placeholder"));
		query.setAriaLabel(translate.apply("search.label"));
		query.addClassName("header-search");
		NativeButton submit = new NativeButton(translate.apply("search.submit"));
		submit.getElement().setAttribute("type", "submit");
		submit.addClassName("header-search-submit");
		add(query, submit);
	}

}
