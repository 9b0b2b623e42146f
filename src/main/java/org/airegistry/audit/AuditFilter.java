package org.airegistry.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the audit viewer asks for; every part is optional and parts combine.
 *
 * @param action exact action name, e.g. {@code login.failed}
 * @param text part of the subject id or the actor's name (case-insensitive)
 * @param from first day (inclusive, in the display time zone)
 * @param to last day (inclusive, in the display time zone)
 */
public record AuditFilter(@Nullable String action, @Nullable String text, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

}
