package org.airegistry.incident.ui;

import java.time.Instant;
import java.time.LocalDateTime;

import org.airegistry.shell.components.Formats;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

/**
 * A moment entered as a local date and time in the registry's display zone (Brussels
 * time, as the form says) and stored as an instant.
 */
final class InstantConverter implements Converter<LocalDateTime, Instant> {

	@Override
	public Result<Instant> convertToModel(LocalDateTime value, ValueContext context) {
		return Result.ok(value == null ? null : value.atZone(Formats.DISPLAY_ZONE).toInstant());
	}

	@Override
	public LocalDateTime convertToPresentation(Instant value, ValueContext context) {
		return value == null ? null : LocalDateTime.ofInstant(value, Formats.DISPLAY_ZONE);
	}

}
