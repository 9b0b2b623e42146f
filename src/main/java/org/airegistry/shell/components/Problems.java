package org.airegistry.shell.components;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.airegistry.publication.ui.DraftEditing;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
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

	/**
	 * Marks each field named in the exception invalid with its translated message and
	 * lists every problem in the form's summary at the top, which takes the focus (issue
	 * 21: one pattern for every long form).
	 */
	public static void show(InvalidInputException problems, Map<String, ? extends HasValidation> fields,
			Function<FieldError, String> translate, ErrorSummary summary) {
		List<DraftEditing.Problem> listed = new ArrayList<>();
		for (FieldError error : problems.errors()) {
			String message = translate.apply(error);
			HasValidation field = fields.get(error.field());
			if (field != null) {
				field.setErrorMessage(message);
				field.setInvalid(true);
			}
			listed.add(new DraftEditing.Problem(message, field instanceof Component component ? component : null));
		}
		summary.show(listed);
	}

	/**
	 * Runs an action that has inputs of its own outside a draft (a state change such as
	 * suspending a test or recording a measure): clears the inputs' problems, runs it and
	 * then calls {@code done}; the service's problems go next to the named inputs, a
	 * refusal or a concurrent edit is told as a notice.
	 * @param concurrentEditKey translation key telling that somebody changed the record
	 */
	public static void attempt(Component view, Runnable action, Map<String, ? extends HasValidation> fields,
			String concurrentEditKey, Runnable done) {
		fields.values().forEach(field -> field.setInvalid(false));
		try {
			action.run();
		}
		catch (InvalidInputException ex) {
			show(ex, fields, error -> translate(view, error));
			return;
		}
		catch (ActionRefusedException ex) {
			error(view.getTranslation(ex.messageKey()));
			return;
		}
		catch (ConcurrentEditException ex) {
			error(view.getTranslation(concurrentEditKey));
			return;
		}
		done.run();
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

	/**
	 * A problem that belongs to no field; announced at once by screen readers
	 * (assertive).
	 */
	public static void error(String message) {
		Notification notification = replace(message, 8000);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		notification.setAssertive(true);
		notification.open();
	}

	/**
	 * What has just happened, said as a result ("Explanation sent to the requester; the
	 * request is now Answered"), announced politely by screen readers.
	 */
	public static void success(String message) {
		Notification notification = replace(message, 5000);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		notification.open();
	}

	/**
	 * One notification at a time (issue 21): a new one closes the one still showing, so
	 * messages never stack. All of them sit at the bottom start, away from the form's
	 * fields and its summary; the notification's live region announces the text.
	 */
	private static Notification replace(String message, int duration) {
		Notification notification = new Notification(message, duration, Notification.Position.BOTTOM_START);
		UI ui = UI.getCurrent();
		if (ui != null) {
			Notification previous = ComponentUtil.getData(ui, Notification.class);
			if (previous != null && previous.isOpened()) {
				previous.close();
			}
			ComponentUtil.setData(ui, Notification.class, notification);
		}
		return notification;
	}

	/** Translates a field error with the component's translation provider. */
	public static String translate(Component component, FieldError error) {
		return component.getTranslation(error.messageKey(), error.arguments());
	}

}
