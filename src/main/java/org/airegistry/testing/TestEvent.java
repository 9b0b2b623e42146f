package org.airegistry.testing;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a registered test.
 *
 * @param occurredOn the day it took effect
 * @param reason the reasons or details given, if any
 * @param recordedAt when it was recorded
 */
public record TestEvent(TestEventKind kind, LocalDate occurredOn, @Nullable String reason, Instant recordedAt) {

}
