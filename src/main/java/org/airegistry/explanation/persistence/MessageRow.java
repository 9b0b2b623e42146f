package org.airegistry.explanation.persistence;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One stored message of a request's thread; bodies are AES-GCM ciphertext. */
public record MessageRow(UUID id, UUID requestId, String author, String kind, @Nullable String bodyEnc,
		@Nullable String secondBodyEnc, Instant createdAt) {

}
