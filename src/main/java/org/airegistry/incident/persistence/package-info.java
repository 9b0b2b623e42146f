/** jOOQ persistence of serious-incident reports, on the publication kernel's store. */
@NullMarked
package org.airegistry.incident.persistence;

import org.jspecify.annotations.NullMarked;
