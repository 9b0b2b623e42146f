package org.airegistry.shell.components;

import java.util.Map;
import java.util.function.Function;

import org.airegistry.publication.ui.DraftEditing;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Shows problems reported by services next to the fields they belong to. */
public final class Problems {

	private Problems() {
	}

	/**
	 * Marks each field named in the exception invalid with its translated message;
	 * problems for fields not on the form are shown as a notification.
	 */
	public static void show(InvalidInputException problems, Map<String, ? extends HasValidation> fields,
			Function<FieldError, String> translate) {
		for (FieldError error : problems.errors()) {
			HasValidation field = fields.get(error.field());
			if (field != null) {
				field.setErrorMessage(translate.apply(error));
				field.setInvalid(true);
			}
			else {
				error(translate.apply(error));
			}
		}
	}

	/** Notifications for the kernel's draft editing. */
	public static final DraftEditing.Notices NOTICES = new DraftEditing.Notices() {

		@Override
		public void error(String message) {
			Problems.error(message);
		}

		@Override
		public void success(String message) {
			Problems.success(message);
		}

	};

	public static void error(String message) {
		Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		notification.setAssertive(true);
	}

	public static void success(String message) {
		Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	/** Translates a field error with the component's translation provider. */
	public static String translate(Component component, FieldError error) {
		return component.getTranslation(error.messageKey(), error.arguments());
	}

}
