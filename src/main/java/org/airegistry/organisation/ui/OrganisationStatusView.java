package org.airegistry.organisation.ui;

import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStanding;
import org.airegistry.security.CurrentActor;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Where the user's organisation stands with the registry. Users of an organisation that
 * is not approved reach no provider or deployer feature; this page tells them why and
 * what happens next.
 */
@Route(OrganisationStatusView.ROUTE)
@Menu(title = "nav.myOrganisation", order = 95)
@PermitAll
public class OrganisationStatusView extends Main implements HasDynamicTitle {

	/** The page's address. */
	public static final String ROUTE = "account/organisation";

	public OrganisationStatusView(OrganisationService organisations, CurrentActor currentActor) {
		addClassName("page");
		addClassName("organisation-status");
		OrganisationStanding standing = organisations.standing(currentActor.require().organisationId()).orElseThrow();
		Paragraph status = new Paragraph(getTranslation("organisation.status." + standing.status().name()));
		status.addClassName("organisation-standing");
		status.getElement().setAttribute("role", "status");
		add(new H1(standing.legalName()), status);
		if (standing.decisionReason() != null && !standing.decisionReason().isBlank()) {
			add(new Paragraph(getTranslation("organisation.status.reason", standing.decisionReason())));
		}
		// Art 71(5): the persons with authority to represent the organisation
		RepresentingPersonsView.link(this, currentActor.require()).ifPresent(this::add);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.myOrganisation") + " · " + getTranslation("app.name");
	}

}
