/**
 * Vaadin views of explanation requests: filing, verification, the private tracking page,
 * the deployer inbox and the regulator's complaint inbox.
 */
@NullMarked
package org.airegistry.explanation.ui;

import org.jspecify.annotations.NullMarked;
