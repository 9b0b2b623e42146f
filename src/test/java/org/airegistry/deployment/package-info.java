/** Tests of deployer registrations and impact assessments. */
@NullMarked
package org.airegistry.deployment;

import org.jspecify.annotations.NullMarked;
