package org.airegistry.shell;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.airegistry.shared.Sha256;
import org.airegistry.shared.i18n.Translations;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.PublicAddress;
import org.airegistry.shell.components.PublicDocument;
import org.airegistry.shell.components.StaticHtml;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationState;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * The first HTML response of a page is a document (DD035): through Vaadin's bootstrap
 * hook ({@link IndexHtmlRequestListener}) the page's route is rendered on the server in a
 * short-lived UI that never reaches the browser, exactly as the Vaadin view renders it
 * (same components, texts and escaping), and written into the page together with its
 * title, description, canonical address, language alternates, Open Graph tags and
 * schema.org data. The response gets the navigation's HTTP status (404 for an unknown
 * address, 403 for a page the signed-in visitor may not open, the document's own status
 * such as 451), 301 when the route forwards to its canonical address, and
 * {@code ETag}/{@code Last-Modified} for fixed versions. When Vaadin's view arrives in
 * the browser it replaces the written one in the same frame.
 * <p>
 * Only {@link PublicDocument} views and the error views are rendered here: other views
 * (forms, workspaces) may have side effects when opened and get the plain page shell.
 */
@Component
class FirstResponse implements VaadinServiceInitListener {

	/** Id of the written page in the first response; removed when Vaadin takes over. */
	static final String ROOT_ID = "ssr-page";

	static final String JSON_LD = "application/ld+json";

	private static final Logger log = LoggerFactory.getLogger(FirstResponse.class);

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private final ObjectProvider<NavigationAccessControl> accessControl;

	private final JsonMapper json;

	FirstResponse(ObjectProvider<NavigationAccessControl> accessControl, JsonMapper json) {
		this.accessControl = accessControl;
		this.json = json;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(this::write);
		event.getSource().addUIInitListener(init -> removeWrittenPageOnTakeOver(init.getUI()));
	}

	/**
	 * The real UI's first navigation also removes the written page (it is hidden by CSS
	 * as soon as the view is in place): one DOM change, applied with the view.
	 */
	private static void removeWrittenPageOnTakeOver(UI ui) {
		com.vaadin.flow.shared.Registration[] registration = new com.vaadin.flow.shared.Registration[1];
		registration[0] = ui.addAfterNavigationListener(navigation -> {
			ui.getPage().executeJs("var p=document.getElementById($0);if(p){p.remove();}", ROOT_ID);
			registration[0].remove();
		});
	}

	/** What the server rendered for the first response. */
	record Rendered(int status, Node page, String title, Locale locale, @Nullable DocumentMetadata metadata,
			boolean errorPage, Location requested, Location shown) {
	}

	void write(IndexHtmlResponse response) {
		VaadinRequest request = response.getVaadinRequest();
		VaadinResponse http = response.getVaadinResponse();
		String path = pathOf(request);
		if (path.length() > 1 && path.endsWith("/")) {
			// one address per page: /systems/AIR-000001/ → /systems/AIR-000001
			redirect(request, http, path.replaceAll("/+$", ""), request.getParameterMap());
			return;
		}
		Location location = new Location(path, QueryParameters.full(request.getParameterMap()));
		Optional<Rendered> rendered;
		try {
			rendered = render(request, location, response.getDocument());
		}
		catch (RuntimeException ex) {
			// the first response stays a plain shell; Vaadin's view reports the error
			log.error("Could not render the first response of '{}'", path, ex);
			return;
		}
		rendered.ifPresent(page -> apply(request, http, response.getDocument(), page));
	}

