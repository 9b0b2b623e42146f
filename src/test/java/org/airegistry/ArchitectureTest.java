package org.airegistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Conventions from architecture.md that the compiler cannot keep on its own. */
@AnalyzeClasses(packages = "org.airegistry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule viewsCallServicesNotRepositories = noClasses().that()
		.resideInAnyPackage("..ui..", "org.airegistry.portal..", "org.airegistry.shell..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..persistence..", "org.airegistry.db..", "org.jooq..")
		.because("views call services; authorisation, transactions and audit have one home (convention 3)");

	@ArchTest
	static final ArchRule generatedSchemaOnlyInPersistence = noClasses().that()
		.resideOutsideOfPackages("..persistence..", "org.airegistry.db..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.airegistry.db..")
		.because("only repositories know the tables");

	@ArchTest
	static final ArchRule sharedKernelIsPlain = noClasses().that()
		.resideInAPackage("org.airegistry.shared..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.context..", "org.springframework.stereotype..",
				"org.springframework.beans..", "com.vaadin..", "org.jooq..", "co.elastic..")
		.because("the shared kernel has no Spring beans, no Vaadin, no persistence");

	@ArchTest
	static final ArchRule noFieldInjection = fields().should()
		.notBeAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
		.because("dependencies arrive through constructors");

	@ArchTest
	static final ArchRule servicesDoNotUseVaadin = noClasses().that()
		.haveSimpleNameEndingWith("Service")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.vaadin..")
		.because("services serve the UI, the API and imports alike");

	@ArchTest
	static final ArchRule everyViewDeclaresAccess = classes().that()
		.areAnnotatedWith(com.vaadin.flow.router.Route.class)
		.should()
		.beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
		.orShould()
		.beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
		.orShould()
		.beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
		.because("deny by default: every view says who may open it");

	@ArchTest
	static final ArchRule noSystemClock = noClasses().that()
		.resideInAnyPackage("org.airegistry.registry..", "org.airegistry.organisation..", "org.airegistry.portal..")
		.should()
		.callMethod(java.time.Instant.class, "now")
		.because("time comes from the injected Clock (convention 11)");

	@ArchTest
	static final ArchRule oneCsvWriter = noClasses().that()
		.doNotHaveFullyQualifiedName("org.airegistry.shared.CsvWriter")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
		.because("every CSV export goes through the one writer that neutralises formulas (CsvWriter)");

}
