package org.airegistry.publication;

/**
 * A version that was just published.
 *
 * @param version its number
 * @param visibility who may see it
 */
public record Publication(int version, Visibility visibility) {

}
