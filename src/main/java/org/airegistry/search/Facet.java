package org.airegistry.search;

/**
 * A dimension public searches can be filtered and counted by.
 */
public enum Facet {

	/** Annex III area, 1 to 8. */
	AREA("area"),
	/** Annex III point code, e.g. {@code 4a}. */
	POINT("point"),
	/** Annex VIII section: {@code SECTION_A} or {@code SECTION_B}. */
	CLASSIFICATION("classification"),
	/** Member State code. */
	MEMBER_STATE("ms"),
	/** Annex VIII A.7 status. */
	STATUS("status"),
	/** Provider legal name. */
	PROVIDER("provider"),
	/** Deployer name (Annex VIII Section C). */
	DEPLOYER("deployer"),
	/** Whether a fundamental rights impact assessment was registered: true/false. */
	HAS_FRIA("fria");

	private final String parameter;

	Facet(String parameter) {
		this.parameter = parameter;
	}

	/** The URL and API query parameter of this facet. */
	public String parameter() {
		return parameter;
	}

}
