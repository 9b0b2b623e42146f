package org.airegistry.explanation.ui;

import java.util.Map;
import java.util.function.Consumer;

import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the pages of one explanation request or complaint for a deployer or an authority
 * share (the deployer's request, the escalated complaint, the directly filed complaint):
 * the case named by the route's {@code :reference}, a case that is not the caller's is
 * "not found" (404), the page title with the reference, an action that says what happened
 * and shows the case again (invalid input next to its fields, a refused action as an
 * error), and the authority's form that closes a complaint with an outcome.
 */
abstract class CasePage extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final String titleKey;

	/** The case's reference from the route. */
	protected String reference = "";

	/**
	 * @param titleKey the page title's translation key, with the reference as argument
	 */
	CasePage(String titleKey) {
		this.titleKey = titleKey;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		reference = event.getRouteParameters().get("reference").orElse("");
		try {
			refresh();
		}
		catch (NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	/** Shows the case as it is now. */
	protected abstract void refresh();

	/**
	 * Runs an action; when it succeeds, says so ({@code done}, read after the action) and
	 * shows the case again; its invalid input goes next to the fields; a refused action
	 * is shown as an error, and the case is shown again if {@code refreshWhenRefused}.
	 */
	protected void act(Runnable action, java.util.function.Supplier<String> done,
			Map<String, ? extends HasValidation> fields, boolean refreshWhenRefused) {
		try {
			action.run();
			Problems.success(done.get());
			refresh();
		}
		catch (InvalidInputException ex) {
			Problems.show(ex, fields, error -> Problems.translate(this, error));
		}
		catch (ActionRefusedException ex) {
			Problems.error(getTranslation(ex.messageKey()));
			if (refreshWhenRefused) {
				refresh();
			}
		}
	}

	/**
	 * The authority's form that closes a complaint with an outcome the complainant reads
	 * (Art 85).
	 */
	protected Section closeWithOutcome(Consumer<String> close) {
		TextArea outcome = new TextArea(getTranslation("explanation.complaint.outcome"));
		outcome.setHelperText(getTranslation("explanation.complaint.outcome.help"));
		outcome.setWidthFull();
		Button button = new Button(getTranslation("explanation.complaint.close"));
		button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		button.addClickListener(click -> act(() -> close.accept(outcome.getValue()),
				() -> getTranslation("explanation.complaint.closed"), Map.of("outcome", outcome), false));
		return new Section(new H2(getTranslation("explanation.complaint.close.title")), outcome, button);
	}

	@Override
	public String getPageTitle() {
		return getTranslation(titleKey, reference) + " · " + getTranslation("app.name");
	}

}
