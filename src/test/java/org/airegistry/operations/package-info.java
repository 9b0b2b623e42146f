/** Tests of health, metrics and the operators' endpoints. */
@NullMarked
package org.airegistry.operations;

import org.jspecify.annotations.NullMarked;
