package org.airegistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module structure of architecture.md holds: no cycles, no access to other modules'
 * internals.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(RegistryApplication.class);

	/**
	 * Modules that declare no allowed dependencies: the generated schema (an open
	 * module), the shared kernel (every module uses it, so any dependency of its own
	 * would be a cycle, which {@link ApplicationModules#verify()} rejects) and the
	 * Elasticsearch analysis plugin (compiled beside the application, never loaded by it;
	 * it uses no module).
	 */
	static final List<String> UNDECLARED = List.of("org.airegistry.db", "org.airegistry.shared",
			"org.airegistry.esplugin");

	@Test
	@DisplayName("Modules only use each other's APIs, along the allowed dependencies, without cycles")
	void verifiesModularStructure() {
		MODULES.verify();
	}

	@Test
	@DisplayName("Issue 13: every module declares its allowed dependencies (@ApplicationModule(allowedDependencies = …))")
	void everyModuleDeclaresItsDependencies() {
		// the module's own package-info (a test source's package-info of the same package
		// would hide it from Class.forName)
		List<String> undeclared = MODULES.stream()
			.filter(module -> !UNDECLARED.contains(module.getBasePackage().getName()))
			.filter(module -> !module.getBasePackage()
				.getAnnotation(ApplicationModule.class)
				.map(declared -> !Arrays.asList(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN))
				.orElse(false))
			.map(module -> module.getBasePackage().getName())
			.toList();
		assertThat(undeclared).isEmpty();
	}

}
