/** Browserless tests of the real-world testing views. */
@NullMarked
package org.airegistry.testing.ui;

import org.jspecify.annotations.NullMarked;
