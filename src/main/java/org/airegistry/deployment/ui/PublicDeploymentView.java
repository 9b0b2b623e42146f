package org.airegistry.deployment.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.deployment.DeploymentId;
import org.airegistry.deployment.DeploymentPageSections;
import org.airegistry.deployment.DeploymentQueries;
import org.airegistry.deployment.DeploymentRoutes;
import org.airegistry.deployment.DeploymentVersionSummary;
import org.airegistry.deployment.PublicDeployment;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.PublicAddress;
import org.airegistry.shell.components.PublicDocument;
import org.airegistry.shell.components.StructuredData;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public page of a deployer registration (Annex VIII Section C) and of each earlier
 * version, with the version history and each version's SHA-256. The full impact
 * assessment is never shown here, only its summary (C.4). When the provider withdrew or
 * recalled the system, the page says so.
 */
@Route("deployments/:id")
@RouteAlias("deployments/:id/versions/:version")
@AnonymousAllowed
public class PublicDeploymentView extends Main implements BeforeEnterObserver, HasDynamicTitle, PublicDocument {

	private final DeploymentQueries queries;

	private String title = "";

	/** What the first response says about the page shown (DD035). */
	private DocumentMetadata metadata = DocumentMetadata.page("", "", null);

	private final ObjectProvider<DeploymentPageSections> sections;

	private final RegistryQueries registry;

