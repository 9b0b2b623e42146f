package org.airegistry.deployment.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.deployment.DeploymentFields;
import org.airegistry.deployment.DeploymentId;
import org.airegistry.deployment.DeploymentPageSections;
import org.airegistry.deployment.DeploymentQueries;
import org.airegistry.deployment.DeploymentRoutes;
import org.airegistry.publication.ShownField;
import org.airegistry.publication.VersionNumbers;
import org.airegistry.publication.VersionSummary;
import org.airegistry.publication.Freshness;
import org.airegistry.publication.ui.ConfirmedAsCurrent;
import org.airegistry.publication.ui.FieldList;
import org.airegistry.publication.ui.VersionDiffView;
import org.airegistry.publication.ui.VersionHistory;
import org.airegistry.deployment.PublicDeployment;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.PublicAddress;
import org.airegistry.shell.components.PublicDocument;
import org.airegistry.shell.components.StructuredData;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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

	/** The registration's field specification. */
	static final DeploymentFields FIELDS = new DeploymentFields();

	private final DeploymentQueries queries;

	private String title = "";

	/** What the first response says about the page shown (DD035). */
	private DocumentMetadata metadata = DocumentMetadata.page("", "", null);

	private final ObjectProvider<DeploymentPageSections> sections;

	private final RegistryQueries registry;

	private final Freshness freshness;

	public PublicDeploymentView(DeploymentQueries queries, RegistryQueries registry,
			ObjectProvider<DeploymentPageSections> sections, Freshness freshness) {
		this.freshness = freshness;
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
				? VersionNumbers.parse(version.get()).flatMap(number -> queries.findVersion(value, number))
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

	private void show(PublicDeployment deployment, List<VersionSummary> history, boolean versionAddress) {
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
		FieldList fields = new FieldList();
		fields.add(label("deployment.field.deployerName", "deployment.annex.C1"),
				new Anchor(DeploymentRoutes.deployer(deployment.deployerId()), deployment.deployerName()));
		List<ShownField> registered = FIELDS.describe(deployment.data(), this::getTranslation, getLocale());
		// C.1 and C.2, then the provider's entry (C.3), then C.4 onwards
		registered.subList(0, 3).forEach(field -> text(fields, field));
		if (providerSuspended) {
			fields.add(label("deployment.field.providerEntry", "deployment.annex.C3"), new Paragraph(
					getTranslation("deployment.providerSuspended", deployment.providerRegistrationNumber())));
		}
		else {
			fields.add(label("deployment.field.providerEntry", "deployment.annex.C3"),
					new Anchor(RegistryRoutes.permalink(deployment.providerRegistrationNumber()),
							deployment.systemName() + " (" + deployment.providerRegistrationNumber() + ")"));
			fields.add(getTranslation("deployment.field.provider"), new Paragraph(deployment.providerName()));
		}
		registered.subList(3, registered.size())
			.stream()
			.filter(field -> !field.key().equals("dpiaSummary") || deployment.data().dpiaApplicable())
			.filter(field -> !field.key().equals("useStart") || !field.isEmpty())
			.forEach(field -> text(fields, field));
		fields.add(getTranslation("deployment.public.registeredOn"),
				new Paragraph(Formats.date(deployment.firstPublishedAt(), getLocale())));
		fields.add(getTranslation("deployment.public.versionPublishedOn"),
				new Paragraph(Formats.dateTime(deployment.publishedAt(), getLocale())));
		if (deployment.isLatest()) {
			// issue 21 (freshness): when the deployer last said the registration is
			// current
			Freshness.Standing standing = queries.standing(deployment);
			ConfirmedAsCurrent
				.add(this, fields, standing, Formats.date(standing.confirmedAt(), getLocale()),
						"deployment.public.confirmedOn", "deployment.public.notConfirmedInTime",
						freshness.reviewInterval().toTotalMonths())
				.ifPresent(this::add);
		}
		Code hash = new Code(deployment.contentSha256());
		hash.addClassName("hash");
		fields.add(getTranslation("deployment.public.sha256"), hash);
		add(fields);
		sections.orderedStream().forEach(extension -> extension.forDeployment(deployment).forEach(this::add));
		add(new VersionHistory(history, deployment.version(),
				version -> DeploymentRoutes.versionPermalink(deployment.id(), version),
				instant -> Formats.dateTime(instant, getLocale()), "deployment.public.historyFirst",
				(from, to) -> VersionDiffView.route(DeploymentRoutes.permalink(deployment.id()), from, to)));
	}

	/** A registered item; an empty one shows as a dash. */
	private void text(FieldList fields, ShownField field) {
		Paragraph text = new Paragraph(field.isEmpty() ? "\u2014" : field.value());
		text.addClassName("multiline");
		fields.add(FieldList.label(this, field), text);
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

	private String label(String key, String annexKey) {
		return getTranslation(key) + " (" + getTranslation(annexKey) + ")";
	}

	static Optional<DeploymentId> parseId(String value) {
		try {
			return Optional.of(new DeploymentId(UUID.fromString(value)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
