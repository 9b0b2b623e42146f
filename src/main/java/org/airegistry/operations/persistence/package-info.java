/** Reads of the event publication registry (the outbox) for the operators' metrics. */
@NullMarked
package org.airegistry.operations.persistence;

import org.jspecify.annotations.NullMarked;
