/** Integration tests of the queries behind the regulator console. */
@NullMarked
package org.airegistry.oversight;

import org.jspecify.annotations.NullMarked;