	private Optional<Rendered> render(VaadinRequest request, Location location, Document document) {
		VaadinSession session = VaadinSession.getCurrent();
		VaadinService service = request.getService();
		UI previous = UI.getCurrent();
		UI ui = new UI();
		StaticHtml.firstResponse(ui);
		ui.getInternals().setSession(session);
		UI.setCurrent(ui);
		try {
			ui.setLocale(session.getLocale());
			// the same listeners as a real UI: language choice, navigation access control
			service.fireUIInitListeners(ui);
			Router router = service.getRouter();
			Optional<NavigationState> state = router.resolveNavigationTarget(location);
			int status;
			if (state.isEmpty()) {
				status = router.handleExceptionNavigation(ui, location,
						new NotFoundException("No route for '" + location.getPath() + "'"), NavigationTrigger.PAGE_LOAD,
						null);
			}
			else if (PublicDocument.class.isAssignableFrom(state.get().getNavigationTarget())) {
				status = router.navigate(ui, location, NavigationTrigger.PAGE_LOAD);
			}
			else if (deniedToSignedInVisitor(request, router, state.get(), location)) {
				status = router.handleExceptionNavigation(ui, location, new AccessDeniedException(),
						NavigationTrigger.PAGE_LOAD, null);
			}
			else {
				return Optional.empty();
			}
			List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
			if (chain.isEmpty()) {
				return Optional.empty();
			}
			HasElement target = chain.getFirst();
			DocumentMetadata metadata = target instanceof PublicDocument publicDocument
					&& !(target instanceof HasErrorParameter<?>) ? publicDocument.documentMetadata() : null;
			Optional<Node> page = HtmlSerialiser.toHtml(document, chain.getLast().getElement());
			if (page.isEmpty()) {
				return Optional.empty();
			}
			Location shown = ui.getInternals().getActiveViewLocation();
			return Optional.of(new Rendered(status, page.get(), ui.getInternals().getTitle(), ui.getLocale(), metadata,
					target instanceof HasErrorParameter<?>, location, shown == null ? location : shown));
		}
		finally {
			ui.getInternals().setSession(null);
			UI.setCurrent(previous);
		}
	}

	/**
	 * Other views get no written content; but a signed-in visitor who may not open one
	 * gets the 403 page right away (anonymous visitors are sent to the login page by the
	 * security configuration before Vaadin answers).
	 */
	private boolean deniedToSignedInVisitor(VaadinRequest request, Router router, NavigationState state,
			Location location) {
		NavigationAccessControl control = accessControl.getIfAvailable();
		if (control == null || !control.isEnabled() || request.getUserPrincipal() == null) {
			return false;
		}
		NavigationContext context = new NavigationContext(router, state.getNavigationTarget(), location,
				state.getRouteParameters(), request.getUserPrincipal(), request::isUserInRole, false);
		boolean productionMode = request.getService().getDeploymentConfiguration().isProductionMode();
		return control.checkAccess(context, productionMode).decision() == AccessCheckDecision.DENY;
	}

