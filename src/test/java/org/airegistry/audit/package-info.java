/** Tests of the audit trail. */
@NullMarked
package org.airegistry.audit;

import org.jspecify.annotations.NullMarked;
