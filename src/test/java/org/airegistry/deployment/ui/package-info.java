/** Browserless tests of the deployment views. */
@NullMarked
package org.airegistry.deployment.ui;

import org.jspecify.annotations.NullMarked;
