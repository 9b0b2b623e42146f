package org.airegistry.testing;

/** URLs of the real-world testing pages, for links from other modules and mails. */
public final class TestingRoutes {

	/** The provider's list of test plans. */
	public static final String WORKSPACE = "workspace/tests";

	/** The authority's inbox. */
	public static final String INBOX = "oversight/tests";

	/** The public list and search of tests whose providers consented to publication. */
	public static final String PUBLIC = "tests";

	private TestingRoutes() {
	}

	public static String plan(TestPlanId id) {
		return WORKSPACE + "/" + id.value();
	}

	public static String inboxPlan(TestPlanId id) {
		return INBOX + "/" + id.value();
	}

	/** The stable public page of a test (404 unless the provider consented). */
	public static String permalink(String uid) {
		return PUBLIC + "/" + uid;
	}

}
