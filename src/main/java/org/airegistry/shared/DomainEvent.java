package org.airegistry.shared;

/**
 * A state change of some module, announced as a typed event in the transaction that makes
 * it. Every implementation is a record in its module's API package, carries no personal
 * data of requesters, and has exactly one entry in the audit trail's catalogue
 * ({@code audit.AuditedEvents}): either how it is recorded, or which other event records
 * the same change. {@code AuditedEventsTest} finds every implementation on the classpath
 * and fails when one has no entry; the audit trail writes the record in the event's
 * transaction, so a rollback leaves none (DD024).
 */
public interface DomainEvent {

}
