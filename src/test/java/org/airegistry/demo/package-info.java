/** Tests of the demo mode as a whole. */
@NullMarked
package org.airegistry.demo;

import org.jspecify.annotations.NullMarked;
