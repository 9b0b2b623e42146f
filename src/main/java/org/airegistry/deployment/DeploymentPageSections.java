package org.airegistry.deployment;

import java.util.List;

import org.airegistry.shared.OrganisationId;

import com.vaadin.flow.component.Component;

/**
 * Sections that modules building on deployer registrations add to the public deployer and
 * registration pages (e.g. Art 86 explanation statistics and the link to request one),
 * without this module knowing them. Beans of this type are asked in order.
 */
public interface DeploymentPageSections {

	/** Sections for a deployer's public page. */
	List<Component> forDeployer(OrganisationId deployer);

	/** Sections for the public page of one registration (its latest version). */
	List<Component> forDeployment(PublicDeployment deployment);

}
