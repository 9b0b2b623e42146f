package org.airegistry.security.ui;

import org.airegistry.security.LoginThrottle;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Login for providers, deployers and regulators; citizens never need one. */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm form = new LoginForm();

	private final LoginI18n i18n = LoginI18n.createDefault();

	public LoginView() {
		addClassName("login-view");
		i18n.getForm().setTitle(getTranslation("login.title"));
		i18n.getForm().setUsername(getTranslation("login.username"));
		i18n.getForm().setPassword(getTranslation("login.password"));
		i18n.getForm().setSubmit(getTranslation("login.submit"));
		i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
		i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
		i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
		i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
		i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
		form.setI18n(i18n);
		form.setForgotPasswordButtonVisible(false);
		form.setAction("login");
		H1 heading = new H1(getTranslation("login.heading"));
		heading.addClassName("visually-hidden");
		Anchor resend = new Anchor("account/verify/resend", getTranslation("login.resendVerification"));
		Anchor signUp = new Anchor("sign-up", getTranslation("signUp.title"));
		Div help = new Div(resend, signUp);
		help.addClassName("login-help");
		add(heading, form, help);
	}

	/** The address of the last failed attempt, to fill in again. */
	static String lastLoginName() {
		VaadinSession session = VaadinSession.getCurrent();
		if (session == null || session.getSession() == null) {
			return "";
		}
		return session.getSession().getAttribute(LoginThrottle.LAST_LOGIN_NAME) instanceof String name ? name : "";
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		if (parameters.containsKey("throttled")) {
			i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
			int minutes = parameters.get("throttled")
				.stream()
				.filter(value -> value.matches("[0-9]{1,4}"))
				.mapToInt(Integer::parseInt)
				.findFirst()
				.orElse(1);
			i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", Math.max(1, minutes)));
			form.setI18n(i18n);
		}
		boolean error = parameters.containsKey("error");
		form.setError(error);
		String last = error ? lastLoginName() : "";
		if (!last.isBlank()) {
			// the login form has no Java API for its fields: fill the address in on the
			// client once the field exists
			form.getElement()
				.executeJs("const form = this; const fill = (tries) => { "
						+ "const field = form.querySelector('[name=username]'); "
						+ "if (field) { field.value = $0; } else if (tries > 0) { setTimeout(() => fill(tries - 1), 50); } }; "
						+ "fill(40);", last);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · " + getTranslation("app.name");
	}

}
