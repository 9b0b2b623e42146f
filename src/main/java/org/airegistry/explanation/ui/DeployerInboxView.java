package org.airegistry.explanation.ui;

import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.shared.Role;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The deployer's inbox of explanation requests (own organisation only). */
@Route(ExplanationRoutes.INBOX)
@Menu(title = "nav.explanations", order = 30)
@RolesAllowed(Role.Names.DEPLOYER)
public class DeployerInboxView extends Main implements HasDynamicTitle {

	public DeployerInboxView(ExplanationService explanations) {
		addClassName("page");
		add(new H1(getTranslation("explanation.inbox.title")));
		var items = explanations.inbox();
		if (items.isEmpty()) {
			add(new Paragraph(getTranslation("explanation.inbox.empty")));
		}
		else {
			add(InboxTable.of(this, items, ExplanationRoutes.INBOX, false));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("explanation.inbox.title") + " · " + getTranslation("app.name");
	}

}
