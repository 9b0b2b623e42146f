package org.airegistry.opendata;

import java.time.Instant;

/**
 * How often the public data has changed (publications, suspensions, lifts) and when it
 * last did: the version of every generated open data file.
 *
 * @param number the count of changes
 * @param changedAt when the last change was committed
 */
public record OpenDataRevision(long number, Instant changedAt) {
}
