package org.airegistry.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Verification of the audit chain from the command line:
 * {@code --airegistry.audit.verify=true} starts the application, checks the chain, prints
 * the result and exits with 0 when it is intact, 2 when it is broken, 1 on failure.
 */
@Component
@ConditionalOnBooleanProperty("airegistry.audit.verify")
class AuditVerifyCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditVerifyCommand.class);

	private final AuditIntegrity integrity;

	private final ConfigurableApplicationContext context;

	AuditVerifyCommand(AuditIntegrity integrity, ConfigurableApplicationContext context) {
		this.integrity = integrity;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status;
		try {
			ChainReport report = integrity.check().report();
			System.out.println(report.intact()
					? "Audit chain intact: %d rows verified, %d before the chain, last hash %s"
						.formatted(report.verified(), report.unchained(), report.lastHash())
					: "Audit chain BROKEN at position %d (last good hash %s)".formatted(report.brokenAt(),
							report.lastHash()));
			status = report.intact() ? 0 : 2;
		}
		catch (RuntimeException ex) {
			log.error("Audit chain verification failed", ex);
			status = 1;
		}
		int exitCode = status;
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}

}
