package org.airegistry.shell.components;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the first HTML response of a {@link PublicDocument} carries besides its content.
 *
 * @param description one or two plain sentences for {@code <meta name="description">} and
 * Open Graph (cut to {@value #DESCRIPTION_MAX} characters)
 * @param canonicalPath the document's canonical address relative to the portal, without a
 * language parameter, e.g. {@code systems/AIR-000001} or {@code search?q=cv}
 * @param status the HTTP status of the first response (200, or e.g. 451 for an entry
 * suspended from public view)
 * @param fixedVersion the content is an immutable published version: the response gets
 * {@code Last-Modified} and an {@code ETag} and answers 304 to a matching conditional
 * request
 * @param lastModified when the shown version was published (used when
 * {@code fixedVersion})
 * @param openGraphType Open Graph type ({@code website}, {@code article})
 * @param structuredData the schema.org description of the record as JSON-LD (without
 * {@code @context}), or {@code null}
 * @param indexable whether search engines may index the page ({@code false}:
 * {@code noindex, follow}, e.g. search results)
 */
public record DocumentMetadata(String description, String canonicalPath, int status, boolean fixedVersion,
		@Nullable Instant lastModified, String openGraphType, @Nullable Map<String, Object> structuredData,
		boolean indexable) {

	/** Longest meta description; search engines show about this much. */
	public static final int DESCRIPTION_MAX = 200;

	public DocumentMetadata {
		description = shorten(description.strip().replaceAll("\\s+", " "));
		canonicalPath = canonicalPath.startsWith("/") ? canonicalPath.substring(1) : canonicalPath;
	}

	/** An indexable page with status 200 that changes over time. */
	public static DocumentMetadata page(String description, String canonicalPath,
			@Nullable StructuredData structuredData) {
		return new DocumentMetadata(description, canonicalPath, 200, false, null, "website",
				structuredData == null ? null : structuredData.map(), true);
	}

	/** An immutable published version (permalink of a version). */
	public static DocumentMetadata version(String description, String canonicalPath, Instant publishedAt,
			@Nullable StructuredData structuredData) {
		return new DocumentMetadata(description, canonicalPath, 200, true, publishedAt, "article",
				structuredData == null ? null : structuredData.map(), true);
	}

	public DocumentMetadata withStatus(int newStatus) {
		return new DocumentMetadata(description, canonicalPath, newStatus, fixedVersion, lastModified, openGraphType,
				structuredData, indexable);
	}

	public DocumentMetadata notIndexed() {
		return new DocumentMetadata(description, canonicalPath, status, fixedVersion, lastModified, openGraphType,
				structuredData, false);
	}

	public DocumentMetadata withOpenGraphType(String type) {
		return new DocumentMetadata(description, canonicalPath, status, fixedVersion, lastModified, type,
				structuredData, indexable);
	}

	static String shorten(String text) {
		if (text.length() <= DESCRIPTION_MAX) {
			return text;
		}
		int cut = text.lastIndexOf(' ', DESCRIPTION_MAX - 1);
		return text.substring(0, cut > DESCRIPTION_MAX / 2 ? cut : DESCRIPTION_MAX - 1) + "…";
	}

}
