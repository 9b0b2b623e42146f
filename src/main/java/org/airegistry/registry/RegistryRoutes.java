package org.airegistry.registry;

/** Public URLs of registry pages, for links from other modules. */
public final class RegistryRoutes {

	/** Stable permalink of an entry's latest public version. */
	public static final String PUBLIC_ENTRY = "systems";

	private RegistryRoutes() {
	}

	public static String permalink(String registrationNumber) {
		return PUBLIC_ENTRY + "/" + registrationNumber;
	}

	/**
	 * The competent authorities' page of an entry of the non-public section (Art 49(4)).
	 */
	public static String restrictedEntry(String registrationNumber) {
		return "oversight/restricted/" + registrationNumber;
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
