package org.airegistry.registry;

/**
 * URLs of registry pages, for links from other modules: public pages, and the page of an
 * entry of the non-public section for those who may read it.
 */
public final class RegistryRoutes {

	/** Stable permalink of an entry's latest public version. */
	public static final String PUBLIC_ENTRY = "systems";

	private RegistryRoutes() {
	}

	public static String permalink(String registrationNumber) {
		return PUBLIC_ENTRY + "/" + registrationNumber;
	}

	/**
	 * The competent authorities' page of an entry of the non-public section (Art 49(4));
	 * its public permalink shows nothing.
	 */
	public static String nonPublicEntry(String registrationNumber) {
		return "oversight/restricted/" + registrationNumber;
	}

	/**
	 * An entry's page for an authority: its public permalink, or for an entry of the
	 * non-public section the competent authorities' page ({@link #nonPublicEntry}).
	 */
	public static String entryPage(String registrationNumber, boolean nonPublic) {
		return nonPublic ? nonPublicEntry(registrationNumber) : permalink(registrationNumber);
	}

	public static String versionPermalink(String registrationNumber, int version) {
		return PUBLIC_ENTRY + "/" + registrationNumber + "/versions/" + version;
	}

	/**
	 * A document of an entry (A.9, A.11, A.12), named by its SHA-256: the same address
	 * for every version that carries it.
	 */
	public static String document(String registrationNumber, String sha256) {
		return PUBLIC_ENTRY + "/" + registrationNumber + "/documents/" + sha256;
	}

}
