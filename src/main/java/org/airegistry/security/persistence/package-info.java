/** jOOQ access to the security module's tables (trusted login devices). */
@NullMarked
package org.airegistry.security.persistence;

import org.jspecify.annotations.NullMarked;
