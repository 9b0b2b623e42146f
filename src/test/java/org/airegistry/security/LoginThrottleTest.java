package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class LoginThrottleTest {

	final List<Object> events = Collections.synchronizedList(new ArrayList<>());

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final LoginThrottle throttle = new LoginThrottle(RateLimits.inMemory(), null, events::add, username -> {
		if (username.startsWith("known")) {
			return User.withUsername(username).password("x").build();
		}
		throw new UsernameNotFoundException("no");
	}, new LoginMetrics(meters), "5/PT5M,20/PT1H", "20/PT5M,100/PT1H", "10/PT5M");

	@Test
	@DisplayName("Tokens are taken before the password check: of 40 parallel attempts on one account exactly the burst of 5 goes ahead")
	void parallelAttemptsStayThrottled() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Optional<LoginThrottle.Refusal>>> attempts = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String client = "198.51.100." + i;
			attempts.add(pool.submit(() -> {
				start.await();
				return throttle.attempt("Victim@Example.org ", client, null);
			}));
		}
		start.countDown();
		int passed = 0;
		for (Future<Optional<LoginThrottle.Refusal>> attempt : attempts) {
			if (attempt.get(30, TimeUnit.SECONDS).isEmpty()) {
				passed++;
			}
		}
		pool.shutdown();
		assertThat(passed).isEqualTo(5);
	}

	@Test
	@DisplayName("No lockout: while others fail in a victim's name, the victim on a known device still gets through")
	void victimOnKnownDeviceIsNotLockedOut() {
		for (int i = 0; i < 30; i++) {
			throttle.attempt("victim@example.org", "203.0.113." + (i % 3), null);
		}
		Optional<LoginThrottle.Refusal> attacker = throttle.attempt("victim@example.org", "203.0.113.9", null);
		assertThat(attacker).hasValueSatisfying(refusal -> {
			assertThat(refusal.limit()).isEqualTo("account");
			assertThat(refusal.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
		});
		assertThat(throttle.attempt("victim@example.org", "192.0.2.50", "device-of-the-victim")).isEmpty();
	}

	@Test
	@DisplayName("Password spraying: one client trying many accounts is slowed down after its own limit")
	void sprayingIsLimitedPerClient() {
		int passed = 0;
		for (int i = 0; i < 40; i++) {
			if (throttle.attempt("user" + i + "@example.org", "192.0.2.7", null).isEmpty()) {
				passed++;
			}
		}
		assertThat(passed).isEqualTo(20);
		assertThat(throttle.attempt("fresh@example.org", "192.0.2.7", null))
			.hasValueSatisfying(refusal -> assertThat(refusal.limit()).isEqualTo("client"));
		assertThat(throttle.attempt("fresh@example.org", "192.0.2.8", null)).isEmpty();
	}

	@Test
	@DisplayName("IPv6 clients are one client per /64: rotating the interface identifier does not help")
	void ipv6ClientsPer64() {
		int passed = 0;
		for (int i = 0; i < 40; i++) {
			String address = ClientAddress.key("2001:db8:1:2::" + Integer.toHexString(i + 1));
			if (throttle.attempt("user" + i + "@example.org", address, null).isEmpty()) {
				passed++;
			}
		}
		assertThat(passed).isEqualTo(20);
	}

	@Test
	@DisplayName("Second-factor codes are limited per account like passwords")
	void secondFactorGuesses() {
		int passed = 0;
		for (int i = 0; i < 10; i++) {
			if (throttle.secondFactorAttempt("known@example.org", "192.0.2.1").isEmpty()) {
				passed++;
			}
		}
		assertThat(passed).isEqualTo(5);
		assertThat(meters.counter(LoginMetrics.METER, "outcome", "throttled").count()).isEqualTo(5);
		assertThat(events).hasOnlyElementsOfType(LoginThrottled.class)
			.allSatisfy(event -> assertThat(((LoginThrottled) event).account()).isEqualTo("known@example.org"));
	}

	@Test
	@DisplayName("Limits read from the settings: tiers of attempts per period")
	void limitsFromSettings() {
		assertThat(Limits.parse("5/PT5M, 60/P1D").getBandwidths()).hasSize(2);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Limits.parse("five per minute"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
