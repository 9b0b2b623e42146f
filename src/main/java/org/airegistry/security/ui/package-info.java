/** Login view. */
@NullMarked
package org.airegistry.security.ui;

import org.jspecify.annotations.NullMarked;