	private void apply(VaadinRequest request, VaadinResponse http, Document document, Rendered rendered) {
		if (!samePage(rendered.requested(), rendered.shown()) && !rendered.errorPage()) {
			// the route forwarded to the page's canonical address (e.g. /models →
			// /search?kind=models): tell browsers and crawlers once and for all
			redirect(request, http, rendered.shown().getPath(),
					rendered.shown()
						.getQueryParameters()
						.getParameters()
						.entrySet()
						.stream()
						.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
								e -> e.getValue().toArray(String[]::new), (a, b) -> a, LinkedHashMap::new)));
			return;
		}
		DocumentMetadata metadata = rendered.metadata();
		int status = rendered.status();
		if (metadata != null && status == 200) {
			status = metadata.status();
		}
		String language = rendered.locale().getLanguage();
		document.selectFirst("html").attr("lang", language);
		if (!rendered.title().isBlank()) {
			document.title(rendered.title());
		}
		org.jsoup.nodes.Element head = document.head();
		head.select("meta[name=description]").remove();
		String base = baseUrl(request);
		if (metadata == null) {
			head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
		}
		else {
			head.appendElement("meta").attr("name", "description").attr("content", metadata.description());
			writeAddresses(head, request, base, metadata, language, rendered.title());
			if (!metadata.indexable() || status != 200) {
				head.appendElement("meta").attr("name", "robots").attr("content", "noindex, follow");
			}
			if (metadata.structuredData() != null) {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("@context", "https://schema.org");
				data.putAll(metadata.structuredData());
				data.putIfAbsent("url", base + "/" + metadata.canonicalPath());
				data.putIfAbsent("inLanguage", language);
				head.appendElement("script")
					.attr("type", JSON_LD)
					.appendChild(new DataNode(scriptSafe(json.writeValueAsString(data))));
			}
		}
		rendered.page().attr("id", ROOT_ID);
		((org.jsoup.nodes.Element) rendered.page()).addClass("ssr-page");
		document.body().prependChild(rendered.page());
		http.setStatus(status);
		http.setHeader("Content-Language", language);
		if (metadata != null && metadata.fixedVersion() && status == 200) {
			String etag = "W/\"" + hash(language + "\n" + rendered.title() + "\n" + rendered.page().outerHtml()) + "\"";
			http.setHeader("ETag", etag);
			if (metadata.lastModified() != null) {
				http.setHeader("Last-Modified", HTTP_DATE.format(metadata.lastModified()));
			}
			http.setHeader("Cache-Control", "no-cache");
			String ifNoneMatch = request.getHeader("If-None-Match");
			if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
				http.setStatus(304);
			}
		}
	}

	/** Canonical address, language alternates and Open Graph tags. */
	private static void writeAddresses(org.jsoup.nodes.Element head, VaadinRequest request, String base,
			DocumentMetadata metadata, String language, String title) {
		String defaultAddress = base + "/" + metadata.canonicalPath();
		boolean languageInAddress = request.getParameter("lang") != null;
		String canonical = languageInAddress ? withLanguage(defaultAddress, language) : defaultAddress;
		head.appendElement("link").attr("rel", "canonical").attr("href", canonical);
		for (Locale offered : Translations.standard().offered()) {
			head.appendElement("link")
				.attr("rel", "alternate")
				.attr("hreflang", offered.getLanguage())
				.attr("href", withLanguage(defaultAddress, offered.getLanguage()));
		}
		head.appendElement("link").attr("rel", "alternate").attr("hreflang", "x-default").attr("href", defaultAddress);
		meta(head, "og:type", metadata.openGraphType());
		meta(head, "og:site_name", siteName(title));
		meta(head, "og:title", title);
		meta(head, "og:description", metadata.description());
		meta(head, "og:url", canonical);
		meta(head, "og:locale", openGraphLocale(language));
		for (Locale offered : Translations.standard().offered()) {
			if (!offered.getLanguage().equals(language)) {
				meta(head, "og:locale:alternate", openGraphLocale(offered.getLanguage()));
			}
		}
		head.appendElement("meta").attr("name", "twitter:card").attr("content", "summary");
	}

	private static void meta(org.jsoup.nodes.Element head, String property, String content) {
		head.appendElement("meta").attr("property", property).attr("content", content);
	}

	/** The portal's name: the part of a page title after its last separator. */
	private static String siteName(String title) {
		int separator = title.lastIndexOf(" · ");
		return separator < 0 ? title : title.substring(separator + 3);
	}

	private static String openGraphLocale(String language) {
		return switch (language) {
			case "en" -> "en_GB";
			case "de" -> "de_DE";
			case "fr" -> "fr_FR";
			case "nl" -> "nl_NL";
			case "it" -> "it_IT";
			case "es" -> "es_ES";
			case "pl" -> "pl_PL";
			default -> language;
		};
	}

	static String withLanguage(String address, String language) {
		String withoutLanguage = address.replaceAll("([?&])lang=[^&]*&?", "$1").replaceAll("[?&]$", "");
		return withoutLanguage + (withoutLanguage.contains("?") ? "&" : "?") + "lang=" + language;
	}

	/**
	 * JSON inside a {@code <script>} element: {@code <}, {@code >} and {@code &} as
	 * Unicode escapes, so no text can close the element.
	 */
	static String scriptSafe(String jsonText) {
		return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static boolean samePage(Location requested, Location shown) {
		return trim(requested.getPath()).equals(trim(shown.getPath()))
				&& requested.getQueryParameters().getParameters().equals(shown.getQueryParameters().getParameters());
	}

	private static String trim(String path) {
		return path.replaceAll("^/+|/+$", "");
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		String opaque = etag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String value = candidate.strip();
			if (value.equals("*") || value.equals(etag) || value.equals(opaque) || value.equals("W/" + opaque)) {
				return true;
			}
		}
		return false;
	}

	private static void redirect(VaadinRequest request, VaadinResponse http, String path,
			Map<String, String[]> parameters) {
		String query = QueryParameters.full(parameters).getQueryString();
		String target = baseUrl(request) + "/" + trim(path) + (query.isEmpty() ? "" : "?" + query);
		http.setStatus(301);
		http.setHeader("Location", target);
	}

	/** The page's path inside the portal, without a leading slash. */
	static String pathOf(VaadinRequest request) {
		String path = request.getPathInfo();
		if (path == null) {
			return "";
		}
		return path.startsWith("/") ? path.substring(1) : path;
	}

	static String baseUrl(VaadinRequest request) {
		if (request instanceof VaadinServletRequest servlet) {
			return PublicAddress.base(servlet.getHttpServletRequest());
		}
		return request.getContextPath();
	}

	private static String hash(String text) {
		return Sha256.hex(text).substring(0, 32);
	}

	/** When a document was last changed, for {@code Last-Modified}. */
	static String httpDate(Instant instant) {
		return HTTP_DATE.format(instant);
	}

}
