package org.airegistry.shared;

/**
 * A problem with one input field: the field's name as in the data record and a
 * translation key for the message, so every channel (form, API, import) reports the same
 * rule in the user's language.
 *
 * @param field the record component the problem belongs to, e.g. {@code tradeName}
 * @param messageKey translation key of the message, e.g. {@code validation.required}
 * @param arguments arguments for the message (such as a maximum length)
 */
public record FieldError(String field, String messageKey, Object... arguments) {

}
