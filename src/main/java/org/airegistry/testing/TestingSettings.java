package org.airegistry.testing;

import java.time.Duration;
import java.time.Period;
import java.util.Set;

import org.airegistry.shared.MemberState;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of real-world testing ({@code airegistry.testing.*}).
 *
 * @param noTacitApproval Member States whose national law does not provide for tacit
 * approval (Art 60(4)(b)): their plans wait for an explicit authorisation after 30 days
 * @param approvalPeriodDays the authority's period before tacit approval (Art 60(4)(b))
 * @param annexISectionA whether Art 60 covers products under Annex I Section A
 * (Regulation (EU) 2026/1744; spec §10.9 {@code art60.annexISectionA})
 * @param tacitReminderBefore how long before tacit approval the authority is reminded
 * @param endReminderBefore how long before the latest end of a test its provider is
 * reminded (to end it, or to notify the extension before, Art 60(4)(f))
 * @param timerInterval how often tacit approvals, reminders and routing run
 */
@ConfigurationProperties("airegistry.testing")
public record TestingSettings(@DefaultValue Set<MemberState> noTacitApproval,
		@DefaultValue("30") int approvalPeriodDays, @DefaultValue("true") boolean annexISectionA,
		@DefaultValue("P5D") Period tacitReminderBefore, @DefaultValue("P14D") Period endReminderBefore,
		@DefaultValue("PT10M") Duration timerInterval) {

	/** Whether the Member State's law provides for tacit approval. */
	public boolean tacitAllowed(MemberState memberState) {
		return !noTacitApproval.contains(memberState);
	}

}
