package org.airegistry.testing.ui;

import org.airegistry.testing.TestConduct;
import org.airegistry.testing.TestPlanData;

/**
 * What the test plan's editor writes: the Annex IX registration and the conditions kept
 * for the authorities, saved together (one record, so the kernel's draft editor binds and
 * saves it like every kind's content).
 *
 * @param plan the registration (Annex IX)
 * @param conduct the conditions of Art 60(4) and 61 kept for the authorities
 */
public record TestPlanContent(TestPlanData plan, TestConduct conduct) {
}
