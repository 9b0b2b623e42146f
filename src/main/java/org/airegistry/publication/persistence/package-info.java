/** The kernel's own tables: the providers' confirmations that a record is current. */
@NullMarked
package org.airegistry.publication.persistence;

import org.jspecify.annotations.NullMarked;
