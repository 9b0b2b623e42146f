package org.airegistry.deployment.ui;

import java.util.Optional;
import java.util.UUID;

import org.airegistry.deployment.DeploymentPageSections;
import org.airegistry.deployment.DeploymentQueries;
import org.airegistry.deployment.DeploymentRoutes;
import org.airegistry.deployment.PublicDeployer;
import org.airegistry.deployment.PublicDeployment;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.PublicDocument;
import org.airegistry.shell.components.StructuredData;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A deployer organisation's public page: the high-risk AI systems it registered the use
 * of.
 */
@Route("deployers/:id")
@AnonymousAllowed
public class PublicDeployerView extends Main implements BeforeEnterObserver, HasDynamicTitle, PublicDocument {

	private final DeploymentQueries queries;

	private String title = "";

	/** What the first response says about the page shown (DD035). */
	private DocumentMetadata metadata = DocumentMetadata.page("", "", null);

	private final ObjectProvider<DeploymentPageSections> sections;

	private final RegistryQueries registry;

	public PublicDeployerView(DeploymentQueries queries, RegistryQueries registry,
			ObjectProvider<DeploymentPageSections> sections) {
		this.queries = queries;
		this.registry = registry;
		this.sections = sections;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<PublicDeployer> deployer;
		try {
			deployer = queries
				.deployer(new OrganisationId(UUID.fromString(event.getRouteParameters().get("id").orElse(""))));
		}
		catch (IllegalArgumentException ex) {
			deployer = Optional.empty();
		}
		if (deployer.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(deployer.get());
	}

	private void show(PublicDeployer deployer) {
		removeAll();
		title = deployer.name();
		String description = getTranslation("deployer.meta.description", deployer.name(), deployer.country(),
				deployer.uses().size());
		metadata = DocumentMetadata.page(description, DeploymentRoutes.deployer(deployer.id()),
				StructuredData.of("Organization")
					.put("name", deployer.name())
					.put("description", description)
					.put("address", StructuredData.of("PostalAddress").put("addressCountry", deployer.country())));
		add(new H1(title), new Paragraph(getTranslation("deployer.public.intro", deployer.country())),
				new H2(getTranslation("deployer.public.systems")));
		UnorderedList list = new UnorderedList();
		list.addClassName("deployer-systems");
		for (PublicDeployment use : deployer.uses()) {
			if (registry.isSuspended(use.providerRegistrationNumber())) {
				// Art 74/79: the provider's entry is suspended from public view
				Paragraph suspended = new Paragraph(
						getTranslation("deployment.providerSuspended", use.providerRegistrationNumber()));
				suspended.addClassName("notice");
				suspended.addClassName("provider-suspended");
				list.add(new ListItem(new Anchor(DeploymentRoutes.permalink(use.id()),
						use.providerRegistrationNumber() + " \u2013 " + getTranslation("deployer.public.registration")),
						suspended));
				continue;
			}
			ListItem item = new ListItem(
					new Anchor(DeploymentRoutes.permalink(use.id()),
							use.systemName() + " \u2013 " + getTranslation("deployer.public.registration")),
					new Paragraph(getTranslation("deployer.public.provider", use.providerName(),
							use.providerRegistrationNumber())),
					new Paragraph(new Anchor(RegistryRoutes.permalink(use.providerRegistrationNumber()),
							getTranslation("deployer.public.providerEntry"))));
			if (use.providerStopped() && use.providerStatus() != null) {
				Paragraph stopped = new Paragraph(getTranslation("deployment.providerStopped",
						getTranslation("deployment.providerStatus." + use.providerStatus().name())));
				stopped.addClassName("notice");
				item.add(stopped);
			}
			list.add(item);
		}
		add(list);
		sections.orderedStream().forEach(extension -> extension.forDeployer(deployer.id()).forEach(this::add));
	}

	@Override
	public DocumentMetadata documentMetadata() {
		return metadata;
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
