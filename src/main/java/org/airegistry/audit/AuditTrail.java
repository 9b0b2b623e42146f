package org.airegistry.audit;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.airegistry.audit.persistence.AuditRepository;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Audited;
import org.airegistry.shared.CsvWriter;
import org.airegistry.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as regulators and administrators read it: pages with filters and a CSV
 * export (the export is itself recorded). Nobody else may read it. Records about the
 * non-public section (Art 49(4)) show what they are about only to a reader who may read
 * that section (the one predicate, DD048); for everyone else their subject, actor,
 * organisation and change are withheld, and a text filter does not find them (DD075).
 */
@Service
@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
public class AuditTrail {

	/** Columns of the CSV export, in order. */
	public static final List<String> CSV_COLUMNS = List.of("sequence", "occurred_at", "action", "actor_user_id",
			"actor_name", "organisation_id", "subject_type", "subject_id", "legal_reference", "before", "after",
			"withheld");

	/** Days in filters are days in this zone (the registry's display zone). */
	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	private final AuditRepository repository;

	private final ApplicationEventPublisher events;

	private final CurrentActor currentActor;

	AuditTrail(AuditRepository repository, ApplicationEventPublisher events, CurrentActor currentActor) {
		this.repository = repository;
		this.events = events;
		this.currentActor = currentActor;
	}

	@Transactional(readOnly = true)
	public List<AuditRecord> page(AuditFilter filter, int offset, int limit) {
		return repository.page(filter, ZONE, Math.max(0, offset), Math.clamp(limit, 1, 500),
				currentActor.mayReadNonPublicSection());
	}

	@Transactional(readOnly = true)
	public int count(AuditFilter filter) {
		return repository.count(filter, ZONE, currentActor.mayReadNonPublicSection());
	}

	@Transactional(readOnly = true)
	public List<String> actions() {
		return repository.actions();
	}

	/**
	 * Writes every record matching the filter as CSV (UTF-8, header row, newest first),
	 * withheld as the pages are, and records the export in the trail. An export by a
	 * reader of the non-public section includes that section: it is recorded under Art
	 * 49(4), so that its filter (which may name an entry there) is withheld from the
	 * others too.
	 */
	@Transactional
	public void exportCsv(AuditFilter filter, OutputStream out) {
		boolean nonPublicToo = currentActor.mayReadNonPublicSection();
		Audited exported = Audited.of("audit.exported", "audit-trail", null).withChange(null, describe(filter));
		events
			.publishEvent(nonPublicToo ? exported.withLegalReference(AuditRepository.NON_PUBLIC_REFERENCE) : exported);
		try (CsvWriter csv = CsvWriter.open(out, CSV_COLUMNS)) {
			repository.forEach(filter, ZONE, nonPublicToo,
					record -> csv.row(record.sequence(), DateTimeFormatter.ISO_INSTANT.format(record.occurredAt()),
							record.action(), record.actorUserId() == null ? "" : record.actorUserId().value(),
							record.actorName(), record.organisationId() == null ? "" : record.organisationId().value(),
							record.subjectType(), record.subjectId(), record.legalReference(), record.before(),
							record.after(), record.withheld() ? "true" : ""));
		}
	}

	private static String describe(AuditFilter filter) {
		return "action=" + nullToEmpty(filter.action()) + "; text=" + nullToEmpty(filter.text()) + "; from="
				+ (filter.from() == null ? "" : filter.from()) + "; to=" + (filter.to() == null ? "" : filter.to());
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
