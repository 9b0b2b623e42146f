package org.airegistry.testing;

import org.airegistry.publication.Visibility;
import org.airegistry.shared.DomainEvent;

/** A provider registered a version of a test plan (visibility as published). */
public record TestPlanRegistered(TestPlanId plan, String uid, int version,
		Visibility visibility) implements DomainEvent {

}
