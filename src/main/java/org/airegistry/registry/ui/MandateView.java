package org.airegistry.registry.ui;

import org.airegistry.registry.MandateState;
import org.airegistry.registry.RepresentativeMandates;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Where an invited authorised representative confirms or declines its mandate for an
 * entry (Art 22(3), DD067), signed in as a member of its organisation: the link of the
 * invitation mail leads here (through the sign-in page when needed).
 */
@Route(RepresentativeMandates.ANSWER_ROUTE)
@PermitAll
public class MandateView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final RepresentativeMandates mandates;

	private String token = "";

	public MandateView(RepresentativeMandates mandates) {
		this.mandates = mandates;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
		show();
	}

	private void show() {
		removeAll();
		add(new H1(getTranslation("mandate.answer.title")));
		mandates.invitation(token).ifPresentOrElse(invitation -> {
			// the published name only: the draft is the provider's own (DD075)
			add(new Paragraph(invitation.tradeName() == null
					? getTranslation("mandate.answer.introUnpublished", invitation.providerName(), "", "",
							invitation.invitedOrganisation())
					: getTranslation("mandate.answer.intro", invitation.providerName(), invitation.tradeName(), "",
							invitation.invitedOrganisation())));
			if (invitation.registrationNumber() != null) {
				add(new Paragraph(getTranslation("mandate.answer.number", invitation.registrationNumber())));
			}
			if (invitation.state() != MandateState.INVITED || invitation.expired()) {
				add(new Paragraph(getTranslation("mandate.answer.state", getTranslation(
						invitation.expired() ? "mandate.state.EXPIRED" : invitation.state().translationKey()))));
				return;
			}
			if (!invitation.mayAnswer()) {
				add(new Paragraph(getTranslation("mandate.refused.notRepresentative")));
				return;
			}
			add(new Paragraph(getTranslation("mandate.answer.consequence")));
			Button confirm = new Button(getTranslation("mandate.answer.confirm"),
					click -> answer(true, "mandate.answer.confirmed"));
			confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button decline = new Button(getTranslation("mandate.answer.decline"),
					click -> answer(false, "mandate.answer.declined"));
			add(new HorizontalLayout(confirm, decline));
		}, () -> add(new Paragraph(getTranslation("mandate.answer.invalid"))));
	}

	private void answer(boolean confirm, String done) {
		try {
			if (confirm) {
				mandates.confirm(token);
			}
			else {
				mandates.decline(token);
			}
			Problems.success(getTranslation(done));
		}
		catch (ActionRefusedException refused) {
			Problems.error(getTranslation(refused.messageKey()));
		}
		show();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("mandate.answer.title") + " · " + getTranslation("app.name");
	}

}
