package org.airegistry.publication.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;

/**
 * Save, publish and concurrent edits of a draft, once for the editors of every kind: the
 * kind's service decides, and what it reports is shown where it belongs. A problem with a
 * field is shown next to the field the editor's {@link Binder} binds under that name (or
 * an input the editor names itself, e.g. an upload); any other problem, a refusal or a
 * concurrent edit as a notification. Nothing the author typed is lost.
 *
 * @param <D> the kind's content
 * @param <T> the kind's draft as its service returns it
 */
public final class DraftEditing<D, T> {

	/** What the kind's service does with a draft. */
	public interface Drafts<D, T> {

		/** Starts a new draft with the content. */
		T create(D data);

		/** Saves the content into the draft as it was opened (its lock version). */
		T save(T opened, D data);

		/** Publishes the saved draft; returns the new version's number. */
		int publish(T saved, String changeSummary);

		/** The draft as it is now. */
		T reopen(T draft);

	}

	/** How the editor tells the author. */
	public interface Notices {

		void error(String message);

		void success(String message);

	}

	/**
	 * Translation keys of the editor's messages.
	 *
	 * @param concurrentEdit somebody saved the draft since it was opened
	 * @param fixErrors problems to fix next to the fields
	 */
	public record Messages(String concurrentEdit, String fixErrors) {
	}

	/** A draft that was just published, and its new version. */
	public record Published<T>(T draft, int version) {
	}

	private final Component editor;

	private final Drafts<D, T> drafts;

	private final Binder<?> binder;

	private final Map<String, HasValidation> otherInputs;

	private final HasValue<?, String> changeSummary;

	private final Notices notices;

	private final Messages messages;

	/**
	 * @param editor the editor (for translations)
	 * @param binder the editor's binder: problems are shown on the input it binds under
	 * the problem's field name
	 * @param otherInputs inputs of fields the binder does not bind by that name
	 * @param changeSummary the input of the change summary (its problems go next to it)
	 */
	public DraftEditing(Component editor, Drafts<D, T> drafts, Binder<?> binder,
			Map<String, ? extends HasValidation> otherInputs, HasValue<?, String> changeSummary, Notices notices,
			Messages messages) {
		this.editor = editor;
		this.drafts = drafts;
		this.binder = binder;
		this.otherInputs = new LinkedHashMap<>(otherInputs);
		this.changeSummary = changeSummary;
		if (changeSummary instanceof HasValidation input) {
			this.otherInputs.putIfAbsent("changeSummary", input);
		}
		this.notices = notices;
		this.messages = messages;
	}

	/** The input showing problems with the field of this name, if the editor has one. */
	public Optional<HasValidation> input(String field) {
		Optional<HasValidation> bound = binder.getBinding(field)
			.map(Binder.Binding::getField)
			.filter(HasValidation.class::isInstance)
			.map(HasValidation.class::cast);
		return bound.isPresent() ? bound : Optional.ofNullable(otherInputs.get(field));
	}

	/** Every input that can show a problem. */
	public List<HasValidation> inputs() {
		List<HasValidation> inputs = new ArrayList<>();
		binder.getFields().filter(HasValidation.class::isInstance).map(HasValidation.class::cast).forEach(inputs::add);
		otherInputs.values().stream().filter(input -> !inputs.contains(input)).forEach(inputs::add);
		return inputs;
	}

	/** Clears every problem shown. */
	public void clearProblems() {
		inputs().forEach(input -> input.setInvalid(false));
	}

	/**
	 * Shows each problem next to its input, the others as notifications, and tells the
	 * author to fix them.
	 */
	public void showProblems(InvalidInputException problems) {
		for (FieldError error : problems.errors()) {
			String message = editor.getTranslation(error.messageKey(), error.arguments());
			Optional<HasValidation> input = input(error.field());
			if (input.isPresent()) {
				input.get().setErrorMessage(message);
				input.get().setInvalid(true);
			}
			else {
				notices.error(message);
			}
		}
		notices.error(editor.getTranslation(messages.fixErrors(), problems.errors().size()));
	}

	/**
	 * Creates or saves the draft.
	 * @param opened the draft as it was opened, {@code null} for a new one
	 * @return the saved draft, or empty when something was wrong (shown)
	 */
	public Optional<T> save(@Nullable T opened, D data) {
		clearProblems();
		try {
			return Optional.of(opened == null ? drafts.create(data) : drafts.save(opened, data));
		}
		catch (InvalidInputException ex) {
			showProblems(ex);
		}
		catch (ConcurrentEditException ex) {
			notices.error(editor.getTranslation(messages.concurrentEdit()));
		}
		return Optional.empty();
	}

	/**
	 * Saves the draft, then publishes it with the change summary the author wrote.
	 * @param redisplay shows a draft in the editor again (the change summary typed is
	 * kept)
	 * @return the published draft, or empty when something was wrong (shown)
	 */
	public Optional<Published<T>> publish(@Nullable T opened, D data, Consumer<T> redisplay) {
		String summary = changeSummary.getValue();
		Optional<T> saved = save(opened, data);
		if (saved.isEmpty()) {
			return Optional.empty();
		}
		try {
			int version = drafts.publish(saved.get(), summary);
			return Optional.of(new Published<>(drafts.reopen(saved.get()), version));
		}
		catch (InvalidInputException ex) {
			redisplay.accept(saved.get());
			changeSummary.setValue(summary);
			showProblems(ex);
		}
		catch (ActionRefusedException ex) {
			notices.error(editor.getTranslation(ex.messageKey()));
			redisplay.accept(saved.get());
			changeSummary.setValue(summary);
		}
		catch (ConcurrentEditException ex) {
			notices.error(editor.getTranslation(messages.concurrentEdit()));
		}
		return Optional.empty();
	}

}
