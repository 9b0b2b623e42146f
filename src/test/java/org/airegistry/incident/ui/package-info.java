/** Browserless tests of the serious-incident views. */
@NullMarked
package org.airegistry.incident.ui;

import org.jspecify.annotations.NullMarked;
