package org.airegistry.guide;

/** URLs of the guide and of the registrations its result links to. */
public final class GuideRoutes {

	/** The guide itself. */
	public static final String GUIDE = "guide";

	/**
	 * Query parameter naming the question shown (absent: the next open one, or the
	 * result).
	 */
	public static final String STEP = "step";

	/** The provider editor for a new Annex VIII entry (Section A or B). */
	public static final String NEW_SYSTEM_ENTRY = "workspace/systems";

	/** The provider editor for a new GPAI model page. */
	public static final String NEW_MODEL_PAGE = "workspace/models/new";

	/**
	 * The deployer's registrations of use (Annex VIII Section C); the deployer starts one
	 * from there.
	 */
	public static final String DEPLOYER_REGISTRATIONS = "my-deployments";

	private GuideRoutes() {
	}

}
