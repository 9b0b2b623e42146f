package org.airegistry.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An open action of the market surveillance authority on one of a provider's entries, as
 * the provider's workspace shows it.
 *
 * @param registrationNumber the entry
 * @param kind {@code FLAG}, {@code CORRECTION_REQUEST} or {@code SUSPENSION}
 * @param notice the authority's text
 * @param dueDate when a correction is due; {@code null} for other kinds
 */
public record AuthorityNotice(String registrationNumber, String kind, String notice, @Nullable LocalDate dueDate) {

}
