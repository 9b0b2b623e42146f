package org.airegistry.organisation;

/**
 * What kind of authority an organisation is; decides whether it acts for one Member State
 * or for the Union.
 */
public enum AuthorityKind {

	/** A national market surveillance authority (Art 70, Art 74). */
	MARKET_SURVEILLANCE_AUTHORITY(true),
	/**
	 * The national authority supervising high-risk systems used for law enforcement,
	 * migration, asylum and border control, justice and democracy (Art 74(8)), usually
	 * the data protection authority.
	 */
	DATA_PROTECTION_AUTHORITY(true),
	/** The AI Office of the Commission (Art 64, Art 88), acting for the Union. */
	AI_OFFICE(false),
	/**
	 * Who runs this registry installation (the Commission runs the EU database, Art
	 * 71(1)); its users are the administrators and hold no competences.
	 */
	REGISTRY_OPERATOR(false);

	private final boolean national;

	AuthorityKind(boolean national) {
		this.national = national;
	}

	/** Whether an authority of this kind acts for one Member State. */
	public boolean national() {
		return national;
	}

	/** Whether users of such an authority may hold competences. */
	public boolean holdsCompetences() {
		return this != REGISTRY_OPERATOR;
	}

}
