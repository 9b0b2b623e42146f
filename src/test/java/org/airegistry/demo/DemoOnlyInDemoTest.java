package org.airegistry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.airegistry.demo.ui.DemoRoutes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Profile;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Demo data and demo-only routes live in the {@code demo} module and exist only in demo
 * mode: no production service has a demo back door, and the dev mailbox and its route are
 * not even beans outside the {@code demo} profile.
 */
class DemoOnlyInDemoTest {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.airegistry");

	static boolean demoOnly(JavaClass type) {
		return type.tryGetAnnotationOfType(ConditionalOnProperty.class)
			.map(condition -> Set.of(condition.name()).contains("airegistry.demo.enabled")
					|| Set.of(condition.value()).contains("airegistry.demo.enabled"))
			.orElse(false)
				|| type.tryGetAnnotationOfType(Profile.class)
					.map(profile -> Set.of(profile.value()).contains("demo"))
					.orElse(false);
	}

	@Test
	@DisplayName("Every demo-only class is in the demo module")
	void demoOnlyClassesLiveInDemo() {
		Set<String> outside = new TreeSet<>();
		for (JavaClass type : CLASSES) {
			if (demoOnly(type) && !type.getPackageName().startsWith("org.airegistry.demo")) {
				outside.add(type.getName());
			}
		}
		assertThat(outside).isEmpty();
	}

	@Test
	@DisplayName("No class outside the demo module has a demo method (no verify-for-demo back doors)")
	void noDemoMethodsOutsideDemo() {
		Set<String> backDoors = new TreeSet<>();
		for (JavaClass type : CLASSES) {
			if (type.getPackageName().startsWith("org.airegistry.demo")
					|| type.getPackageName().startsWith("org.airegistry.db")) {
				// the demo module, and the classes jOOQ generates from the schema
				continue;
			}
			for (JavaMethod method : type.getMethods()) {
				// "demo" as a word of the method's name ("demoAccount", "verifyForDemo"),
				// not
				// inside another word ("justiceAndDemocracyUse")
				if (java.util.Arrays.stream(method.getName().split("(?=[A-Z])|\\$"))
					.anyMatch(word -> word.equalsIgnoreCase("demo")) && !method.getName().equals("countDemoAccounts")
						&& !method.getName().equals("demoAccount") && !method.getName().startsWith("lambda$")) {
					backDoors.add(type.getSimpleName() + "." + method.getName());
				}
			}
		}
		// countDemoAccounts serves the production safeguard (refuse to start with demo
		// accounts); NewUser.demoAccount marks them
		assertThat(backDoors).isEmpty();
	}

	@Test
	@DisplayName("The dev mailbox and its route exist only in the demo profile, not merely with the demo setting")
	void mailboxOnlyInTheDemoProfile() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(DevMailbox.class,
				DemoRoutes.class);
		runner.run(context -> {
			assertThat(context).doesNotHaveBean(DevMailbox.class);
			assertThat(context).doesNotHaveBean(DemoRoutes.class);
		});
		runner.withPropertyValues("airegistry.demo.enabled=true").run(context -> {
			assertThat(context).doesNotHaveBean(DevMailbox.class);
			assertThat(context).doesNotHaveBean(DemoRoutes.class);
		});
		runner.withPropertyValues("airegistry.demo.enabled=true", "spring.profiles.active=demo").run(context -> {
			assertThat(context).hasSingleBean(DevMailbox.class);
			assertThat(context).hasSingleBean(DemoRoutes.class);
		});
	}

}
