/**
 * Real-browser journeys: Playwright driving Debian's Chromium against the running
 * application.
 */
@NullMarked
package org.airegistry.journeys;

import org.jspecify.annotations.NullMarked;
