package org.airegistry.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Key rotation from the command line (DD044): add the new key to
 * {@code airegistry.security.encryption.keys}, make it the {@code current-key}, run with
 * {@code --airegistry.security.reencrypt=true}: every registered {@link SealedColumns}
 * rewrites its values under the new key, then the application exits (0 done, 1 failed).
 * Afterwards the old key can be removed.
 */
@Component
@ConditionalOnBooleanProperty("airegistry.security.reencrypt")
class ReencryptCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReencryptCommand.class);

	private final List<SealedColumns> columns;

	private final FieldCipher cipher;

	private final ConfigurableApplicationContext context;

	ReencryptCommand(List<SealedColumns> columns, FieldCipher cipher, ConfigurableApplicationContext context) {
		this.columns = columns;
		this.cipher = cipher;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status = 0;
		for (SealedColumns column : columns) {
			try {
				log.info("Re-encrypted {} values of {}", column.reencrypt(cipher), column.name());
			}
			catch (RuntimeException ex) {
				log.error("Re-encrypting {} failed", column.name(), ex);
				status = 1;
			}
		}
		int exitCode = status;
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}

}
