/**
 * Fault drills: the portal under outages of its search cluster, its database and its own
 * process.
 */
@NullMarked
package org.airegistry.drills;

import org.jspecify.annotations.NullMarked;
