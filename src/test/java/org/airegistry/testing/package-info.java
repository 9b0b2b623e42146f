/** Tests of real-world testing. */
@NullMarked
package org.airegistry.testing;

import org.jspecify.annotations.NullMarked;
