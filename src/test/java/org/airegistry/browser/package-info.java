/**
 * Real-browser test support: one headless Debian Chromium per test JVM, driven by
 * Playwright, with screenshots and axe-core accessibility checks.
 */
@NullMarked
package org.airegistry.browser;

import org.jspecify.annotations.NullMarked;
