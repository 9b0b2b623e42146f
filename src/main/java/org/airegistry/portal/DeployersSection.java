package org.airegistry.portal;

import java.util.List;

import org.airegistry.deployment.DeployerOfSystem;
import org.airegistry.deployment.DeploymentRoutes;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * On a system's public page: every deployer that registered its use (Annex VIII Section
 * C), with the summary of its fundamental-rights impact assessment (C.4) and links to the
 * registration and the deployer's page.
 */
class DeployersSection extends Section {

	DeployersSection(List<DeployerOfSystem> deployers) {
		addClassName("deployers-of-system");
		add(new H2(getTranslation("entry.deployers.title")));
		if (deployers.isEmpty()) {
			add(new Paragraph(getTranslation("entry.deployers.none")));
			return;
		}
		UnorderedList list = new UnorderedList();
		for (DeployerOfSystem deployer : deployers) {
			ListItem item = new ListItem(
					new H3(new Anchor(DeploymentRoutes.deployer(deployer.deployerId()), deployer.deployerName())));
			Paragraph summary = new Paragraph(
					deployer.hasFriaSummary() ? getTranslation("entry.deployers.fria") + " " + deployer.friaSummary()
							: getTranslation("entry.deployers.noFria"));
			summary.addClassName("multiline");
			item.add(summary, new Paragraph(new Anchor(DeploymentRoutes.permalink(deployer.deploymentId()),
					getTranslation("entry.deployers.registration"))));
			list.add(item);
		}
		add(list);
	}

}
