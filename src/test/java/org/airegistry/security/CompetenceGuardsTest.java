package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.airegistry.shared.Competence;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.expression.Expression;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every service guard that names a competence (issue: a guard written with
 * {@code hasAuthority('COMPETENCE_…')} never matched, because competences are granted as
 * roles, {@code ROLE_COMPETENCE_…}): each {@code @PreAuthorize} of the main code that
 * names one is evaluated, with the application's (default) expression handler, for a user
 * whose only authority is that competence, as {@link RegistryUserDetails} grants it (gets
 * in), and for a user holding every other role a provider, deployer or organisation can
 * hold and every other competence (refused).
 */
class CompetenceGuardsTest {

	private static final Pattern COMPETENCE = Pattern.compile("COMPETENCE_([A-Z_]+)");

	private static final DefaultMethodSecurityExpressionHandler HANDLER = new DefaultMethodSecurityExpressionHandler();

	/** A guard: where it is, its expression, the method it guards (for the context). */
	record Guard(String where, String expression, Method method) {

		Set<Competence> competences() {
			Set<Competence> named = EnumSet.noneOf(Competence.class);
			Matcher matcher = COMPETENCE.matcher(expression);
			while (matcher.find()) {
				named.add(Competence.valueOf(matcher.group(1)));
			}
			return named;
		}

		boolean allows(Authentication user) {
			Expression parsed = HANDLER.getExpressionParser().parseExpression(expression);
			return ExpressionUtils.evaluateAsBoolean(parsed,
					HANDLER.createEvaluationContext(() -> user, new SimpleMethodInvocation(null, method)));
		}

	}

	static List<Guard> guards() {
		List<Guard> guards = new ArrayList<>();
		for (JavaClass imported : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.airegistry")) {
			Class<?> type = imported.reflect();
			PreAuthorize onType = type.getAnnotation(PreAuthorize.class);
			for (Method method : type.getDeclaredMethods()) {
				PreAuthorize onMethod = method.getAnnotation(PreAuthorize.class);
				if (onMethod != null) {
					add(guards, type.getSimpleName() + "." + method.getName(), onMethod, method);
				}
			}
			if (onType != null && type.getDeclaredMethods().length > 0) {
				add(guards, type.getSimpleName(), onType, type.getDeclaredMethods()[0]);
			}
		}
		return guards;
	}

	private static void add(List<Guard> guards, String where, PreAuthorize guard, Method method) {
		if (guard.value().contains("COMPETENCE_")) {
			guards.add(new Guard(where, guard.value(), method));
		}
	}

	/** A signed-in user as the registry grants authorities (roles and competences). */
	static Authentication user(Set<Role> roles, Set<Competence> competences) {
		Actor actor = new Actor(UserId.random(), OrganisationId.random(), "someone@example.org", "Someone", roles,
				competences, competences.isEmpty() ? null : Jurisdiction.national(MemberState.DE));
		RegistryUserDetails details = new RegistryUserDetails(actor, "", true);
		return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
	}

	@Test
	@DisplayName("The guards with competences are found, among them the mandate view's (Art 22(3), Art 49(4))")
	void guardsAreFound() {
		assertThat(guards()).extracting(Guard::where)
			.contains("RepresentativeMandates.forRegulator", "RestrictedSection", "ComplaintService.inbox");
	}

	@TestFactory
	@DisplayName("Each guard naming a competence lets in a user holding only it and refuses one without it")
	Stream<DynamicTest> eachGuard() {
		return guards().stream()
			.flatMap(guard -> guard.competences()
				.stream()
				.map(competence -> DynamicTest.dynamicTest(guard.where() + " · " + competence, () -> {
					assertThat(guard.allows(user(Set.of(), Set.of(competence))))
						.as("%s (%s) for a user holding only %s", guard.where(), guard.expression(), competence)
						.isTrue();
					Set<Competence> others = EnumSet.complementOf(EnumSet.of(competence));
					assertThat(guard.allows(user(EnumSet.of(Role.PROVIDER, Role.DEPLOYER, Role.ORG_ADMIN), others)))
						.as("%s (%s) for a user without %s", guard.where(), guard.expression(), competence)
						.isFalse();
				})));
	}

}
