package org.airegistry.explanation;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of explanation requests ({@code airegistry.explanation.*}).
 *
 * @param deadline how due dates are computed
 * @param remindBefore how many days before the due date the deployer is reminded
 * @param retention how long after closure personal data is kept before it is deleted
 * @param verificationValidity how long the verification link works
 * @param limits abuse protection
 * @param encryptionKey base64 of a 32-byte AES key for personal data at rest (required)
 * @param minimumAnswerLength an answer part shorter than this is warned about as
 * trivially short
 */
@ConfigurationProperties("airegistry.explanation")
public record ExplanationProperties(@DefaultValue Deadline deadline, @DefaultValue("P7D") Period remindBefore,
		@DefaultValue("P6M") Period retention, @DefaultValue("PT72H") Duration verificationValidity,
		@DefaultValue Limits limits, @DefaultValue("") String encryptionKey,
		@DefaultValue("80") int minimumAnswerLength) {

	/**
	 * Deadline rules; see {@link DeadlineRules}.
	 *
	 * @param responsePeriod from submission to the due date
	 * @param maxExtension the longest single extension (whole months)
	 * @param longOverdueAfter after the due date, when a request is long overdue
	 * @param zone the calendar in which days are counted
	 * @param publicHolidays public holidays (ISO dates) of the Member State where the
	 * deployers act; a due date on one of them, or on a weekend, moves to the next
	 * working day (Reg. 1182/71 Art 3(4))
	 */
	public record Deadline(@DefaultValue("P1M") Period responsePeriod, @DefaultValue("P2M") Period maxExtension,
			@DefaultValue("P1M") Period longOverdueAfter, @DefaultValue("Europe/Brussels") ZoneId zone,
			@DefaultValue java.util.List<java.time.LocalDate> publicHolidays) {

		public DeadlineRules rules() {
			return new DeadlineRules(responsePeriod, maxExtension, longOverdueAfter, zone,
					java.util.Set.copyOf(publicHolidays));
		}

	}

	/**
	 * Abuse protection without tracking people: counters in memory only, keyed by a hash.
	 *
	 * @param requestsPerAddressPerDay new requests per email address per day
	 * @param requestsPerIpPerHour new requests per network address per hour
	 * @param maxTextLength the longest free text in characters
	 */
	public record Limits(@DefaultValue("3") int requestsPerAddressPerDay, @DefaultValue("10") int requestsPerIpPerHour,
			@DefaultValue("5000") int maxTextLength) {
	}

}
