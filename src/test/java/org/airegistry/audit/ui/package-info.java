/** Browserless tests of the audit viewer. */
@NullMarked
package org.airegistry.audit.ui;

import org.jspecify.annotations.NullMarked;
