package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

	@Test
	@DisplayName("After five failed logins an account is paused; other accounts are not")
	void pausesAccountAfterFailures() {
		LoginThrottle throttle = new LoginThrottle(
				new LoginMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
			assertThat(throttle.allowed("Someone@Example.org", "10.0.0.1")).isTrue();
			throttle.failed("someone@example.org", "10.0.0.1");
		}
		assertThat(throttle.allowed(" someone@example.org", "10.0.0.2")).isFalse();
		assertThat(throttle.allowed("other@example.org", "10.0.0.1")).isTrue();
	}

	@Test
	@DisplayName("Many failures from one address pause that address for every account")
	void pausesAddressAfterFailures() {
		LoginThrottle throttle = new LoginThrottle(
				new LoginMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
			throttle.failed("user" + i + "@example.org", "192.0.2.7");
		}
		assertThat(throttle.allowed("fresh@example.org", "192.0.2.7")).isFalse();
		assertThat(throttle.allowed("fresh@example.org", "192.0.2.8")).isTrue();
	}

}
