package org.airegistry.organisation;

import java.util.Set;

import org.airegistry.shared.Role;

/**
 * What is needed to create a user account.
 *
 * @param loginEmail the login name
 * @param rawPassword the password in clear; only its hash is stored
 * @param displayName the user's name (not shown publicly)
 * @param roles what the user may do
 * @param demoAccount whether this is a demo account (refused in production)
 */
public record NewUser(String loginEmail, String rawPassword, String displayName, Set<Role> roles, boolean demoAccount) {

}
