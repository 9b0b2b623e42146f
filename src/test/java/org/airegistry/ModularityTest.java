package org.airegistry;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module structure of architecture.md holds: no cycles, no access to other modules'
 * internals.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(RegistryApplication.class);

	@Test
	@DisplayName("Modules only use each other's APIs, along the allowed dependencies, without cycles")
	void verifiesModularStructure() {
		MODULES.verify();
	}

}
