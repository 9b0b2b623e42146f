package org.airegistry.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.airegistry.deployment.DeployerOfSystem;
import org.airegistry.deployment.DeploymentQueries;
import org.airegistry.deployment.DeploymentRoutes;
import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.PublicModel;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shell.components.PublicAddress;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What crawlers read first: {@code /robots.txt} and the sitemaps ({@code /sitemap.xml},
 * an index of {@code /sitemaps/pages.xml}, {@code /sitemaps/entries-N.xml},
 * {@code /sitemaps/deployments-N.xml} and {@code /sitemaps/models.xml}). The sitemaps are
 * written from the database while it is read, in batches (memory stays flat), through the
 * modules' public read APIs only: entries restricted to the non-public section (Art
 * 49(4)) or suspended from public view (Art 74/79) are never in them, nor the
 * registrations of use of such systems. {@code lastmod} is the publication of the latest
 * version.
 */
@RestController
class CrawlerFiles {

	/** Entries per partition: one entries and one deployments sitemap each. */
	static final int PARTITION = 10_000;

	/** At most this many addresses in one sitemap (the protocol's limit). */
	static final int MAX_URLS = 50_000;

	static final int BATCH = 500;

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** Pages a crawler has no business in: private, signed-in or per-visitor. */
	static final List<String> DISALLOWED = List.of("/workspace", "/oversight", "/my-deployments", "/deployer/", "/dev/",
			"/account/", "/explanations/", "/complaints/", "/reports/", "/systems/*/report", "/login", "/admin/",
			"/api/v1/");

	private static final CacheControl HOURLY = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final RegistryQueries registry;

	private final DeploymentQueries deployments;

	private final GpaiQueries models;

