package org.airegistry.portal;

import java.util.List;
import java.util.Optional;

import org.airegistry.deployment.DeploymentQueries;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.ExplanationStatistics;
import org.airegistry.moderation.Moderation;
import org.airegistry.moderation.ModerationAction;
import org.airegistry.registry.Classification;
import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.EntryFields;
import org.airegistry.registry.PublicDocuments;
import org.airegistry.registry.ProviderContacts;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.EntryFreshness;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchService;
import org.airegistry.registry.RegistrySettings;
import org.airegistry.registry.StoredDocument;
import org.airegistry.publication.Freshness;
import org.airegistry.publication.ui.ConfirmedAsCurrent;
import org.airegistry.publication.ShownField;
import org.airegistry.publication.VersionNumbers;
import org.airegistry.publication.VersionSummary;
import org.airegistry.publication.ui.FieldList;
import org.airegistry.publication.ui.VersionHistory;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.PublicAddress;
import org.airegistry.shell.components.PublicDocument;
import org.airegistry.shell.components.RegulatorLinks;
import org.airegistry.shell.components.StructuredData;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public page of an AI system entry under its stable permalink
 * ({@code /systems/AIR-000001}), and of each earlier version
 * ({@code /systems/AIR-000001/versions/1}), with the whole version history and each
 * version's SHA-256.
 */
@Route("systems/:registrationNumber")
@RouteAlias("systems/:registrationNumber/versions/:version")
@AnonymousAllowed
public class PublicEntryView extends Main implements BeforeEnterObserver, HasDynamicTitle, PublicDocument {

	private final RegistryQueries registry;

	private final EntryFreshness freshness;

	private final Freshness reviews;

	private final DeploymentQueries deployments;

	private final ExplanationService explanations;

	private final RegistrySettings settings;

	private final ProviderContacts contacts;

	private final Moderation moderation;

	private String title = "";

	/** Similar systems shown on an entry page. */
	static final int SIMILAR = 5;

	private final SearchService search;

	/** What the first response says about the page shown (DD035). */
	private DocumentMetadata metadata = DocumentMetadata.page("", "", null);

