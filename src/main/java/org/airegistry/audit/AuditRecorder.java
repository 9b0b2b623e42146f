package org.airegistry.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.aopalliance.intercept.MethodInvocation;
import org.airegistry.audit.persistence.AuditRepository;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.security.RegistryUserDetails;
import org.airegistry.shared.Audited;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Writes the audit trail. Actions of the modules ({@link Audited},
 * {@link EntryPublished}) are written in the transaction that performs them, so the trail
 * holds exactly what was committed; logins, failed logins and permission denials are
 * written in a transaction of their own, so that a refused action cannot take its record
 * with it.
 */
@Component
class AuditRecorder {

	private final AuditRepository repository;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	AuditRecorder(AuditRepository repository, CurrentActor currentActor, ObjectProvider<Clock> clock,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.currentActor = currentActor;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void on(Audited audited) {
		Optional<Actor> actor = currentActor.current();
		repository.append(now(), audited.action(), actor.map(Actor::userId).orElse(null),
				actor.map(Actor::loginEmail).orElse(null),
				audited.organisation() != null ? audited.organisation() : actor.map(Actor::organisationId).orElse(null),
				audited.subjectType(), audited.subjectId(), audited.legalReference(), audited.before(),
				audited.after());
	}

	@EventListener
	void on(AuthenticationSuccessEvent success) {
		if (success.getAuthentication().getPrincipal() instanceof RegistryUserDetails details) {
			Actor actor = details.actor();
			ownTransaction.executeWithoutResult(status -> repository.append(now(), "login.succeeded", actor.userId(),
					actor.loginEmail(), actor.organisationId(), "account", actor.loginEmail(), null, null, null));
		}
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		String tried = failure.getAuthentication().getName();
		String reason = failure.getException().getClass().getSimpleName();
		ownTransaction.executeWithoutResult(status -> repository.append(now(), "login.failed", null, tried, null,
				"account", tried, null, null, reason));
	}

	@EventListener
	void on(AuthorizationDeniedEvent<?> denied) {
		Optional<Actor> actor = currentActor.current();
		String name = denied.getAuthentication().get() == null ? null : denied.getAuthentication().get().getName();
		String target = describe(denied.getSource());
		ownTransaction.executeWithoutResult(status -> repository.append(now(), "permission.denied",
				actor.map(Actor::userId).orElse(null), actor.map(Actor::loginEmail).orElse(name),
				actor.map(Actor::organisationId).orElse(null), "operation", target, null, null, null));
	}

	private static String describe(@Nullable Object secured) {
		if (secured instanceof MethodInvocation invocation) {
			return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
		}
		if (secured instanceof HttpServletRequest request) {
			// the path only: query strings may carry tokens
			return request.getMethod() + " " + request.getRequestURI();
		}
		return secured == null ? "unknown" : secured.getClass().getSimpleName();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
