package org.airegistry.shell.components;

import java.util.Collection;
import java.util.List;

import org.airegistry.publication.ui.DraftEditing;
import org.airegistry.publication.ui.DraftEditing.Problem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The summary at the top of a long form (issue 21, after the GOV.UK error summary): one
 * heading counting the problems, then each problem as a link to its input (the field's
 * label and its message; following the link moves the focus into the input). When it is
 * shown it takes the focus itself, so a screen reader reads it at once and a keyboard
 * user starts from it; problems that belong to no input are listed without a link. The
 * messages next to the fields stay: the summary only leads to them.
 */
public class ErrorSummary extends Div implements DraftEditing.ProblemSummary {

	/** Ids given to inputs without one, numbered per summary (one summary per form). */
	private int fields;

	private final H2 heading = new H2();

	private final UnorderedList list = new UnorderedList();

	public ErrorSummary() {
		addClassName("error-summary");
		String id = "error-summary";
		heading.setId(id + "-title");
		getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
		getElement().setAttribute("tabindex", "-1");
		add(heading, list);
		setVisible(false);
	}

	@Override
	public void show(List<Problem> problems) {
		list.removeAll();
		if (problems.isEmpty()) {
			clear();
			return;
		}
		heading.setText(getTranslation("problems.summary.title", problems.size()));
		for (Problem problem : problems) {
			list.add(new ListItem(item(problem)));
		}
		setVisible(true);
		getElement().executeJs("this.focus(); this.scrollIntoView({block: 'start'})");
	}

	/**
	 * Lists the inputs marked invalid, in the form's order, with the messages shown next
	 * to them (for forms that mark some problems themselves before the service is asked).
	 * @return whether there was a problem to list
	 */
	public boolean showInvalid(Collection<? extends HasValidation> inputs) {
		List<Problem> problems = inputs.stream().filter(HasValidation::isInvalid).map(Problem::of).toList();
		show(problems);
		return !problems.isEmpty();
	}

	private Component item(Problem problem) {
		Component input = problem.input();
		String label = input instanceof HasLabel labelled && labelled.getLabel() != null
				&& !labelled.getLabel().isBlank() ? labelled.getLabel() : null;
		String text = label == null ? problem.message()
				: problem.message().isBlank() ? label : label + ": " + problem.message();
		if (input == null) {
			return new Span(text);
		}
		String target = input.getId().orElseGet(() -> {
			String id = "error-summary-field-" + (++fields);
			input.setId(id);
			return id;
		});
		Anchor link = new Anchor("#" + target, text);
		// the browser would only scroll to the field: the focus goes into it
		link.getElement().addEventListener("click", click -> focus(input)).addEventData("event.preventDefault()");
		return link;
	}

	private static void focus(Component input) {
		if (input instanceof Focusable<?> focusable) {
			focusable.focus();
		}
		else {
			input.getElement().executeJs("this.focus(); this.scrollIntoView({block: 'center'})");
		}
	}

	@Override
	public void clear() {
		list.removeAll();
		setVisible(false);
	}

	/** The problems listed, as the author reads them (for tests). */
	public List<String> items() {
		return list.getChildren().map(item -> item.getElement().getTextRecursively()).toList();
	}

}
