package org.airegistry.security.ui;

import org.airegistry.security.PendingLogin;
import org.airegistry.security.SecondFactors;
import org.airegistry.security.TwoStepLogin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The second step of a login (DD045): the code from the authenticator app (or a recovery
 * code); for a regulator or administrator without a second factor yet, setting one up.
 * Only reachable with a pending login in the session; otherwise it goes back to the
 * login.
 */
@Route(TwoStepLogin.CODE_PAGE)
@AnonymousAllowed
public class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final TwoStepLogin login;

	private final SecondFactors factors;

	public SecondFactorView(TwoStepLogin login, SecondFactors factors) {
		this.login = login;
		this.factors = factors;
		addClassName("page");
		addClassName("second-factor-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		PendingLogin pending = login.pending(VaadinServletRequest.getCurrent().getHttpServletRequest().getSession());
		if (pending == null) {
			event.forwardTo(LoginView.class);
			return;
		}
		removeAll();
		add(new H1(getTranslation("secondFactor.title")));
		if (login.hasFactor(pending)) {
			askForCode(pending);
		}
		else {
			add(new Paragraph(getTranslation("secondFactor.required")));
			add(new EnrolmentPanel(factors.newEnrolment(pending.user().getUsername()), (secret, code) -> {
				TwoStepLogin.Enrolled enrolled = login.submitEnrolment(secret, code, request(), response());
				if (enrolled.outcome() == TwoStepLogin.Outcome.ACCEPTED) {
					removeAll();
					add(new H1(getTranslation("secondFactor.title")),
							EnrolmentPanel.recoveryCodes(enrolled.recoveryCodes(), this::getTranslation));
					Button next = new Button(getTranslation("secondFactor.continue"),
							click -> UI.getCurrent().getPage().setLocation(pending.target()));
					next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
					add(next);
					return null;
				}
				return message(enrolled.outcome());
			}));
		}
	}

	private void askForCode(PendingLogin pending) {
		add(new Paragraph(getTranslation("secondFactor.intro")));
		TextField code = new TextField(getTranslation("secondFactor.code"));
		code.setHelperText(getTranslation("secondFactor.codeHelp"));
		code.setMaxLength(20);
		code.getElement().setAttribute("autocomplete", "one-time-code");
		code.setManualValidation(true);
		code.focus();
		Button submit = new Button(getTranslation("secondFactor.submit"), click -> {
			TwoStepLogin.Outcome outcome = login.submitCode(code.getValue(), request(), response());
			if (outcome == TwoStepLogin.Outcome.ACCEPTED) {
				UI.getCurrent().getPage().setLocation(pending.target());
				return;
			}
			code.setInvalid(true);
			code.setErrorMessage(message(outcome));
		});
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
		add(code, submit);
	}

	private String message(TwoStepLogin.Outcome outcome) {
		if (outcome == TwoStepLogin.Outcome.EXPIRED) {
			UI.getCurrent().getPage().setLocation("login");
		}
		return getTranslation("secondFactor.outcome." + outcome.name());
	}

	private static jakarta.servlet.http.HttpServletRequest request() {
		return VaadinServletRequest.getCurrent().getHttpServletRequest();
	}

	private static jakarta.servlet.http.HttpServletResponse response() {
		return VaadinServletResponse.getCurrent().getHttpServletResponse();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("secondFactor.title") + " · " + getTranslation("app.name");
	}

}
