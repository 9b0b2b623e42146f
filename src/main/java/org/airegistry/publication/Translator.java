package org.airegistry.publication;

/** Translates a key with its arguments into the reader's language. */
@FunctionalInterface
public interface Translator {

	String translate(String key, Object... arguments);

}
