package org.airegistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map documents itself: Spring Modulith's {@link Documenter} writes the
 * diagrams and module canvases from the code, and the README's module table must name
 * every module with exactly the modules it uses, as the code has them (so the table
 * cannot drift from the code).
 */
class ModuleDocumentationTest {

	static final Path README = Path.of("README.md");

	static final String OUTPUT = "target/spring-modulith-docs";

	@Test
	@DisplayName("Documenter writes the module diagrams and canvases from the code into target/spring-modulith-docs")
	void writesModuleDocumentation() {
		new Documenter(ModularityTest.MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		assertThat(Path.of(OUTPUT, "components.puml")).exists();
		ModularityTest.MODULES.stream()
			.forEach(module -> assertThat(Path.of(OUTPUT, "module-" + module.getIdentifier() + ".adoc"))
				.as("canvas of " + module.getIdentifier())
				.exists());
	}

	@Test
	@DisplayName("The README's module table names every module and, per module, exactly the modules it uses")
	void readmeModuleTableMatchesCode() throws IOException {
		assertThat(readmeTable()).as("README.md, section Modules: | `module` | owns | uses |").isEqualTo(codeTable());
	}

	/** Each module with the modules it depends on directly, as the code has them. */
	static Map<String, Set<String>> codeTable() {
		Map<String, Set<String>> table = new TreeMap<>();
		ModularityTest.MODULES.stream()
			.forEach(module -> table.put(module.getIdentifier().toString(),
					uses(module).stream().collect(Collectors.toCollection(TreeSet::new))));
		return table;
	}

	static Set<String> uses(ApplicationModule module) {
		return module.getDirectDependencies(ModularityTest.MODULES)
			.stream()
			.map(ApplicationModuleDependency::getTargetModule)
			.map(target -> target.getIdentifier().toString())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * The module table of the README: module name to the modules in its "Uses" column
	 * (named interfaces such as {@code shell::components} count as their module).
	 */
	static Map<String, Set<String>> readmeTable() throws IOException {
		String readme = Files.readString(README);
		String section = readme.substring(readme.indexOf("## Modules"));
		section = section.substring(0, section.indexOf("\n## ", 3));
		Map<String, Set<String>> table = new TreeMap<>();
		Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\|.*\\| ([^|]+) \\|$").matcher(section);
		while (row.find()) {
			Set<String> uses = Arrays.stream(row.group(2).split(","))
				.map(String::strip)
				.filter(name -> !name.equals("—") && !name.isEmpty())
				.map(name -> name.replaceAll("::.*", ""))
				.collect(Collectors.toCollection(TreeSet::new));
			table.put(row.group(1), uses);
		}
		return table;
	}

}
