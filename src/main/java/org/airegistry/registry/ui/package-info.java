/** Provider workspace: list of own entries and the entry editor. */
@NullMarked
package org.airegistry.registry.ui;

import org.jspecify.annotations.NullMarked;