	public PublicDeploymentView(DeploymentQueries queries, RegistryQueries registry,
			ObjectProvider<DeploymentPageSections> sections) {
		this.queries = queries;
		this.registry = registry;
		this.sections = sections;
		addClassName("page");
		addClassName("public-deployment");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<DeploymentId> id = parseId(event.getRouteParameters().get("id").orElse(""));
		Optional<String> version = event.getRouteParameters().get("version");
		Optional<PublicDeployment> deployment = id.flatMap(value -> version.isPresent()
				? parseVersion(version.get()).flatMap(number -> queries.findVersion(value, number))
				: queries.findLatest(value));
		if (deployment.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(deployment.get(), queries.history(deployment.get().id()), version.isPresent());
	}

	@Override
	public DocumentMetadata documentMetadata() {
		return metadata;
	}

	private void show(PublicDeployment deployment, List<DeploymentVersionSummary> history, boolean versionAddress) {
		removeAll();
		// Art 74/79: the provider's entry is suspended from public view; its details stay
		// hidden here too
		boolean providerSuspended = registry.isSuspended(deployment.providerRegistrationNumber());
		title = getTranslation("deployment.public.title", deployment.deployerName(),
				providerSuspended ? deployment.providerRegistrationNumber() : deployment.systemName());
		metadata = metadata(deployment, providerSuspended, versionAddress);
		Span badge = new Span(
				getTranslation("deployment.public.versionOf", deployment.version(), deployment.latestVersion()));
		badge.getElement().getThemeList().add("badge");
		add(new H1(title), badge);
		if (deployment.providerStopped() && deployment.providerStatus() != null) {
			Paragraph stopped = new Paragraph(getTranslation("deployment.public.providerStopped",
					getTranslation("deployment.providerStatus." + deployment.providerStatus().name()),
					deployment.providerStatusChangedAt() == null ? ""
							: Formats.date(deployment.providerStatusChangedAt(), getLocale())));
			stopped.addClassName("notice");
			stopped.addClassName("provider-stopped");
			stopped.getElement().setAttribute("role", "note");
			add(stopped);
		}
		if (providerSuspended) {
			Paragraph suspended = new Paragraph(
					getTranslation("deployment.public.providerSuspended", deployment.providerRegistrationNumber()));
			suspended.addClassName("notice");
			suspended.addClassName("provider-suspended");
			suspended.getElement().setAttribute("role", "note");
			add(suspended);
		}
		if (!deployment.isLatest()) {
			Paragraph older = new Paragraph(getTranslation("deployment.public.olderVersion") + " ");
			older.add(new Anchor(DeploymentRoutes.permalink(deployment.id()),
					getTranslation("deployment.public.toLatest")));
			older.addClassName("notice");
			older.getElement().setAttribute("role", "note");
			add(older);
		}
		DescriptionList fields = new DescriptionList();
		fields.addClassName("entry-fields");
		field(fields, label("deployment.field.deployerName", "deployment.annex.C1"),
				new Anchor(DeploymentRoutes.deployer(deployment.deployerId()), deployment.deployerName()));
		text(fields, label("deployment.field.deployerAddress", "deployment.annex.C1"),
				deployment.data().deployerAddress());
		text(fields, label("deployment.field.deployerContact", "deployment.annex.C1"),
				deployment.data().deployerContact());
		text(fields, label("deployment.field.submitterContact", "deployment.annex.C2"),
				deployment.data().submitterContact());
		if (providerSuspended) {
			text(fields, label("deployment.field.providerEntry", "deployment.annex.C3"),
					getTranslation("deployment.providerSuspended", deployment.providerRegistrationNumber()));
		}
		else {
			field(fields, label("deployment.field.providerEntry", "deployment.annex.C3"),
					new Anchor(RegistryRoutes.permalink(deployment.providerRegistrationNumber()),
							deployment.systemName() + " (" + deployment.providerRegistrationNumber() + ")"));
			text(fields, getTranslation("deployment.field.provider"), deployment.providerName());
		}
		text(fields, label("deployment.field.friaSummary", "deployment.annex.C4"), deployment.data().friaSummary());
		if (deployment.data().dpiaApplicable()) {
			text(fields, label("deployment.field.dpiaSummary", "deployment.annex.C5"), deployment.data().dpiaSummary());
		}
		text(fields, getTranslation("deployment.field.memberStates"),
				Formats.memberStates(deployment.data().memberStates(), getLocale()));
		if (deployment.data().useStart() != null) {
			text(fields, getTranslation("deployment.field.period"),
					deployment.data().useEnd() == null
							? getTranslation("deployment.public.periodOpen", deployment.data().useStart())
							: getTranslation("deployment.public.period", deployment.data().useStart(),
									deployment.data().useEnd()));
		}
		text(fields, getTranslation("deployment.public.registeredOn"),
				Formats.date(deployment.firstPublishedAt(), getLocale()));
		text(fields, getTranslation("deployment.public.versionPublishedOn"),
				Formats.dateTime(deployment.publishedAt(), getLocale()));
		Code hash = new Code(deployment.contentSha256());
		hash.addClassName("hash");
		field(fields, getTranslation("deployment.public.sha256"), hash);
		add(fields);
		sections.orderedStream().forEach(extension -> extension.forDeployment(deployment).forEach(this::add));
		add(history(deployment, history));
	}

	/**
	 * Description, canonical address and schema.org data: the registration of use as a
	 * page about the deployer's use of the provider's system (never more of a suspended
	 * system than its registration number).
	 */
	private DocumentMetadata metadata(PublicDeployment deployment, boolean providerSuspended, boolean versionAddress) {
		String system = providerSuspended ? deployment.providerRegistrationNumber() : deployment.systemName();
		String description = getTranslation("deployment.meta.description", deployment.deployerName(), system,
				Formats.memberStates(deployment.data().memberStates(), getLocale()));
		StructuredData about = StructuredData.of("SoftwareApplication")
			.put("identifier", deployment.providerRegistrationNumber());
		if (!providerSuspended) {
			about.put("name", deployment.systemName())
				.put("url", PublicAddress.absolute(RegistryRoutes.permalink(deployment.providerRegistrationNumber())))
				.put("provider", StructuredData.of("Organization").put("name", deployment.providerName()));
		}
		StructuredData page = StructuredData.of("WebPage")
			.put("name", title)
			.put("description", description)
			.put("version", deployment.version())
			.put("datePublished", deployment.firstPublishedAt())
			.put("dateModified", deployment.publishedAt())
			.put("about", about)
			.put("author",
					StructuredData.of("Organization")
						.put("name", deployment.deployerName())
						.put("url", PublicAddress.absolute(DeploymentRoutes.deployer(deployment.deployerId()))))
			.put("spatialCoverage", deployment.data().memberStates().stream().map(Enum::name).sorted().toList());
		if (versionAddress) {
			return DocumentMetadata.version(description,
					DeploymentRoutes.versionPermalink(deployment.id(), deployment.version()), deployment.publishedAt(),
					page);
		}
		return DocumentMetadata.page(description, DeploymentRoutes.permalink(deployment.id()), page)
			.withOpenGraphType("article");
	}

	private Section history(PublicDeployment shown, List<DeploymentVersionSummary> history) {
		OrderedList versions = new OrderedList();
		versions.getElement().setAttribute("reversed", true);
		versions.addClassName("version-history");
		for (DeploymentVersionSummary version : history) {
			String label = getTranslation("deployment.public.historyVersion", version.version(),
					Formats.dateTime(version.publishedAt(), getLocale()));
			Component link = version.version() == shown.version()
					? new Span(label + " " + getTranslation("deployment.public.historyShown"))
					: new Anchor(DeploymentRoutes.versionPermalink(shown.id(), version.version()), label);
			String summary = version.changeSummary().isBlank()
					? (version.version() == 1 ? getTranslation("deployment.public.historyFirst") : "")
					: version.changeSummary();
			Span text = new Span(summary);
			text.addClassName("change-summary");
			versions.add(new ListItem(link, text));
		}
		return new Section(new H2(getTranslation("deployment.public.history")), versions);
	}

	private String label(String key, String annexKey) {
		return getTranslation(key) + " (" + getTranslation(annexKey) + ")";
	}

	private static void text(DescriptionList list, String term, String value) {
		Paragraph text = new Paragraph(value.isEmpty() ? "\u2014" : value);
		text.addClassName("multiline");
		field(list, term, text);
	}

	private static void field(DescriptionList list, String term, Component value) {
		list.add(new Term(term), new Description(value));
	}

	static Optional<DeploymentId> parseId(String value) {
		try {
			return Optional.of(new DeploymentId(UUID.fromString(value)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static Optional<Integer> parseVersion(String value) {
		try {
			int number = Integer.parseInt(value);
			return number > 0 ? Optional.of(number) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
