package org.airegistry.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Logins for the operators' dashboards: {@code airegistry.logins} by outcome (succeeded,
 * failed, throttled). Never the account name: a spray across accounts shows as a rate.
 */
@Component
public class LoginMetrics {

	static final String METER = "airegistry.logins";

	private final Counter succeeded;

	private final Counter failed;

	private final Counter throttled;

	LoginMetrics(MeterRegistry meters) {
		this.succeeded = meters.counter(METER, "outcome", "succeeded");
		this.failed = meters.counter(METER, "outcome", "failed");
		this.throttled = meters.counter(METER, "outcome", "throttled");
	}

	@EventListener
	void on(AuthenticationSuccessEvent success) {
		succeeded.increment();
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		failed.increment();
	}

	/** A login attempt refused by the throttle before its password was checked. */
	void throttled() {
		throttled.increment();
	}

}
