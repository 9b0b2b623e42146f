package org.airegistry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The freshness rule without a database (issue 21). */
class FreshnessStandingTest {

	static final Instant PUBLISHED = Instant.parse("2026-01-10T09:00:00Z");

	@Test
	@DisplayName("Issue 21: a record counts as confirmed when last published, or later confirmed; due after the interval")
	void standing() {
		Freshness.Standing published = Freshness.Standing.of(PUBLISHED, Optional.empty(), Period.ofMonths(12),
				LocalDate.parse("2027-01-10"));
		assertThat(published.confirmedAt()).isEqualTo(PUBLISHED);
		assertThat(published.withoutChange()).isFalse();
		assertThat(published.dueOn()).isEqualTo(LocalDate.parse("2027-01-10"));
		assertThat(published.overdue()).as("due today is still in time").isFalse();

		assertThat(
				Freshness.Standing.of(PUBLISHED, Optional.empty(), Period.ofMonths(12), LocalDate.parse("2027-01-11"))
					.overdue())
			.isTrue();

		Freshness.Standing confirmed = Freshness.Standing.of(PUBLISHED,
				Optional.of(Instant.parse("2026-06-01T12:00:00Z")), Period.ofMonths(12), LocalDate.parse("2027-01-11"));
		assertThat(confirmed.withoutChange()).isTrue();
		assertThat(confirmed.dueOn()).isEqualTo(LocalDate.parse("2027-06-01"));
		assertThat(confirmed.overdue()).isFalse();

		Freshness.Standing older = Freshness.Standing.of(PUBLISHED, Optional.of(Instant.parse("2025-06-01T12:00:00Z")),
				Period.ofMonths(12), LocalDate.parse("2026-02-01"));
		assertThat(older.confirmedAt()).as("a confirmation before the latest version counts for nothing")
			.isEqualTo(PUBLISHED);
	}

}
