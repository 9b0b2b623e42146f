package org.airegistry.explanation.ui;

import java.util.List;

import org.airegistry.deployment.DeploymentPageSections;
import org.airegistry.deployment.PublicDeployment;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.ExplanationStatistics;
import org.airegistry.shared.OrganisationId;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * On deployer pages: the deployer's aggregate Art 86 statistics (never single requests),
 * and on a registration page the link to request an explanation from that deployer for
 * that system.
 */
@Component
class ExplanationDeploymentSections implements DeploymentPageSections {

	private final ExplanationService explanations;

	ExplanationDeploymentSections(ExplanationService explanations) {
		this.explanations = explanations;
	}

	@Override
	public List<com.vaadin.flow.component.Component> forDeployer(OrganisationId deployer) {
		return List.of(statistics(explanations.statisticsForDeployer(deployer), null));
	}

	@Override
	public List<com.vaadin.flow.component.Component> forDeployment(PublicDeployment deployment) {
		if (!deployment.isLatest()) {
			return List.of();
		}
		return List.of(statistics(explanations.statisticsForDeployer(deployment.deployerId()),
				ExplanationRoutes.newRequest(deployment.providerRegistrationNumber(), deployment.deployerId())));
	}

	private static Section statistics(ExplanationStatistics statistics, String requestLink) {
		UI ui = UI.getCurrent();
		Section section = new Section(new H2(ui.getTranslation("explanation.stats.deployerTitle")));
		section.addClassName("explanation-statistics");
		if (statistics.tooFewToShow()) {
			section
				.add(new Paragraph(ui.getTranslation("explanation.stats.tooFew", ExplanationStatistics.MINIMUM_COUNT)));
		}
		else if (statistics.received() == 0) {
			section.add(new Paragraph(ui.getTranslation("explanation.stats.none")));
		}
		else {
			section.add(new Paragraph(
					ui.getTranslation("explanation.stats.summary", statistics.received(), statistics.responded())));
			if (statistics.medianResponseDays() != null && statistics.shareOnTime() != null) {
				section.add(
						new Paragraph(ui.getTranslation("explanation.stats.median", statistics.medianResponseDays())),
						new Paragraph(ui.getTranslation("explanation.stats.onTime",
								Math.round(statistics.shareOnTime() * 100))));
			}
		}
		if (requestLink != null) {
			section.add(
					new Paragraph(new Anchor(requestLink, ui.getTranslation("explanation.stats.requestFromDeployer"))));
		}
		return section;
	}

}
