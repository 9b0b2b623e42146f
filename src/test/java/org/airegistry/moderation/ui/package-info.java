/** Browserless tests of the report views. */
@NullMarked
package org.airegistry.moderation.ui;

import org.jspecify.annotations.NullMarked;
