package org.airegistry.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.aopalliance.intercept.MethodInvocation;
import org.airegistry.audit.persistence.AuditRepository;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.security.LoginThrottled;
import org.airegistry.security.RegistryUserDetails;
import org.airegistry.shared.Audited;
import org.airegistry.shared.DomainEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Writes the audit trail. Actions of the modules ({@link Audited}) are written in the
 * transaction that performs them, just before it commits (so the trail holds exactly what
 * was committed, and the chain's lock is held only for the commit); logins, failed logins
 * and permission denials are written in a transaction of their own, so that a refused
 * action cannot take its record with it. Floods are aggregated ({@link AuditAggregator}):
 * anonymous requests refused at protected or unknown paths and throttled logins become
 * one row per kind and minute. A failed login for an account that does not exist keeps
 * nothing of what was typed.
 */
@Component
class AuditRecorder {

	private final AuditRepository repository;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final UserDetailsService accounts;

	private final AuditAggregator aggregator;

	private final AuditedEvents events = AuditedEvents.catalogue();

	AuditRecorder(AuditRepository repository, CurrentActor currentActor, ObjectProvider<Clock> clock,
			PlatformTransactionManager transactions, UserDetailsService accounts) {
		this.repository = repository;
		this.currentActor = currentActor;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.accounts = accounts;
		this.aggregator = new AuditAggregator(
				(key, summary, at) -> ownTransaction.executeWithoutResult(status -> repository.append(at, key.action(),
						null, null, null, key.subjectType(), key.subjectId(), null, null, summary)),
				this.clock);
	}

	@EventListener
	void on(Audited audited) {
		Instant at = now();
		List<AuditRepository.Entry> entry = List.of(entry(audited, currentActor.current()));
		Runnable append = () -> repository.appendAll(at, entry);
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public int getOrder() {
					// after the other before-commit work (e.g. the event publication
					// registry)
					return Ordered.LOWEST_PRECEDENCE;
				}

				@Override
				public void beforeCommit(boolean readOnly) {
					append.run();
				}
			});
		}
		else {
			// the append's lock on the chain head lasts only as long as its transaction:
			// without
			// one, each statement would commit on its own and concurrent appends would
			// take the
			// same position
			ownTransaction.executeWithoutResult(status -> append.run());
		}
	}

	/**
	 * Every state change of every module, from its typed event, in the change's
	 * transaction ({@link AuditedEvents}).
	 */
	@EventListener
	void on(DomainEvent event) {
		events.audit(event).ifPresent(this::on);
	}

	/**
	 * Records many events of the current transaction at once, as recording each of them
	 * would (same rows, same chain), with one lock of the chain head and one batch insert
	 * ({@link AuditBatch}). Written now rather than before commit: the caller holds the
	 * chain's head until its transaction ends.
	 */
	void recordAll(List<? extends DomainEvent> happened) {
		Optional<Actor> actor = currentActor.current();
		repository.appendAll(now(),
				happened.stream().flatMap(event -> events.audit(event).stream()).map(a -> entry(a, actor)).toList());
	}

	/**
	 * The row of an action: by the current actor, for the action's organisation or else
	 * the actor's.
	 */
	private static AuditRepository.Entry entry(Audited audited, Optional<Actor> actor) {
		return new AuditRepository.Entry(audited.action(), actor.map(Actor::userId).orElse(null),
				actor.map(Actor::loginEmail).orElse(null),
				audited.organisation() != null ? audited.organisation() : actor.map(Actor::organisationId).orElse(null),
				audited.subjectType(), audited.subjectId(), audited.legalReference(), audited.before(),
				audited.after());
	}

	@Scheduled(fixedDelayString = "${airegistry.audit.aggregate-interval:PT1M}")
	void flushAggregates() {
		aggregator.flush();
	}

	@PreDestroy
	void flushOnShutdown() {
		try {
			aggregator.flush();
		}
		catch (RuntimeException ex) {
			// the database may be gone already at shutdown; the counts are lost then
		}
	}

	@EventListener
	void on(LoginThrottled throttled) {
		aggregator.count(new AuditAggregator.Key("login.throttled", "account", throttled.account()),
				"limit " + throttled.limit() + ", client " + throttled.client());
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
		String typed = failure.getAuthentication().getName();
		String tried = known(typed) ? typed.strip().toLowerCase(java.util.Locale.ROOT) : null;
		String reason = reason(failure.getException());
		ownTransaction.executeWithoutResult(status -> repository.append(now(), "login.failed", null, tried, null,
				"account", tried == null ? "unknown account" : tried, null, null, reason));
	}

	/**
	 * Why a login failed, in words a reader of the audit trail understands (issue 21:
	 * never a Java class name such as "BadCredentialsException").
	 */
	static String reason(org.springframework.security.core.AuthenticationException exception) {
		if (exception instanceof org.springframework.security.authentication.BadCredentialsException
				|| exception instanceof UsernameNotFoundException) {
			return "wrong password or unknown account";
		}
		if (exception instanceof org.springframework.security.authentication.DisabledException) {
			return "account not verified yet or deactivated";
		}
		if (exception instanceof org.springframework.security.authentication.LockedException) {
			return "account locked";
		}
		if (exception instanceof org.springframework.security.authentication.AccountExpiredException) {
			return "account expired";
		}
		if (exception instanceof org.springframework.security.authentication.CredentialsExpiredException) {
			return "password expired";
		}
		if (exception instanceof org.springframework.security.authentication.AuthenticationServiceException) {
			return "login service unavailable";
		}
		return "login refused";
	}

	private boolean known(@Nullable String typed) {
		if (typed == null || typed.isBlank() || typed.length() > 320) {
			return false;
		}
		try {
			accounts.loadUserByUsername(typed);
			return true;
		}
		catch (UsernameNotFoundException | IllegalArgumentException ex) {
			return false;
		}
	}

	@EventListener
	void on(AuthorizationDeniedEvent<?> denied) {
		Optional<Actor> actor = currentActor.current();
		var authentication = denied.getAuthentication().get();
		if (actor.isEmpty() && denied.getSource() instanceof HttpServletRequest request
				&& (authentication == null || authentication instanceof AnonymousAuthenticationToken)) {
			// anonymous probes (scanners): counted, one row per minute
			anonymousRefused(request);
			return;
		}
		String name = authentication == null ? null : authentication.getName();
		String target = describe(denied.getSource());
		ownTransaction.executeWithoutResult(status -> repository.append(now(), "permission.denied",
				actor.map(Actor::userId).orElse(null), actor.map(Actor::loginEmail).orElse(name),
				actor.map(Actor::organisationId).orElse(null), "operation", target, null, null, null));
	}

	/**
	 * An anonymous request refused, or answered "not found" at an address that is no page
	 * ({@link UnknownAddressAudit}): counted with the others, one row per minute.
	 */
	void anonymousRefused(HttpServletRequest request) {
		aggregator.count(new AuditAggregator.Key("anonymous.denied", "http-request", null),
				request.getMethod() + " " + request.getRequestURI());
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

	private Instant now() {
		return clock.instant();
	}

}
