/**
 * Shared kernel: identifiers, value objects and role names used by every module. No
 * Spring beans, no Vaadin.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.airegistry.shared;

import org.jspecify.annotations.NullMarked;
