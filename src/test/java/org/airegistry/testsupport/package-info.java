/**
 * Shared test infrastructure: the real PostgreSQL 18, test contexts and login helpers.
 */
@NullMarked
package org.airegistry.testsupport;

import org.jspecify.annotations.NullMarked;
