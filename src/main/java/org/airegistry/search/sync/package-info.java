/**
 * Keeps the index in step with the database: the outbox listener that indexes published
 * entries and the locked job that retries failed publications.
 */
@NullMarked
package org.airegistry.search.sync;

import org.jspecify.annotations.NullMarked;
