package org.airegistry.organisation.ui;

import org.airegistry.organisation.AccountService;
import org.airegistry.organisation.TokenCheck;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Opens the verification link from the sign-up mail. */
@Route(AccountService.VERIFY_ROUTE)
@AnonymousAllowed
public class VerifyEmailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final AccountService accounts;

	public VerifyEmailView(AccountService accounts) {
		this.accounts = accounts;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
		TokenCheck result = token.isBlank() ? TokenCheck.INVALID : accounts.verifyEmail(token);
		add(new H1(getTranslation("verify.title")));
		switch (result) {
			case ACCEPTED -> add(new Paragraph(getTranslation("verify.accepted")),
					new Anchor("login", getTranslation("verify.login")));
			case EXPIRED -> add(new Paragraph(getTranslation("verify.expired")),
					new Anchor(ResendVerificationView.ROUTE, getTranslation("verify.resend.link")));
			case INVALID -> add(new Paragraph(getTranslation("verify.invalid")),
					new Anchor(ResendVerificationView.ROUTE, getTranslation("verify.resend.link")));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("verify.title") + " · " + getTranslation("app.name");
	}

}