	CrawlerFiles(RegistryQueries registry, DeploymentQueries deployments, GpaiQueries models) {
		this.registry = registry;
		this.deployments = deployments;
		this.models = models;
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> robots(HttpServletRequest request) {
		StringBuilder robots = new StringBuilder("User-agent: *\n");
		DISALLOWED.forEach(path -> robots.append("Disallow: ").append(path).append('\n'));
		robots.append("Allow: /\n\nSitemap: ").append(PublicAddress.base(request)).append("/sitemap.xml\n");
		return ResponseEntity.ok().cacheControl(HOURLY).body(robots.toString());
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<StreamingResponseBody> index(HttpServletRequest request) {
		String base = PublicAddress.base(request);
		long partitions = Math.max(1, (registry.countPublished() + PARTITION - 1) / PARTITION);
		return xml(out -> write(out, "sitemapindex", xml -> {
			sitemap(xml, base + "/sitemaps/pages.xml");
			for (long partition = 1; partition <= partitions; partition++) {
				sitemap(xml, base + "/sitemaps/entries-" + partition + ".xml");
				sitemap(xml, base + "/sitemaps/deployments-" + partition + ".xml");
			}
			sitemap(xml, base + "/sitemaps/models.xml");
		}));
	}

	@GetMapping("/sitemaps/pages.xml")
	ResponseEntity<StreamingResponseBody> pages(HttpServletRequest request) {
		String base = PublicAddress.base(request);
		return xml(out -> write(out, "urlset", xml -> {
			for (String page : List.of("", "search", "search?kind=models", "guide", "open-data")) {
				url(xml, base + "/" + page, null);
			}
		}));
	}

	@GetMapping("/sitemaps/entries-{partition:\\d{1,6}}.xml")
	ResponseEntity<StreamingResponseBody> entries(@PathVariable int partition, HttpServletRequest request) {
		String base = PublicAddress.base(request);
		return xml(out -> write(out, "urlset", xml -> forEachEntryIn(partition, batch -> {
			for (PublicEntry entry : batch) {
				url(xml, base + "/" + RegistryRoutes.permalink(entry.registrationNumber()), entry.publishedAt());
			}
		})));
	}

	/**
	 * The registrations of use of the partition's entries, and their deployers' pages.
	 */
	@GetMapping("/sitemaps/deployments-{partition:\\d{1,6}}.xml")
	ResponseEntity<StreamingResponseBody> deployments(@PathVariable int partition, HttpServletRequest request) {
		String base = PublicAddress.base(request);
		return xml(out -> write(out, "urlset", xml -> {
			Set<OrganisationId> deployers = new LinkedHashSet<>();
			int[] written = { 0 };
			forEachEntryIn(partition, batch -> {
				Map<String, List<DeployerOfSystem>> uses = deployments
					.deployersOf(batch.stream().map(PublicEntry::registrationNumber).toList());
				for (List<DeployerOfSystem> ofSystem : uses.values()) {
					for (DeployerOfSystem use : ofSystem) {
						if (written[0]++ < MAX_URLS) {
							url(xml, base + "/" + DeploymentRoutes.permalink(use.deploymentId()), use.publishedAt());
						}
						deployers.add(use.deployerId());
					}
				}
			});
			for (OrganisationId deployer : deployers) {
				if (written[0]++ < MAX_URLS) {
					url(xml, base + "/" + DeploymentRoutes.deployer(deployer), null);
				}
			}
		}));
	}

	@GetMapping("/sitemaps/models.xml")
	ResponseEntity<StreamingResponseBody> models(HttpServletRequest request) {
		String base = PublicAddress.base(request);
		return xml(out -> write(out, "urlset", xml -> {
			for (PublicModel model : models.published(MAX_URLS)) {
				url(xml, base + "/" + GpaiRoutes.permalink(model.id()), model.publishedAt());
			}
		}));
	}

	/**
	 * Streams the latest public versions of the entries in a partition (in the registry's
	 * stable order), reading no further than the partition's end.
	 */
	private void forEachEntryIn(int partition, Consumer<List<PublicEntry>> consumer) {
		long start = (long) (partition - 1) * PARTITION;
		long end = start + PARTITION;
		long[] seen = { 0 };
		try {
			registry.forEachLatest(BATCH, batch -> {
				List<PublicEntry> inPartition = new ArrayList<>();
				for (PublicEntry entry : batch) {
					long position = seen[0]++;
					if (position >= start && position < end) {
						inPartition.add(entry);
					}
				}
				if (!inPartition.isEmpty()) {
					consumer.accept(inPartition);
				}
				if (seen[0] >= end) {
					throw PartitionRead.INSTANCE;
				}
			});
		}
		catch (PartitionRead done) {
			// the rest of the registry belongs to later partitions
		}
	}

	/** Stops reading the registry once a partition is complete. */
	private static final class PartitionRead extends RuntimeException {

		static final PartitionRead INSTANCE = new PartitionRead();

		private PartitionRead() {
			super(null, null, false, false);
		}

	}

	private interface XmlBody {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private static void write(OutputStream out, String root, XmlBody body) throws IOException {
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement(root);
			xml.writeDefaultNamespace(NAMESPACE);
			body.write(xml);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IOException("Cannot write the sitemap", ex);
		}
		catch (UncheckedXmlException ex) {
			throw new IOException("Cannot write the sitemap", ex.getCause());
		}
	}

	private static void sitemap(XMLStreamWriter xml, String location) throws XMLStreamException {
		xml.writeStartElement("sitemap");
		element(xml, "loc", location);
		xml.writeEndElement();
	}

	/** One address; XML errors inside a batch consumer leave it unchecked. */
	private static void url(XMLStreamWriter xml, String location, Instant lastModified) {
		try {
			xml.writeStartElement("url");
			element(xml, "loc", location);
			if (lastModified != null) {
				element(xml, "lastmod", lastModified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
			}
			xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new UncheckedXmlException(ex);
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static final class UncheckedXmlException extends RuntimeException {

		UncheckedXmlException(XMLStreamException cause) {
			super(cause);
		}

	}

	private static ResponseEntity<StreamingResponseBody> xml(StreamingResponseBody body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).cacheControl(HOURLY).body(body);
	}

}
