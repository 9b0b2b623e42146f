/**
 * The public report form and status page, the provider's and the regulator's report
 * lists.
 */
@NullMarked
package org.airegistry.moderation.ui;

import org.jspecify.annotations.NullMarked;
