package org.airegistry.security.ui;

import java.util.List;
import java.util.function.Function;

import org.airegistry.security.SecondFactors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Sets up a second factor: the QR code and the secret for an authenticator app, and the
 * first code to prove the app has it. {@code confirm} gets the secret and the code and
 * returns the problem to show next to the field, or null when it was accepted.
 */
class EnrolmentPanel extends VerticalLayout {

	interface Confirm {

		/** Null when accepted, else the message for the field. */
		String confirm(String secret, String code);

	}

	final TextField code = new TextField();

	EnrolmentPanel(SecondFactors.Enrolment enrolment, Confirm confirm) {
		setPadding(false);
		add(new Paragraph(getTranslation("secondFactor.enrol.intro")));
		Div qr = new Div();
		qr.addClassName("totp-qr");
		qr.getElement()
			.setProperty("innerHTML", QrCode.svg(enrolment.otpauthUri(), getTranslation("secondFactor.enrol.qr")));
		Span secret = new Span(groups(enrolment.secret()));
		secret.addClassName("totp-secret");
		secret.getElement().setAttribute("translate", "no");
		add(qr, new Paragraph(getTranslation("secondFactor.enrol.manual")), secret);
		code.setLabel(getTranslation("secondFactor.code"));
		code.setHelperText(getTranslation("secondFactor.enrol.codeHelp"));
		code.setMaxLength(6);
		code.setAllowedCharPattern("[0-9]");
		code.getElement().setAttribute("autocomplete", "one-time-code");
		code.getElement().setAttribute("inputmode", "numeric");
		code.setManualValidation(true);
		Button submit = new Button(getTranslation("secondFactor.enrol.confirm"), click -> {
			String problem = confirm.confirm(enrolment.secret(), code.getValue());
			code.setInvalid(problem != null);
			code.setErrorMessage(problem);
		});
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
		add(code, submit);
	}

	/** The recovery codes, to be written down now. */
	static VerticalLayout recoveryCodes(List<String> codes, Function<String, String> translate) {
		VerticalLayout layout = new VerticalLayout();
		layout.setPadding(false);
		layout.add(new Paragraph(translate.apply("secondFactor.recovery.intro")));
		com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
		list.addClassName("recovery-codes");
		codes.forEach(code -> list.add(new com.vaadin.flow.component.html.ListItem(code)));
		layout.add(list);
		return layout;
	}

	private static String groups(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

}
