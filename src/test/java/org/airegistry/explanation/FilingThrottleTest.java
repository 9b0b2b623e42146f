package org.airegistry.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The per-client limit of explanation requests and complaints. */
class FilingThrottleTest {

	final FilingThrottle throttle = new FilingThrottle(new ExplanationProperties(
			new ExplanationProperties.Deadline(Period.ofMonths(1), Period.ofMonths(2), Period.ofMonths(1),
					ZoneId.of("Europe/Brussels"), List.of()),
			Period.ofDays(7), Period.ofMonths(6), Duration.ofHours(72), new ExplanationProperties.Limits(100, 2, 5000),
			"", 80));

	@Test
	@DisplayName("An IPv6 client counts as its /64 network, whichever address of it the filing comes from")
	void ipv6NetworkIsOneClient() {
		assertThat(throttle.tryFile("a@example.org", "2001:db8:1:2::1")).isNull();
		assertThat(throttle.tryFile("b@example.org", "2001:db8:1:2:ffff::7")).isNull();
		assertThat(throttle.tryFile("c@example.org", "2001:db8:1:2:abcd::9"))
			.isEqualTo("explanation.error.limitNetwork");
		assertThat(throttle.tryFile("d@example.org", "2001:db8:1:3::1")).as("another /64").isNull();
	}

	@Test
	@DisplayName("IPv4 clients count per address")
	void ipv4PerAddress() {
		assertThat(throttle.tryFile("a@example.org", "192.0.2.1")).isNull();
		assertThat(throttle.tryFile("b@example.org", "192.0.2.1")).isNull();
		assertThat(throttle.tryFile("c@example.org", "192.0.2.1")).isEqualTo("explanation.error.limitNetwork");
		assertThat(throttle.tryFile("d@example.org", "192.0.2.2")).isNull();
	}

}
