package org.airegistry.testing;

import org.airegistry.shared.DomainEvent;

/**
 * What the public may see of a test changed without a new version (consent withdrawn):
 * every public read must now answer for it as the kernel's rule says.
 */
public record TestPlanVisibilityChanged(TestPlanId plan, String uid) implements DomainEvent {

}
