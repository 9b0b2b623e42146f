/** The regulator's audit trail viewer. */
@NullMarked
package org.airegistry.audit.ui;

import org.jspecify.annotations.NullMarked;
