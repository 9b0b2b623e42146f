/**
 * The Vaadin side of the kernel for every kind's views: fields shown from the kind's
 * field specification, the version history, the version comparison, and the draft
 * editor's save, publish and concurrent-edit handling with problems shown through the
 * binder.
 */
@NullMarked
@NamedInterface("ui")
package org.airegistry.publication.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
