package org.airegistry.explanation.ui;

import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.shared.Competence;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The market surveillance authority's inbox of Art 85 complaints from explanation
 * requests.
 */
@Route(ExplanationRoutes.COMPLAINTS)
@Menu(title = "nav.complaints", order = 55)
@RolesAllowed(Competence.Names.COMPLAINTS)
public class ComplaintsView extends Main implements HasDynamicTitle {

	public ComplaintsView(ExplanationService explanations) {
		addClassName("page");
		add(new H1(getTranslation("explanation.complaints.title")),
				new Paragraph(getTranslation("explanation.complaints.intro")));
		var items = explanations.complaints();
		if (items.isEmpty()) {
			add(new Paragraph(getTranslation("explanation.complaints.empty")));
		}
		else {
			add(InboxTable.of(this, items, ExplanationRoutes.COMPLAINTS, true));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("explanation.complaints.title") + " · " + getTranslation("app.name");
	}

}
