package org.airegistry.organisation.ui;

import java.util.List;

import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.security.CurrentActor;
import org.airegistry.shell.SiteNotices;
import org.springframework.stereotype.Service;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Issue 21: the people of an organisation that the registry has not approved (yet) read
 * so on every page, with the way to their organisation's page, instead of meeting closed
 * pages without a reason.
 */
@Service
class OrganisationStandingNotice implements SiteNotices {

	private final OrganisationService organisations;

	private final CurrentActor currentActor;

	OrganisationStandingNotice(OrganisationService organisations, CurrentActor currentActor) {
		this.organisations = organisations;
		this.currentActor = currentActor;
	}

	@Override
	public List<Component> forCurrentUser(Component layout) {
		return currentActor.current()
			.flatMap(actor -> organisations.standing(actor.organisationId()))
			.filter(standing -> standing.status() != OrganisationStatus.ACTIVE)
			.map(standing -> {
				Paragraph text = new Paragraph(
						new Text(layout.getTranslation("organisation.status." + standing.status().name())),
						new Text(" "),
						new Anchor(OrganisationStatusView.ROUTE, layout.getTranslation("nav.myOrganisation")));
				Div banner = new Div(text);
				banner.addClassNames("notice-banner", "organisation-standing-notice");
				banner.getElement().setAttribute("role", "status");
				return List.<Component>of(banner);
			})
			.orElse(List.of());
	}

}
