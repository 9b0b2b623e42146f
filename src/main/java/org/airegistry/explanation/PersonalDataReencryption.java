package org.airegistry.explanation;

import java.util.List;
import java.util.UUID;

import org.airegistry.explanation.persistence.SealedColumn;
import org.airegistry.explanation.persistence.SealedValues;
import org.airegistry.explanation.persistence.SealedValues.Sealed;
import org.airegistry.security.FieldCipher;
import org.airegistry.security.SealedColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the personal data of explanation requests and complaints under the current key
 * and format by itself (DD047): after every start a background thread rewrites each value
 * that is of the format before key ids (no associated data) or under an older key. It is
 * idempotent (values already current are not touched) and safe with several instances: a
 * value is replaced only if it is still the one that was read. The re-encryption command
 * ({@code --airegistry.security.reencrypt=true}) runs the same pass in the foreground.
 * Switched off with {@code airegistry.security.reencrypt-in-background=false}.
 */
@Component
class PersonalDataReencryption implements SealedColumns {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataReencryption.class);

	private static final int BATCH = 200;

	private static final UUID FIRST = new UUID(0, 0);

	private final SealedValues values;

	private final FieldCipher cipher;

	private final boolean inBackground;

	PersonalDataReencryption(SealedValues values, FieldCipher cipher,
			@Value("${airegistry.security.reencrypt-in-background:true}") boolean inBackground) {
		this.values = values;
		this.cipher = cipher;
		this.inBackground = inBackground;
	}

	@Override
	public String name() {
		return "explanation_request, explanation_message, complaint (*_enc)";
	}

	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		if (!inBackground || !cipher.canSeal()) {
			return;
		}
		Thread.ofVirtual().name("personal-data-reencryption").start(() -> {
			try {
				int count = reencrypt(cipher);
				if (count > 0) {
					log.info("Re-encrypted {} personal data values of explanation requests and complaints", count);
				}
			}
			catch (RuntimeException ex) {
				// the next start tries again; reading the old values keeps working
				// meanwhile
				log.warn("Re-encrypting personal data stopped: {}", ex.toString());
			}
		});
	}

	@Override
	public int reencrypt(FieldCipher fieldCipher) {
		int count = 0;
		for (SealedColumn column : SealedColumn.values()) {
			count += reencrypt(fieldCipher, column);
		}
		return count;
	}

	private int reencrypt(FieldCipher fieldCipher, SealedColumn column) {
		int count = 0;
		UUID after = FIRST;
		while (true) {
			List<Sealed> batch = values.notStartingWith(column, fieldCipher.currentPrefix(), after, BATCH);
			for (Sealed sealed : batch) {
				String context = column.context(sealed.rowId());
				try {
					if (fieldCipher.needsReencryption(sealed.value()) && values.replace(column, sealed.rowId(),
							sealed.value(), fieldCipher.reencrypt(sealed.value(), context))) {
						count++;
					}
				}
				catch (IllegalStateException ex) {
					// a value no configured key opens: left as it is, reported, not
					// retried
					// in this pass
					log.warn("Cannot re-encrypt {}: {}", context, ex.getMessage());
				}
			}
			if (batch.size() < BATCH) {
				return count;
			}
			after = batch.get(batch.size() - 1).rowId();
		}
	}

}
