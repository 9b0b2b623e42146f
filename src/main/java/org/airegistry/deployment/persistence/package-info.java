/** jOOQ access to deployer registrations, FRIAs, notifications and provider notices. */
@NullMarked
package org.airegistry.deployment.persistence;

import org.jspecify.annotations.NullMarked;
