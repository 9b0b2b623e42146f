/** jOOQ persistence of test plans, on the publication kernel's store. */
@NullMarked
package org.airegistry.testing.persistence;

import org.jspecify.annotations.NullMarked;
