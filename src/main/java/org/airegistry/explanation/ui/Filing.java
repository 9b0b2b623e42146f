package org.airegistry.explanation.ui;

import java.util.Map;
import java.util.function.Supplier;

import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shell.components.ErrorSummary;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Sending a form that a person fills in without an account to file an explanation request
 * (Art 86) or a complaint (Art 85), in one place: the problems of the last try are
 * cleared; when the filing is accepted, the page gives way to its confirmation (a status
 * with the reference, and the reminder to look in the spam folder for the confirmation
 * mail); otherwise the problems go next to their fields and into the summary, or a
 * refusal is shown as an error.
 */
final class Filing {

	private Filing() {
	}

	/**
	 * @param file files the form and returns the reference
	 * @param titleKey the confirmation's heading
	 * @param textKey the confirmation's text, with the reference as argument
	 */
	static void send(Main page, Map<String, ? extends HasValidation> fields, ErrorSummary summary,
			Supplier<String> file, String titleKey, String textKey) {
		fields.values().forEach(field -> field.setInvalid(false));
		summary.clear();
		try {
			String reference = file.get();
			page.removeAll();
			Paragraph done = new Paragraph(page.getTranslation(textKey, reference));
			done.getElement().setAttribute("role", "status");
			page.add(new H1(page.getTranslation(titleKey)), done,
					new Paragraph(page.getTranslation("explanation.filed.spam")));
		}
		catch (InvalidInputException ex) {
			Problems.show(ex, fields, error -> Problems.translate(page, error), summary);
		}
		catch (ActionRefusedException ex) {
			Problems.error(page.getTranslation(ex.messageKey()));
		}
	}

}
