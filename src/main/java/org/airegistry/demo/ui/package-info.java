/**
 * Demo-only views (the dev mailbox), registered as routes only in demo mode
 * ({@link org.airegistry.demo.ui.DemoRoutes}).
 */
@NullMarked
package org.airegistry.demo.ui;

import org.jspecify.annotations.NullMarked;
