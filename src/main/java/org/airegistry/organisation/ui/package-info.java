/**
 * Views for organisations and accounts: sign-up, email verification, invitations,
 * organisation users and the regulator's approval inbox.
 */
@NullMarked
package org.airegistry.organisation.ui;

import org.jspecify.annotations.NullMarked;
