package org.airegistry.security.ui;

import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.security.SecondFactors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The account's second factor (DD045), offered to everyone: set it up (or again, with new
 * recovery codes) and, where the role does not require it, turn it off.
 */
@Route("account/security")
@PermitAll
public class AccountSecurityView extends Main implements HasDynamicTitle {

	private final SecondFactors factors;

	private final CurrentActor currentActor;

	public AccountSecurityView(SecondFactors factors, CurrentActor currentActor) {
		this.factors = factors;
		this.currentActor = currentActor;
		addClassName("page");
		show();
	}

	private void show() {
		removeAll();
		Actor actor = currentActor.require();
		boolean enabled = factors.enabled(actor.userId());
		add(new H1(getTranslation("accountSecurity.title")), new H2(getTranslation("secondFactor.title")));
		if (enabled) {
			add(new Paragraph(getTranslation("accountSecurity.enabled", factors.unusedRecoveryCodes(actor.userId()))));
		}
		else {
			add(new Paragraph(getTranslation(
					SecondFactors.required(actor) ? "accountSecurity.required" : "accountSecurity.offered")));
		}
		Button setUp = new Button(getTranslation(enabled ? "accountSecurity.renew" : "accountSecurity.setUp"),
				click -> enrol(actor));
		setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(setUp);
		if (enabled && !SecondFactors.required(actor)) {
			Button off = new Button(getTranslation("accountSecurity.disable"), click -> {
				factors.disable(actor.userId());
				show();
			});
			off.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			add(off);
		}
	}

	private void enrol(Actor actor) {
		removeAll();
		add(new H1(getTranslation("accountSecurity.title")));
		add(new EnrolmentPanel(factors.newEnrolment(actor.loginEmail()), (secret, code) -> {
			try {
				var codes = factors.confirm(actor.userId(), secret, code);
				removeAll();
				add(new H1(getTranslation("accountSecurity.title")),
						EnrolmentPanel.recoveryCodes(codes, this::getTranslation),
						new Button(getTranslation("secondFactor.continue"), click -> show()));
				return null;
			}
			catch (IllegalArgumentException wrong) {
				return getTranslation("secondFactor.outcome.WRONG");
			}
		}));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("accountSecurity.title") + " · " + getTranslation("app.name");
	}

}
