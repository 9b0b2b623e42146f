/**
 * Vaadin views: deployer workspace, FRIA editor, public deployer pages, regulator inbox.
 */
@NullMarked
package org.airegistry.deployment.ui;

import org.jspecify.annotations.NullMarked;
