package org.airegistry.search.tests;

/** Field names of the real-world-tests index definition. */
final class TestFields {

	static final String UID = "uid";

	static final String VERSION = "version";

	static final String SYSTEM_NAME = "system_name";

	static final String SYSTEM_REFERENCE = "system_reference";

	static final String PROVIDER_NAME = "provider_name";

	static final String INTENDED_PURPOSE = "intended_purpose";

	static final String DESCRIPTION = "description";

	static final String AREA = "annex_iii_area";

	static final String POINT = "annex_iii_point";

	static final String MEMBER_STATES = "member_states";

	static final String STATUS = "status";

	static final String FIRST_REGISTERED_AT = "first_registered_at";

	static final String REGISTERED_AT = "registered_at";

	private TestFields() {
	}

}
