/**
 * Views of real-world testing: the provider's plans, the authority's inbox, the public
 * pages.
 */
@NullMarked
package org.airegistry.testing.ui;

import org.jspecify.annotations.NullMarked;
