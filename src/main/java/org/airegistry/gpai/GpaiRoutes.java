package org.airegistry.gpai;

/** Public URLs of model pages, for links from other modules. */
public final class GpaiRoutes {

	/** Public model pages: {@code models/<id>}. */
	public static final String PUBLIC_MODEL = "models";

	private GpaiRoutes() {
	}

	public static String permalink(GpaiModelId id) {
		return PUBLIC_MODEL + "/" + id;
	}

	public static String versionPermalink(GpaiModelId id, int version) {
		return PUBLIC_MODEL + "/" + id + "/versions/" + version;
	}

	/** The training-content summary of a version as JSON (Art 53(1)(d)). */
	public static String summaryJson(GpaiModelId id, int version) {
		return "/api/v1/models/" + id + "/versions/" + version + "/training-summary.json";
	}

	/** Regulators' download of an Annex XI PDF (Art 53(1)(a)); nobody else gets it. */
	public static final String TECHNICAL_DOCUMENT = "/oversight/models/{id}/technical-documents/{sha256}";

	public static String technicalDocument(GpaiModelId id, String sha256) {
		return TECHNICAL_DOCUMENT.replace("{id}", id.toString()).replace("{sha256}", sha256);
	}

}
