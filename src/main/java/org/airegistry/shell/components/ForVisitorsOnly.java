package org.airegistry.shell.components;

/**
 * Marks a view that only makes sense before logging in (such as signing up): the
 * navigation leaves it out for logged-in users.
 */
public interface ForVisitorsOnly {

}
