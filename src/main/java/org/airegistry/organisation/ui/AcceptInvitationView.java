package org.airegistry.organisation.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.airegistry.organisation.AccountRules;
import org.airegistry.organisation.AccountService;
import org.airegistry.organisation.TokenCheck;
import org.airegistry.shared.InvalidInputException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An invited colleague sets name and password through the link from the invitation mail.
 */
@Route(AccountService.INVITATION_ROUTE)
@AnonymousAllowed
public class AcceptInvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final AccountService accounts;

	private final TextField userName = new TextField();

	private final PasswordField password = new PasswordField();

	private final PasswordField passwordRepeat = new PasswordField();

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	private String token = "";

	public AcceptInvitationView(AccountService accounts) {
		this.accounts = accounts;
		addClassName("page");
		userName.setLabel(getTranslation("signUp.userName"));
		userName.setHelperText(getTranslation("signUp.userName.help"));
		password.setLabel(getTranslation("signUp.password"));
		password.setHelperText(getTranslation("signUp.password.help", AccountRules.PASSWORD_MIN));
		passwordRepeat.setLabel(getTranslation("signUp.passwordRepeat"));
		fields.put("userName", userName);
		fields.put("password", password);
		fields.put("passwordRepeat", passwordRepeat);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
		add(new H1(getTranslation("invitation.title")));
		accounts.openInvitation(token).ifPresentOrElse(invitation -> {
			Button accept = new Button(getTranslation("invitation.submit"), click -> accept());
			accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			add(new Paragraph(getTranslation("invitation.joining", invitation.organisation(), invitation.loginEmail())),
					new FormLayout(userName, password, passwordRepeat), accept);
		}, () -> add(new Paragraph(getTranslation("invitation.invalid"))));
	}

	private void accept() {
		Fields.clear(fields);
		if (!password.getValue().equals(passwordRepeat.getValue())) {
			passwordRepeat.setErrorMessage(getTranslation("signUp.error.passwordRepeat"));
			passwordRepeat.setInvalid(true);
			return;
		}
		TokenCheck result;
		try {
			result = accounts.acceptInvitation(token, userName.getValue(), password.getValue());
		}
		catch (InvalidInputException problems) {
			Fields.show(this, problems, fields);
			return;
		}
		removeAll();
		add(new H1(getTranslation("invitation.title")));
		if (result == TokenCheck.ACCEPTED) {
			add(new Paragraph(getTranslation("invitation.accepted")),
					new Anchor("login", getTranslation("verify.login")));
		}
		else {
			add(new Paragraph(getTranslation("invitation.invalid")));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("invitation.title") + " · " + getTranslation("app.name");
	}

}
