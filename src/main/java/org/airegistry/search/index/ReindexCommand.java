package org.airegistry.search.index;

import org.airegistry.search.ReindexStepped;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Full reindex from the command line: {@code --airegistry.reindex=true} starts the
 * application, rebuilds the index (zero downtime for other running instances), and exits
 * with 0 on success, 1 on failure.
 */
@Component
@ConditionalOnBooleanProperty(ReindexCommand.PROPERTY)
class ReindexCommand implements ApplicationRunner {

	static final String PROPERTY = "airegistry.reindex";

	private static final Log logger = LogFactory.getLog(ReindexCommand.class);

	private final RegistryEntriesReindexer reindexer;

	private final ConfigurableApplicationContext context;

	ReindexCommand(RegistryEntriesReindexer reindexer, ConfigurableApplicationContext context) {
		this.reindexer = reindexer;
		// started by an operator on the command line: recorded without a user
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status;
		try {
			RegistryEntriesReindexer.Result result = reindexer.reindexAll(progress -> {
				if (progress.phase() != org.airegistry.search.ReindexProgress.Phase.LOADING
						|| progress.indexed() % 5_000 == 0) {
					logger.info("Reindex %s: %d of %s".formatted(progress.phase(), progress.indexed(),
							progress.counted() ? Long.toString(progress.total()) : "(still counting)"));
				}
			});
			logger.info("Reindex done: %d documents into %s in %d ms (%.0f docs/s); previous %s, deleted %s".formatted(
					result.documents(), result.index(), result.millis(), result.documentsPerSecond(),
					result.previousIndices(), result.deletedIndices()));
			context.publishEvent(SearchIndexOperationsService.completed("command line", result));
			status = 0;
		}
		catch (Exception ex) {
			logger.error("Reindex failed", ex);
			context.publishEvent(new ReindexStepped(ReindexStepped.Step.FAILED, "command line", null,
					String.valueOf(ex.getMessage())));
			status = 1;
		}
		int exitCode = status;
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}

}
