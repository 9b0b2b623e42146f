package org.airegistry.shell.components;

import java.util.Optional;
import java.util.function.Supplier;

import org.airegistry.publication.Freshness;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * When a published record of any kind was last published or confirmed as current, and the
 * one-click confirmation that it still is (issue 21, freshness): no new version, audited
 * by the kernel. One cell for the workspaces of every kind.
 */
public class CurrentConfirmation extends Div {

	private final Span when = new Span();

	/**
	 * @param name what the record is called (for the button's accessible name and the
	 * success message)
	 * @param standing the record's standing now, empty while never published
	 * @param confirm confirms the record and returns its new standing
	 */
	public CurrentConfirmation(String name, Optional<Freshness.Standing> standing,
			Supplier<Freshness.Standing> confirm) {
		addClassName("entry-confirmation");
		if (standing.isEmpty()) {
			return;
		}
		Button button = new Button(getTranslation("workspace.confirm"));
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		button.setAriaLabel(getTranslation("workspace.confirm.label", name));
		button.addClickListener(click -> {
			Freshness.Standing confirmed = confirm.get();
			show(confirmed);
			Problems.success(getTranslation("workspace.confirmed.done", name,
					Formats.date(confirmed.confirmedAt(), getLocale())));
		});
		show(standing.get());
		add(when, button);
	}

	private void show(Freshness.Standing standing) {
		String date = Formats.date(standing.confirmedAt(), getLocale());
		when.setText(standing.overdue() ? getTranslation("workspace.confirmed.overdue", date) + " "
				: getTranslation("workspace.confirmed.on", date) + " ");
		when.getElement().setAttribute("data-overdue", standing.overdue() ? "true" : "false");
	}

}
