package org.airegistry.incident;

/**
 * Who reports a serious incident, and under which article. Translated as
 * {@code incident.role.<NAME>}.
 */
public enum ReporterRole {

	/** The provider of a high-risk AI system (Art 73(1)). */
	PROVIDER("Art 73(1)"),

	/**
	 * A deployer: informs the provider first and then the market surveillance authority
	 * (Art 26(5)); Art 73 applies to it when the provider cannot be reached.
	 */
	DEPLOYER("Art 26(5)"),

	/**
	 * The provider of a general-purpose AI model with systemic risk, to the AI Office
	 * (Art 55(1)(c)).
	 */
	GPAI_PROVIDER("Art 55(1)(c)");

	private final String article;

	ReporterRole(String article) {
		this.article = article;
	}

	public String article() {
		return article;
	}

	public String translationKey() {
		return "incident.role." + name();
	}

}
