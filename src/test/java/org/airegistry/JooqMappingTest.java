package org.airegistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.UUID;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * jOOQ reads map whole records ({@code Records.mapping} into Java records) or name their
 * fields ({@code record.get(TABLE.COLUMN)}); positional {@code value1()} …
 * {@code value22()} calls on jOOQ records are not used (DD025). Timestamps are
 * {@code java.time.Instant} throughout: code generation forces {@code TIMESTAMP WITH TIME
 * ZONE} to jOOQ's {@code INSTANT}, and no code outside the generated classes uses
 * {@code OffsetDateTime} (one instant type, no hand conversions). Text columns holding
 * enums are read and written as the enum through converted fields ({@code EnumConverter},
 * DD026): repositories look no enum up by its name, and the services reading their rows
 * get enums. Id columns are converted fields as well: repositories neither build ids from
 * UUIDs nor unwrap them (DD026, ids).
 */
@AnalyzeClasses(packages = "org.airegistry", importOptions = ImportOption.DoNotIncludeTests.class)
class JooqMappingTest {

	static final DescribedPredicate<JavaMethodCall> POSITIONAL_READ = DescribedPredicate.describe(
			"a positional valueN() read of a jOOQ record",
			call -> call.getTargetOwner().isAssignableTo(org.jooq.Record.class) && call.getName().matches("value[0-9]+")
					&& call.getTarget().getParameterTypes().isEmpty());

	@ArchTest
	static final ArchRule noPositionalReads = noClasses().that()
		.resideOutsideOfPackage("org.airegistry.db..")
		.should()
		.callMethodWhere(POSITIONAL_READ)
		.because("reads map whole records (Records.mapping) or name their fields");

	static final DescribedPredicate<JavaMethodCall> ENUM_FROM_NAME = DescribedPredicate.describe(
			"an enum looked up by its stored name (valueOf(String))",
			call -> call.getTargetOwner().isEnum() && call.getName().equals("valueOf")
					&& call.getTarget().getRawParameterTypes().size() == 1
					&& call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(String.class));

	static final DescribedPredicate<JavaClass> READS_ROWS = DescribedPredicate
		.describe("use a persistence package (the services reading its rows)",
				javaClass -> !javaClass.getPackageName().contains(".persistence") && javaClass
					.getDirectDependenciesFromSelf()
					.stream()
					.anyMatch(dependency -> dependency.getTargetClass().getPackageName().contains(".persistence")));

	@ArchTest
	static final ArchRule enumColumnsAreConverted = noClasses().that()
		.resideInAnyPackage("..persistence..", "..publication.store..")
		.or(READS_ROWS)
		.should()
		.callMethodWhere(ENUM_FROM_NAME)
		.because("text columns holding enums are read as the enum through a converted field, "
				+ "declared once per repository or module (EnumConverter, DD026); "
				+ "the rows the services get hold enums, not names");

	static final DescribedPredicate<JavaClass> TYPED_ID = DescribedPredicate.describe(
			"a typed id (a record XId(UUID value))",
			javaClass -> javaClass.getPackageName().startsWith("org.airegistry") && javaClass.isRecord()
					&& javaClass.getSimpleName().endsWith("Id")
					&& javaClass.getConstructors()
						.stream()
						.anyMatch(constructor -> constructor.getRawParameterTypes().size() == 1
								&& constructor.getRawParameterTypes().get(0).isEquivalentTo(UUID.class)));

	static final DescribedPredicate<JavaConstructorCall> ID_FROM_UUID = DescribedPredicate
		.describe("an id constructed from a UUID", call -> TYPED_ID.test(call.getTargetOwner()));

	static final DescribedPredicate<JavaMethodCall> UUID_OF_ID = DescribedPredicate
		.describe("an id's UUID taken (value())", call -> TYPED_ID.test(call.getTargetOwner())
				&& call.getName().equals("value") && call.getTarget().getRawParameterTypes().isEmpty());

	/**
	 * Id columns are converted fields too
	 * ({@code Converter.ofNullable(UUID.class, X.class,
	 * X::new, X::value)}, declared once per module): repositories neither construct an id
	 * from a column's UUID nor take an id's UUID for a query. The converters' method
	 * references are the one place ids meet UUIDs. Every module's persistence is covered,
	 * and the publication kernel's store, which the kinds configure with their converted
	 * id columns (DD026, DD028).
	 */
	@ArchTest
	static final ArchRule idColumnsAreConverted = noClasses().that()
		.resideInAnyPackage("..persistence..", "..publication.store..")
		.should()
		.callConstructorWhere(ID_FROM_UUID)
		.orShould()
		.callMethodWhere(UUID_OF_ID)
		.because("id columns are read and written as the typed ids through converted fields, "
				+ "declared once per module (DD026)");

	/**
	 * The kernel's store knows no UUIDs at all: it is generic over the kind's typed id
	 * and reads and writes it through the kind's converted id columns, so it neither maps
	 * ids with a function nor unwraps them (DD028).
	 */
	@ArchTest
	static final ArchRule storeIsGenericOverTypedIds = noClasses().that()
		.resideInAPackage("..publication.store..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(UUID.class)
		.because("the store reads and writes the kind's typed ids through converted id columns (DD028)");

	@ArchTest
	static final ArchRule oneInstantType = noClasses().that()
		.resideOutsideOfPackage("org.airegistry.db..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(java.time.OffsetDateTime.class)
		.because("timestamps are java.time.Instant throughout (jOOQ forced type INSTANT, DD025)");

	@ArchTest
	static final ArchRule generatedTimestampsAreInstants = noClasses().that()
		.resideInAPackage("org.airegistry.db..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(java.time.OffsetDateTime.class)
		.because("code generation forces TIMESTAMP WITH TIME ZONE to INSTANT (pom.xml forcedTypes)");

}