	public PublicEntryView(RegistryQueries registry, DeploymentQueries deployments, ExplanationService explanations,
			RegistrySettings settings, ProviderContacts contacts, Moderation moderation, SearchService search,
			EntryFreshness freshness, Freshness reviews) {
		this.freshness = freshness;
		this.reviews = reviews;
		this.registry = registry;
		this.search = search;
		this.moderation = moderation;
		this.deployments = deployments;
		this.explanations = explanations;
		this.settings = settings;
		this.contacts = contacts;
		addClassName("page");
		addClassName("public-entry");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String registrationNumber = event.getRouteParameters().get("registrationNumber").orElse("");
		Optional<String> version = event.getRouteParameters().get("version");
		Optional<ModerationAction> suspension = moderation.suspension(registrationNumber);
		if (suspension.isPresent() && registry.isSuspended(registrationNumber)) {
			// suspended by the market surveillance authority (Art 74/79): say so instead
			// of the content, for the latest and every older version alike
			suspended(registrationNumber, suspension.get());
			return;
		}
		Optional<PublicEntry> entry;
		if (version.isPresent()) {
			entry = VersionNumbers.parse(version.get())
				.flatMap(number -> registry.findVersion(registrationNumber, number));
		}
		else {
			entry = registry.findLatest(registrationNumber);
		}
		if (entry.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(entry.get(), registry.history(registrationNumber), version.isPresent());
	}

	/**
	 * Description, canonical address and schema.org data of an entry's page; a version's
	 * own address is a fixed document.
	 */
	private DocumentMetadata metadata(PublicEntry entry, boolean versionAddress) {
		String point = entry.data().annexIIIPoint() == null ? ""
				: getTranslation(entry.data().annexIIIPoint().translationKey());
		String description = getTranslation("entry.meta.description", entry.data().tradeName(), entry.providerName(),
				entry.registrationNumber(), entry.data().intendedPurpose());
		String address = versionAddress ? RegistryRoutes.versionPermalink(entry.registrationNumber(), entry.version())
				: RegistryRoutes.permalink(entry.registrationNumber());
		StructuredData system = StructuredData.of("SoftwareApplication")
			.put("name", entry.data().tradeName())
			.put("identifier", entry.registrationNumber())
			.put("alternateName", entry.data().unambiguousReference())
			.put("description", entry.data().intendedPurpose())
			.put("applicationCategory", getTranslation("entry.meta.category", point))
			.put("provider", StructuredData.of("Organization").put("name", entry.providerName()))
			.put("countriesSupported",
					entry.data().memberStates().stream().map(state -> state.name()).sorted().toList())
			.put("url", PublicAddress.absolute(RegistryRoutes.permalink(entry.registrationNumber())));
		StructuredData page = StructuredData.of("WebPage")
			.put("name", entry.data().tradeName())
			.put("identifier", entry.registrationNumber() + "/" + entry.version())
			.put("version", entry.version())
			.put("datePublished", entry.firstPublishedAt())
			.put("dateModified", entry.publishedAt())
			.put("mainEntity", system)
			.put("isPartOf",
					StructuredData.of("Dataset")
						.put("name", getTranslation("app.name"))
						.put("url", PublicAddress.absolute("open-data")));
		return versionAddress ? DocumentMetadata.version(description, address, entry.publishedAt(), page)
				: DocumentMetadata.page(description, address, page).withOpenGraphType("article");
	}

	@Override
	public DocumentMetadata documentMetadata() {
		return metadata;
	}

	private void suspended(String registrationNumber, ModerationAction suspension) {
		removeAll();
		title = registrationNumber;
		String text = getTranslation("moderation.public.suspended", Formats.date(suspension.createdAt(), getLocale()),
				suspension.notice());
		// 451 Unavailable For Legal Reasons, as the API answers (DD013)
		metadata = DocumentMetadata.page(text, RegistryRoutes.permalink(registrationNumber), null)
			.withStatus(451)
			.notIndexed();
		Paragraph notice = new Paragraph(text);
		notice.addClassName("notice");
		notice.addClassName("moderation-suspended");
		notice.getElement().setAttribute("role", "note");
		add(new H1(registrationNumber), notice);
		RegulatorLinks.moderate(this, registrationNumber).ifPresent(this::add);
	}

	private void show(PublicEntry entry, List<VersionSummary> history, boolean versionAddress) {
		removeAll();
		title = entry.data().tradeName();
		metadata = metadata(entry, versionAddress);
		Span badge = new Span(getTranslation("entry.versionOf", entry.version(), entry.latestVersion()));
		badge.getElement().getThemeList().add("badge");
		add(new H1(title), badge);
		if (entry.isLatest()) {
			RegulatorLinks.moderate(this, entry.registrationNumber()).ifPresent(this::add);
		}
		for (ModerationAction flag : moderation.publicNotices(entry.registrationNumber())) {
			Paragraph notice = new Paragraph(getTranslation("moderation.public.flag",
					Formats.date(flag.createdAt(), getLocale()), flag.notice()));
			notice.addClassName("notice");
			notice.addClassName("moderation-notice");
			notice.getElement().setAttribute("role", "note");
			add(notice);
		}
		if (!entry.isLatest()) {
			Paragraph older = new Paragraph(getTranslation("entry.olderVersion") + " ");
			older.add(
					new Anchor(RegistryRoutes.permalink(entry.registrationNumber()), getTranslation("entry.toLatest")));
			older.addClassName("notice");
			older.getElement().setAttribute("role", "note");
			add(older);
		}

		FieldList fields = new FieldList();
		fields.add(getTranslation("field.registrationNumber"), new Span(entry.registrationNumber()));
		// A.1: the provider's functional contact, never a natural person's name (spec
		// §10.3
		// V7)
		Paragraph provider = new Paragraph(contacts.publicContact(entry.providerId()).orElse(entry.providerName()));
		provider.addClassName("multiline");
		fields.add(getTranslation("field.provider") + " ("
				+ getTranslation(entry.data().classification() == Classification.SECTION_B ? "annex.B1" : "annex.A1")
				+ ")", provider);
		for (ShownField field : EntryFields.describe(entry.data(), this::getTranslation, getLocale(),
				settings.omnibus2026())) {
			if (!field.isEmpty()) {
				fields.add(field);
			}
		}
		fields.add(getTranslation("entry.registeredOn"), new Span(Formats.date(entry.firstPublishedAt(), getLocale())));
		fields.add(getTranslation("entry.versionPublishedOn"),
				new Span(Formats.dateTime(entry.publishedAt(), getLocale())));
		if (entry.isLatest()) {
			// issue 21 (freshness): when the provider last said the entry is current
			Freshness.Standing standing = freshness.of(entry);
			ConfirmedAsCurrent
				.add(this, fields, standing, Formats.date(standing.confirmedAt(), getLocale()), "entry.confirmedOn",
						"entry.notConfirmedInTime", freshnessMonths())
				.ifPresent(this::add);
		}
		Anchor permalink = new Anchor(RegistryRoutes.versionPermalink(entry.registrationNumber(), entry.version()),
				"/" + RegistryRoutes.versionPermalink(entry.registrationNumber(), entry.version()));
		fields.add(getTranslation("entry.permalink"), permalink);
		Code hash = new Code(entry.contentSha256());
		hash.addClassName("hash");
		fields.add(getTranslation("entry.sha256"), hash);
		add(fields);
		documents(entry);
		add(new DeployersSection(deployments.deployersOf(entry.registrationNumber())));
		if (entry.isLatest() && ExplanationService.eligibleSystem(entry)) {
			add(explanations(entry));
		}
		if (entry.isLatest()) {
			Paragraph report = new Paragraph(new Anchor(
					RegistryRoutes.permalink(entry.registrationNumber()) + "/report", getTranslation("report.link")));
			report.addClassName("report-inaccuracy");
			add(report);
		}
		add(new VersionHistory(history, entry.version(),
				version -> RegistryRoutes.versionPermalink(entry.registrationNumber(), version),
				instant -> Formats.dateTime(instant, getLocale()), "entry.history.first",
				(from, to) -> PublicEntryDiffView.route(entry.registrationNumber(), from, to)));
		if (entry.isLatest()) {
			similar(entry);
		}
	}

	/**
	 * Systems with a similar purpose and the same Annex III point, from the search index;
	 * left out when there are none or the index cannot be reached.
	 */
	private void similar(PublicEntry entry) {
		List<SearchHit> similar = search.similar(entry.registrationNumber(), SIMILAR);
		if (similar.isEmpty()) {
			return;
		}
		UnorderedList list = new UnorderedList();
		for (SearchHit hit : similar) {
			Anchor link = new Anchor(RegistryRoutes.permalink(hit.registrationNumber()), hit.tradeName());
			list.add(new ListItem(link, new Span(" · " + hit.providerName())));
		}
		Section section = new Section(new H2(getTranslation("entry.similar.title")), list);
		section.addClassName("similar-systems");
		add(section);
	}

	/**
	 * Download links for the entry's PDF documents; each address names the file's
	 * SHA-256, which the version's own SHA-256 covers.
	 */
	private void documents(PublicEntry entry) {
		if (entry.data().documents().nothingAttached()) {
			return;
		}
		com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
		list.addClassName("entry-documents");
		for (DocumentKind kind : DocumentKind.values()) {
			StoredDocument document = entry.data().documents().get(kind);
			if (document == null) {
				continue;
			}
			Anchor link = new Anchor("/" + PublicDocuments.path(entry.registrationNumber(), document.sha256()),
					getTranslation("entry.documents.download", getTranslation("entry.documents.kind." + kind.name()),
							document.size()));
			// a file download, not a route of the application
			link.getElement().setAttribute("router-ignore", true);
			link.getElement().setAttribute("download", document.fileName());
			list.add(new ListItem(link, new Span(" (" + getTranslation(kind.annexKey()) + ")")));
		}
		add(new Section(new H2(getTranslation("entry.documents.title")), list));
	}

	/**
	 * Art 86: aggregate statistics of explanation requests and the link to ask for one.
	 */
	private Section explanations(PublicEntry entry) {
		ExplanationStatistics statistics = explanations.statisticsForSystem(entry.registrationNumber());
		Section section = new Section(new H2(getTranslation("explanation.stats.title")));
		section.addClassName("explanation-statistics");
		if (statistics.tooFewToShow()) {
			section.add(new Paragraph(getTranslation("explanation.stats.tooFew", ExplanationStatistics.MINIMUM_COUNT)));
		}
		else if (statistics.received() == 0) {
			section.add(new Paragraph(getTranslation("explanation.stats.none")));
		}
		else {
			section.add(new Paragraph(
					getTranslation("explanation.stats.summary", statistics.received(), statistics.responded())));
			if (statistics.medianResponseDays() != null && statistics.shareOnTime() != null) {
				section.add(new Paragraph(getTranslation("explanation.stats.median", statistics.medianResponseDays())),
						new Paragraph(getTranslation("explanation.stats.onTime",
								Math.round(statistics.shareOnTime() * 100))));
			}
		}
		long unregistered = explanations.unregisteredDeployerRequests(entry.registrationNumber());
		if (unregistered > 0) {
			Paragraph apart = new Paragraph(getTranslation("explanation.stats.unregistered", unregistered));
			apart.addClassName("unregistered-deployer-requests");
			section.add(apart);
		}
		section.add(new Paragraph(new Anchor(ExplanationRoutes.newRequest(entry.registrationNumber()),
				getTranslation("explanation.stats.request"))));
		return section;
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

	/** The review interval in months, as the page says it. */
	private long freshnessMonths() {
		return reviews.reviewInterval().toTotalMonths();
	}

}
