package org.airegistry.publication.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Save, publish and concurrent edits of a draft, once for the editors of every kind: the
 * editor's {@link RecordForm} makes the content (one {@code Binder} per record), the
 * kind's service decides, and what it reports is shown where it belongs. A problem with a
 * field is shown next to the input the form binds under that name (or an input the form
 * names itself, e.g. an upload); any other problem, a refusal or a concurrent edit as a
 * notification. Nothing the author typed is lost.
 * <p>
 * What the author changed comes from the form's binders ({@link RecordForm#hasChanges()},
 * {@link RecordForm#addChangeListener}): publishing is offered only while it would change
 * something, and leaving the editor with unsaved changes asks first
 * ({@link #beforeLeave}). Inputs outside the form are counted only when the editor names
 * them ({@link #contentAlsoFrom}, {@link #savedAlongside}); nothing else on the page (a
 * change summary, another record's inputs) is.
 *
 * @param <D> the kind's content
 * @param <T> the kind's draft as its service returns it
 */
public final class DraftEditing<D extends Record, T> {

	/** What the kind's service does with a draft. */
	public interface Drafts<D, T> {

		/**
		 * Starts a new draft with the content. Kinds whose drafts start elsewhere (a
		 * deployer registration from the system it registers the use of, an incident
		 * report from the system it is about, a test plan from the list giving its UID)
		 * keep this refusal: their editors always open an existing draft.
		 */
		default T create(D data) {
			throw new UnsupportedOperationException("drafts of this kind are started outside the editor");
		}

		/** Saves the content into the draft as it was opened (its lock version). */
		T save(T opened, D data);

		/** Publishes the saved draft; returns the new version's number. */
		int publish(T saved, String changeSummary);

		/** The draft as it is now. */
		T reopen(T draft);

		/**
		 * Whether the saved draft holds no change against its public version (published,
		 * and not changed since): publishing it would change nothing, and the kernel
		 * refuses it. Kinds that do not say keep publishing offered.
		 */
		default boolean unchanged(T draft) {
			return false;
		}

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

	/**
	 * A problem as the summary at the top of the form lists it.
	 *
	 * @param message the translated message
	 * @param input the input it belongs to (the summary links to it), {@code null} for a
	 * problem of the whole draft
	 */
	public record Problem(String message, @Nullable Component input) {

		/** The problem an input shows next to itself. */
		public static Problem of(HasValidation input) {
			return new Problem(input.getErrorMessage() == null ? "" : input.getErrorMessage(),
					input instanceof Component component ? component : null);
		}

	}

	/**
	 * The summary at the top of the form (issue 21): lists every problem, links to its
	 * input and takes the focus, so that nobody has to search a long form for the one
	 * message next to a field.
	 */
	public interface ProblemSummary {

		void show(List<Problem> problems);

		void clear();

	}

	/** A draft that was just published, and its new version. */
	public record Published<T>(T draft, int version) {
	}

	private final Component editor;

	private final Drafts<D, T> drafts;

	private final RecordForm<D> form;

	private final Map<String, HasValidation> otherInputs = new LinkedHashMap<>();

	private final HasValue<?, String> changeSummary;

	private final Notices notices;

	private final Messages messages;

	private @Nullable ProblemSummary summary;

	private @Nullable Button publishButton;

	private final Paragraph publishReason = new Paragraph();

	/**
	 * Inputs outside the form that change the content it sends, with the value each held
	 * when the draft was shown.
	 */
	private final Map<HasValue<?, ?>, @Nullable Object> contentInputs = new IdentityHashMap<>();

	/**
	 * Inputs saved with the draft outside its content, with the value each held when the
	 * draft was shown.
	 */
	private final Map<HasValue<?, ?>, @Nullable Object> savedInputs = new IdentityHashMap<>();

	private boolean unchanged;

	/** The author chose to leave without saving: the navigation goes on unasked. */
	private boolean leaving;

	/**
	 * What the browser was last told: whether closing the tab or reloading should ask.
	 */
	private boolean tabGuarded;

	/**
	 * @param editor the editor (for translations)
	 * @param form the editor's form: problems are shown on the input it binds under the
	 * problem's field name
	 * @param changeSummary the input of the change summary (its problems go next to it)
	 */
	public DraftEditing(Component editor, Drafts<D, T> drafts, RecordForm<D> form, HasValue<?, String> changeSummary,
			Notices notices, Messages messages) {
		this.editor = editor;
		this.drafts = drafts;
		this.form = form;
		this.changeSummary = changeSummary;
		if (changeSummary instanceof HasValidation input) {
			this.otherInputs.put("changeSummary", input);
		}
		this.notices = notices;
		this.messages = messages;
		form.addChangeListener(this::offerPublishing);
		editor.addAttachListener(attach -> attach.getUI().getPage().executeJs(TYPING_GUARD, editor.getElement()));
		editor.addDetachListener(detach -> {
			if (tabGuarded) {
				tabGuarded = false;
				detach.getUI().getPage().executeJs(TAB_GUARD, false);
			}
		});
	}

	/**
	 * Closing the tab, reloading or following a link out of the application asks the
	 * browser's own question while there are unsaved changes ({@code beforeunload}; the
	 * browser words it, pages cannot): {@code $0} says whether the server holds unsaved
	 * changes. Telling it that nothing is unsaved (after a save, on leaving) also forgets
	 * typing the browser has not sent yet.
	 */
	static final String TAB_GUARD = "window.airegistryUnsaved = $0; if (!$0) { window.airegistryTyping = false; }";

	/**
	 * Text typed into the input that still has the focus reaches the server only when the
	 * input is left (its {@code change} event), so the server cannot know it yet. The
	 * browser counts it: an {@code input} event inside the editor is unsent typing until
	 * the {@code change} event sends it. The one {@code beforeunload} listener of the
	 * window asks while the server holds unsaved changes or the browser holds unsent
	 * typing. {@code $0} is the editor.
	 */
	static final String TYPING_GUARD = """
			const editor = $0;
			editor.addEventListener('input', () => { window.airegistryTyping = true; }, true);
			editor.addEventListener('change', () => { window.airegistryTyping = false; }, true);
			window.airegistryTyping = false;
			if (!window.airegistryAsksBeforeUnload) {
			  window.airegistryAsksBeforeUnload = true;
			  window.addEventListener('beforeunload', (e) => {
			    if (window.airegistryUnsaved || window.airegistryTyping) { e.preventDefault(); e.returnValue = ''; }
			  });
			}""";

	private void guardTab() {
		boolean guard = !leaving && hasUnsavedChanges();
		UI ui = editor.getUI().orElseGet(UI::getCurrent);
		if (guard != tabGuarded && ui != null) {
			tabGuarded = guard;
			ui.getPage().executeJs(TAB_GUARD, guard);
		}
	}

	/**
	 * Counts changes of inputs outside the form that change the content it sends (e.g.
	 * "the system has a certificate", whose clearing drops the nested record): they make
	 * the draft publishable and unsaved, as the form's own inputs do.
	 */
	public DraftEditing<D, T> contentAlsoFrom(HasValue<?, ?>... inputs) {
		for (HasValue<?, ?> input : inputs) {
			contentInputs.put(input, input.getValue());
			input.addValueChangeListener(change -> offerPublishing());
		}
		return this;
	}

	/**
	 * Counts changes of inputs saved with the draft but not part of its content (e.g. a
	 * GPAI model's Annex XI documentation, never published) as unsaved changes: leaving
	 * asks about them, but they do not make the draft publishable.
	 */
	public DraftEditing<D, T> savedAlongside(HasValue<?, ?>... inputs) {
		for (HasValue<?, ?> input : inputs) {
			savedInputs.put(input, input.getValue());
			input.addValueChangeListener(change -> guardTab());
		}
		return this;
	}

	/**
	 * Lists the problems in a summary at the top of the form as well as next to their
	 * inputs, instead of a notification telling the author to look for them.
	 */
	public DraftEditing<D, T> summarisedIn(ProblemSummary summary) {
		this.summary = summary;
		return this;
	}

	/**
	 * Offers publishing only while it would change something: the button is disabled,
	 * with the reason next to it, while the draft shown holds no change against its
	 * public version and the form's binders hold no change since it was shown (the change
	 * summary alone changes nothing). May be called again with a new button when the
	 * editor rebuilds its actions.
	 * @return the reason, for the editor to place next to its actions
	 */
	public Component publishingWith(Button publish) {
		return publishingWith(publish, "publish.refused.nothingChanged");
	}

	/**
	 * {@link #publishingWith(Button)} for kinds whose versions go to the authorities
	 * rather than to the public, with the reason in their words.
	 * @param reasonKey translation key of why there is nothing to send
	 */
	public Component publishingWith(Button publish, String reasonKey) {
		this.publishButton = publish;
		publishReason.setText(editor.getTranslation(reasonKey));
		publishReason.addClassName("publish-reason");
		publishReason.setId("publish-reason");
		publishReason.setVisible(false);
		publish.getElement().setAttribute("aria-describedby", "publish-reason");
		offerPublishing();
		return publishReason;
	}

	/**
	 * The editor has just read the draft into its form (which then holds no change):
	 * publishing is offered unless the draft holds no change against its public version,
	 * until the author changes an input of the form.
	 * @param draft the draft shown, {@code null} for a new one
	 */
	public void shown(@Nullable T draft) {
		contentInputs.replaceAll((input, value) -> input.getValue());
		savedInputs.replaceAll((input, value) -> input.getValue());
		unchanged = draft != null && drafts.unchanged(draft);
		leaving = false;
		offerPublishing();
	}

	/**
	 * Whether the author changed the content since the draft was shown: an input of the
	 * form (its binders say so; an input changed back is no change) or one named by
	 * {@link #contentAlsoFrom}.
	 */
	public boolean contentChanged() {
		return form.hasChanges() || changed(contentInputs);
	}

	/**
	 * Whether leaving now would lose something the author typed: a change of the content,
	 * or of an input named by {@link #savedAlongside}. The change summary is not saved
	 * with the draft and does not count.
	 */
	public boolean hasUnsavedChanges() {
		return contentChanged() || changed(savedInputs);
	}

	private static boolean changed(Map<HasValue<?, ?>, @Nullable Object> inputs) {
		return inputs.entrySet()
			.stream()
			.anyMatch(shown -> !Objects.equals(shown.getKey().getValue(), shown.getValue()));
	}

	private void offerPublishing() {
		guardTab();
		if (publishButton != null) {
			boolean nothingToPublish = unchanged && !contentChanged();
			publishButton.setEnabled(!nothingToPublish);
			publishReason.setVisible(nothingToPublish);
		}
	}

	/**
	 * Asks before the author leaves the editor with unsaved changes: the navigation waits
	 * for the answer, "Stay" keeps the editor as it is, "Leave without saving" goes on.
	 * Editors call it from their {@code BeforeLeaveObserver}.
	 */
	public void beforeLeave(BeforeLeaveEvent event) {
		if (leaving || !hasUnsavedChanges()) {
			return;
		}
		BeforeLeaveEvent.ContinueNavigationAction navigation = event.postpone();
		ask("leave-confirmation", "publication.leave.title", "publication.leave.text", "publication.leave.stay",
				"publication.leave.leave", navigation::cancel, () -> {
					leaving = true;
					guardTab();
					navigation.proceed();
				});
	}

	/**
	 * Runs an action after which the form is gone and what it holds can no longer be
	 * saved (e.g. ending a test plan: an ended plan is not changed any more). With
	 * unsaved changes it asks first, as leaving does: "Keep editing" runs nothing and
	 * keeps the editor as it is (the author may save or publish first), "Discard and
	 * continue" runs the action. Without unsaved changes the action runs at once.
	 * @param reasonKey translation key of why the changes would be lost, in the kind's
	 * words
	 */
	public void discardingUnsaved(String reasonKey, Runnable action) {
		if (!hasUnsavedChanges()) {
			action.run();
			return;
		}
		ask("discard-confirmation", "publication.discard.title", reasonKey, "publication.discard.keep",
				"publication.discard.continue", () -> {
				}, action);
	}

	/**
	 * The editors' one question before unsaved changes are lost: staying is the default,
	 * going on is marked as the destructive choice.
	 */
	private void ask(String className, String titleKey, String textKey, String stayKey, String goKey, Runnable stay,
			Runnable go) {
		ConfirmDialog ask = new ConfirmDialog();
		ask.addClassName(className);
		ask.setHeader(editor.getTranslation(titleKey));
		ask.setText(editor.getTranslation(textKey));
		ask.setCancelable(true);
		ask.setCancelText(editor.getTranslation(stayKey));
		ask.setConfirmText(editor.getTranslation(goKey));
		ask.setConfirmButtonTheme("error primary");
		ask.addCancelListener(cancel -> stay.run());
		ask.addConfirmListener(confirm -> go.run());
		ask.open();
	}

	/** The input showing problems with the field of this name, if the editor has one. */
	public Optional<HasValidation> input(String field) {
		Optional<HasValidation> bound = form.input(field);
		return bound.isPresent() ? bound : Optional.ofNullable(otherInputs.get(field));
	}

	/** Every input that can show a problem. */
	public List<HasValidation> inputs() {
		List<HasValidation> inputs = new ArrayList<>(form.inputs());
		otherInputs.values().stream().filter(input -> !inputs.contains(input)).forEach(inputs::add);
		return inputs;
	}

	/** Clears every problem shown. */
	public void clearProblems() {
		inputs().forEach(input -> input.setInvalid(false));
		if (summary != null) {
			summary.clear();
		}
	}

	/**
	 * Shows each problem next to its input, the others as notifications, and tells the
	 * author to fix them.
	 */
	public void showProblems(InvalidInputException problems) {
		List<Problem> listed = new ArrayList<>();
		for (FieldError error : problems.errors()) {
			String message = editor.getTranslation(error.messageKey(), error.arguments());
			Optional<HasValidation> input = input(error.field());
			if (input.isPresent()) {
				input.get().setErrorMessage(message);
				input.get().setInvalid(true);
				listed.add(new Problem(message, input.get() instanceof Component component ? component : null));
			}
			else {
				listed.add(new Problem(message, null));
				if (summary == null) {
					notices.error(message);
				}
			}
		}
		summarise(listed);
	}

	/** Tells the author why the service refused the action. */
	public void showRefusal(ActionRefusedException refusal) {
		notices.error(editor.getTranslation(refusal.messageKey()));
	}

	/**
	 * The summary of the problems, or the notification telling the author to fix them.
	 */
	private void summarise(List<Problem> problems) {
		if (summary != null) {
			summary.show(problems);
		}
		else {
			notices.error(editor.getTranslation(messages.fixErrors(), problems.size()));
		}
	}

	/**
	 * Creates or saves the draft with the form's content.
	 * @param opened the draft as it was opened, {@code null} for a new one
	 * @return the saved draft, or empty when something was wrong (shown)
	 */
	public Optional<T> save(@Nullable T opened) {
		clearProblems();
		Optional<D> content = form.write();
		if (content.isEmpty()) {
			// the binder's own validators (e.g. Art 6(3) profiling) marked the inputs
			summarise(inputs().stream().filter(HasValidation::isInvalid).map(Problem::of).toList());
			return Optional.empty();
		}
		D data = content.get();
		try {
			T saved = opened == null ? drafts.create(data) : drafts.save(opened, data);
			// what the form holds is saved: read back, it holds no change (the editor may
			// show the saved draft again, or go elsewhere)
			form.read(data);
			shown(saved);
			return Optional.of(saved);
		}
		catch (InvalidInputException ex) {
			showProblems(ex);
		}
		catch (ConcurrentEditException ex) {
			notices.error(editor.getTranslation(messages.concurrentEdit()));
		}
		catch (ActionRefusedException ex) {
			// e.g. the record left the state in which its draft may change
			showRefusal(ex);
		}
		return Optional.empty();
	}

	/**
	 * Saves the draft and shows it again, keeping the change summary the author typed: it
	 * belongs to the next publication, and saving in between must not lose it (issue 21).
	 * @param redisplay shows the saved draft in the editor again
	 * @return the saved draft, or empty when something was wrong (shown)
	 */
	public Optional<T> save(@Nullable T opened, Consumer<T> redisplay) {
		String summary = changeSummary.getValue();
		Optional<T> saved = save(opened);
		saved.ifPresent(draft -> {
			redisplay.accept(draft);
			changeSummary.setValue(summary);
		});
		return saved;
	}

	/**
	 * Asks the author to confirm a publication: publishing is irreversible, so the editor
	 * shows what the new version changes and publishes only when confirmed.
	 */
	public interface Confirmation<T> {

		/**
		 * Asks about the saved draft; calls {@code publish} only when the author confirms
		 * (never when the draft cannot be published: the editor shows why).
		 */
		void ask(T saved, Runnable publish);

		/**
		 * Publishes without asking, for kinds whose publication goes to authorities
		 * rather than to the public register (an incident report, a test plan's
		 * registration) and whose editors say so on the button.
		 */
		static <T> Confirmation<T> none() {
			return (saved, publish) -> publish.run();
		}

	}

	/**
	 * Saves the draft, asks for confirmation and only then publishes it with the change
	 * summary the author wrote (issue 21: publishing is irreversible).
	 * @param redisplay shows a draft in the editor again (the change summary typed is
	 * kept)
	 * @param published called with the published draft after a confirmed, successful
	 * publication
	 */
	public void publish(@Nullable T opened, Consumer<T> redisplay, Confirmation<T> confirmation,
			Consumer<Published<T>> published) {
		String summary = changeSummary.getValue();
		save(opened, redisplay).ifPresent(
				saved -> confirmation.ask(saved, () -> publishSaved(saved, summary, redisplay).ifPresent(published)));
	}

	private Optional<Published<T>> publishSaved(T saved, String summary, Consumer<T> redisplay) {
		try {
			int version = drafts.publish(saved, summary);
			return Optional.of(new Published<>(drafts.reopen(saved), version));
		}
		catch (InvalidInputException ex) {
			redisplay.accept(saved);
			changeSummary.setValue(summary);
			showProblems(ex);
		}
		catch (ActionRefusedException ex) {
			notices.error(editor.getTranslation(ex.messageKey()));
			redisplay.accept(saved);
			changeSummary.setValue(summary);
		}
		catch (ConcurrentEditException ex) {
			notices.error(editor.getTranslation(messages.concurrentEdit()));
		}
		return Optional.empty();
	}

}
