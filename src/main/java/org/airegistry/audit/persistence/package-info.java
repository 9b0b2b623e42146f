/** jOOQ access to the append-only audit table. */
@NullMarked
package org.airegistry.audit.persistence;

import org.jspecify.annotations.NullMarked;
