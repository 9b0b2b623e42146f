package org.airegistry.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.airegistry.audit.persistence.AuditRepository;
import org.airegistry.shared.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit trail's hash chain (DD041): on demand in the console, from the command
 * line ({@code --airegistry.audit.verify=true}) and once a day, when the result and the
 * chain's last hash go to the log, which keeps an anchor outside the database.
 */
@Service
public class AuditIntegrity {

	private static final Logger log = LoggerFactory.getLogger(AuditIntegrity.class);

	/** A check and when it ran. */
	public record Checked(ChainReport report, Instant at) {
	}

	private final AuditRepository repository;

	private final Clock clock;

	private final AtomicReference<@Nullable Checked> last = new AtomicReference<>();

	AuditIntegrity(AuditRepository repository, ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Recomputes the chain now. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	public Checked verify() {
		return check();
	}

	/** The last check of this instance, if any. */
	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	public @Nullable Checked lastCheck() {
		return last.get();
	}

	/** The check without a logged-in user (timer, command line). */
	@Transactional(readOnly = true)
	Checked check() {
		Checked checked = new Checked(repository.verify(), clock.instant());
		last.set(checked);
		ChainReport report = checked.report();
		if (report.intact()) {
			log.info("Audit chain intact: {} rows verified ({} recorded before the chain), last hash {}",
					report.verified(), report.unchained(), report.lastHash());
		}
		else {
			log.error("Audit chain BROKEN at position {} ({} rows verified before it, last good hash {})",
					report.brokenAt(), report.verified(), report.lastHash());
		}
		return checked;
	}

	@Scheduled(fixedDelayString = "${airegistry.audit.verify-interval:P1D}", initialDelayString = "PT2M")
	void daily() {
		check();
	}

}
