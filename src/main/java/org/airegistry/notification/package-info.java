/**
 * Outgoing mail: one sender for every module's mails (each module renders its own texts).
 */
@NullMarked
@ApplicationModule(displayName = "Notification", allowedDependencies = { "shared" })
package org.airegistry.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
