package org.airegistry.opendata;

/** Public URLs of the open data interface, for links from pages and documentation. */
public final class OpenDataRoutes {

	/** Base path of version 1 of the REST API. */
	public static final String API = "/api/v1";

	/** Interactive API documentation (Swagger UI). */
	public static final String API_DOCS = "/api/docs";

	/** The OpenAPI description as JSON. */
	public static final String OPENAPI = "/api/openapi";

	/** Latest public version of every entry as CSV. */
	public static final String ENTRIES_CSV = API + "/downloads/entries.csv";

	/** Latest public version of every entry as JSON. */
	public static final String ENTRIES_JSON = API + "/downloads/entries.json";

	/** Every public version of every entry (full history) as CSV. */
	public static final String VERSIONS_CSV = API + "/downloads/versions.csv";

	/** Every public version of every entry (full history) as JSON. */
	public static final String VERSIONS_JSON = API + "/downloads/versions.json";

	/** Latest public version of every deployer registration (Section C) as CSV. */
	public static final String DEPLOYMENTS_CSV = API + "/downloads/deployments.csv";

	/** Latest public version of every deployer registration (Section C) as JSON. */
	public static final String DEPLOYMENTS_JSON = API + "/downloads/deployments.json";

	/** Latest public version of every GPAI model page as CSV. */
	public static final String MODELS_CSV = API + "/models.csv";

	/** Latest public version of every GPAI model page as JSON. */
	public static final String MODELS_JSON = API + "/models.json";

	/** Atom feed of new and changed entries. */
	public static final String FEED = API + "/feeds/entries.atom";

	/** The field dictionary page. */
	public static final String DICTIONARY_VIEW = "open-data";

	private OpenDataRoutes() {
	}

	/** Atom feed of new and changed entries of one provider organisation. */
	public static String organisationFeed(String organisationId) {
		return API + "/organisations/" + organisationId + "/feed.atom";
	}

	/** Atom feed of new and changed entries in one Annex III area (1 to 8). */
	public static String annexIIIAreaFeed(int area) {
		return API + "/feeds/annex-iii/" + area + ".atom";
	}

}
