package org.airegistry.organisation.ui;

import java.util.Map;

import org.airegistry.organisation.AccountService;
import org.airegistry.shared.InvalidInputException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sends the verification link of a sign-up again (the first one expired or got lost). The
 * answer is the same whether or not an account waits for this address.
 */
@Route(ResendVerificationView.ROUTE)
@AnonymousAllowed
public class ResendVerificationView extends Main implements HasDynamicTitle {

	/** The page's address; the login page and the verification page link here. */
	public static final String ROUTE = "account/verify/resend";

	final EmailField email = new EmailField();

	final Paragraph sent = new Paragraph();

	public ResendVerificationView(AccountService accounts) {
		addClassName("page");
		email.setLabel(getTranslation("login.username"));
		email.setRequiredIndicatorVisible(true);
		sent.getElement().setAttribute("role", "status");
		Button send = new Button(getTranslation("verify.resend.submit"), click -> {
			Fields.clear(Map.of("loginEmail", email));
			sent.setText("");
			try {
				accounts.resendVerification(email.getValue(), getLocale().getLanguage());
			}
			catch (InvalidInputException problems) {
				Fields.show(this, problems, Map.of("loginEmail", email));
				return;
			}
			sent.setText(getTranslation("verify.resend.sent", email.getValue().strip()));
		});
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new H1(getTranslation("verify.resend.title")), new Paragraph(getTranslation("verify.resend.intro")), email,
				send, sent, new Anchor("login", getTranslation("verify.login")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("verify.resend.title") + " · " + getTranslation("app.name");
	}

}
