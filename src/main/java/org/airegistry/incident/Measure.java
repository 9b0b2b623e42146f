package org.airegistry.incident;

import java.time.Instant;
import java.util.UUID;

/** A measure an authority recorded (Art 73(8)). */
public record Measure(UUID id, UUID handling, MeasureKind kind, String description, Instant recordedAt) {

}
