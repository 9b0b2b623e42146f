package org.airegistry.incident;

import java.util.Locale;

import org.airegistry.shared.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A state change of a serious-incident report or of an authority's handling of it (Art
 * 73): references, states and the texts the authority or reporter wrote for the record,
 * never a person's data. Audited as {@code incident.<step>} (DD024); the submission of a
 * version is the kernel's publication ({@link IncidentReportSubmitted}).
 *
 * @param reference the report's reference ({@code SI-…})
 * @param step what happened
 * @param legalReference the article it rests on, if any
 * @param before the state before, if any
 * @param after the state after, if any
 */
public record IncidentStepped(String reference, Step step, @Nullable String legalReference, @Nullable String before,
		@Nullable String after) implements DomainEvent {

	/** What happened. */
	public enum Step {

		STARTED, DRAFT_SAVED, ATTACHMENT_STORED, DELIVERED, ACKNOWLEDGED, INFORMATION_REQUESTED, MEASURES_RECORDED,
		COMMISSION_NOTIFIED, NOTICE_PUBLISHED, CLOSED;

		/** The audit action, e.g. {@code incident.information-requested}. */
		public String action() {
			return "incident." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
