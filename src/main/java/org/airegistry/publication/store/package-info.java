/**
 * The storage side of the kernel, for the persistence packages of each kind: a
 * {@link org.airegistry.publication.store.PublicationStore} configured with the kind's
 * own jOOQ tables (each kind keeps its tables, foreign keys and type safety).
 */
@NullMarked
@NamedInterface("store")
package org.airegistry.publication.store;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
