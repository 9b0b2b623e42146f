package org.airegistry.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.airegistry.publication.ShownField;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The one draft editor every kind's editor view is made of: inputs made from field names
 * (labels and help from the kind's bundle, lengths checked next to the input), labels
 * from the field specification, a content of two records saved as one, and the save /
 * publish handling of problems, refusals and concurrent edits.
 */
class DraftEditorTest {

	public record Plan(String name, String summary) {
	}

	public record Conditions(String safeguards, boolean consent) {
	}

	/** A content of two records, saved together (as a test plan and its conduct). */
	public record Content(Plan plan, Conditions conditions) {
	}

	/** Translations as "key" or "key[arguments]", so the tests see what was asked. */
	static final class View extends Div {

		@Override
		public String getTranslation(String key, Object... params) {
			return params.length == 0 ? key : key + List.of(params);
		}

	}

	/** A kind's editor: its inputs made from the field names, in two sub-forms. */
	static final class Editor {

		final View view = new View();

		final RecordForm<Content> form = new RecordForm<>(Content.class);

		final TextField name;

		final TextArea summary;

		final TextArea safeguards;

		final Checkbox consent;

		final TextField changeSummary = new TextField();

		final List<String> errors = new ArrayList<>();

		final List<String> successes = new ArrayList<>();

		final List<Content> saved = new ArrayList<>();

		@Nullable RuntimeException refuseSave;

		@Nullable RuntimeException refusePublish;

		/** Whether the draft shown is published and unchanged since. */
		boolean published;

		final DraftEditing<Content, Content> editing;

		Editor() {
			this(false);
		}

		/**
		 * @param inputsLater whether the kind makes its sub-forms and inputs only after
		 * the draft editing (as an editor whose form is built per record)
		 */
		Editor(boolean inputsLater) {
			DraftEditing<Content, Content> before = inputsLater ? editing() : null;
			FieldInputs<Plan> plan = new FieldInputs<>(view, form.nest("plan", Plan.class), "kind.field.");
			FieldInputs<Conditions> conditions = new FieldInputs<>(view, form.nest("conditions", Conditions.class),
					"kind.field.");
			name = plan.text("name", 10);
			summary = plan.area("summary", 100);
			safeguards = conditions.area("safeguards", 100);
			consent = conditions.checkbox("consent");
			editing = before != null ? before : editing();
		}

		private DraftEditing<Content, Content> editing() {
			return new DraftEditing<>(view, new DraftEditing.Drafts<>() {

				@Override
				public Content create(Content data) {
					return save(data, data);
				}

				@Override
				public Content save(Content opened, Content data) {
					if (refuseSave != null) {
						throw refuseSave;
					}
					saved.add(data);
					return data;
				}

				@Override
				public int publish(Content draft, String summary) {
					if (refusePublish != null) {
						throw refusePublish;
					}
					return saved.size();
				}

				@Override
				public Content reopen(Content draft) {
					return draft;
				}

				@Override
				public boolean unchanged(Content draft) {
					return published;
				}

			}, form, changeSummary, new DraftEditing.Notices() {

				@Override
				public void error(String message) {
					errors.add(message);
				}

				@Override
				public void success(String message) {
					successes.add(message);
				}

			}, new DraftEditing.Messages("kind.concurrentEdit", "kind.fixErrors"));
		}

	}

	static Content content(String name) {
		return new Content(new Plan(name, "A plan"), new Conditions("Reviewed daily", true));
	}

	@Test
	@DisplayName("An input made from a field name is labelled and helped from the kind's bundle and bound by that name")
	void inputsFromFieldNames() {
		Editor editor = new Editor();
		assertThat(editor.name.getLabel()).isEqualTo("kind.field.name");
		assertThat(editor.name.getHelperText()).isEqualTo("kind.field.name.help");
		assertThat(editor.name.getMaxLength()).isEqualTo(10);
		assertThat(editor.consent.getLabel()).isEqualTo("kind.field.consent");
		editor.form.read(content("Sorter"));
		assertThat(editor.name.getValue()).isEqualTo("Sorter");
		assertThat(editor.safeguards.getValue()).isEqualTo("Reviewed daily");
		assertThat(editor.form.write()).contains(content("Sorter"));
	}

	@Test
	@DisplayName("Too long a text is refused next to its input before anything is sent")
	void tooLongRefusedAtTheInput() {
		Editor editor = new Editor();
		editor.form.read(content("Sorter"));
		editor.name.setValue("A name longer than ten");
		assertThat(editor.editing.save(content("Sorter"))).isEmpty();
		assertThat(editor.saved).as("nothing was sent").isEmpty();
		assertThat(editor.name.isInvalid()).isTrue();
		// the binder runs the input's own maximum-length check first, with our message
		assertThat(editor.name.getErrorMessage()).isEqualTo("validation.maxLength[10]");
		assertThat(editor.errors).containsExactly("kind.fixErrors[1]");
	}

	@Test
	@DisplayName("A service problem with a field of either record is shown on its input through the binders")
	void serverProblemsMappedThroughTheBinder() {
		Editor editor = new Editor();
		editor.form.read(content("Sorter"));
		editor.refuseSave = new InvalidInputException(
				List.of(new FieldError("name", "name.taken"), new FieldError("conditions.safeguards", "too.vague")));
		assertThat(editor.editing.save(content("Sorter"))).isEmpty();
		assertThat(editor.name.isInvalid()).isTrue();
		assertThat(editor.name.getErrorMessage()).isEqualTo("name.taken");
		assertThat(editor.safeguards.isInvalid()).isTrue();
		assertThat(editor.safeguards.getErrorMessage()).isEqualTo("too.vague");
		assertThat(editor.summary.isInvalid()).isFalse();
		assertThat(editor.errors).containsExactly("kind.fixErrors[2]");
	}

	@Test
	@DisplayName("A refusal to save is told, and nothing typed is lost")
	void refusalOnSave() {
		Editor editor = new Editor();
		editor.form.read(content("Sorter"));
		editor.name.setValue("Triage");
		editor.refuseSave = new ActionRefusedException("kind.closed");
		assertThat(editor.editing.save(content("Sorter"))).isEmpty();
		assertThat(editor.errors).containsExactly("kind.closed");
		assertThat(editor.name.getValue()).isEqualTo("Triage");
	}

	@Test
	@DisplayName("Publishing without a dialog: saved, published at once, the new version reported")
	void publishWithoutConfirmation() {
		Editor editor = new Editor();
		editor.form.read(content("Sorter"));
		editor.changeSummary.setValue("First");
		List<DraftEditing.Published<Content>> published = new ArrayList<>();
		List<Content> shown = new ArrayList<>();
		editor.editing.publish(content("Sorter"), shown::add, DraftEditing.Confirmation.none(), published::add);
		assertThat(editor.saved).containsExactly(content("Sorter"));
		assertThat(shown).as("the saved draft is shown again before publishing").containsExactly(content("Sorter"));
		assertThat(published).singleElement().satisfies(result -> {
			assertThat(result.version()).isEqualTo(1);
			assertThat(result.draft()).isEqualTo(content("Sorter"));
		});
	}

	@Test
	@DisplayName("A concurrent edit while publishing is told as such; nothing is published, the summary is kept")
	void lockConflictOnPublish() {
		Editor editor = new Editor();
		editor.form.read(content("Sorter"));
		editor.changeSummary.setValue("Corrected the name");
		editor.refusePublish = new ConcurrentEditException("plan");
		List<DraftEditing.Published<Content>> published = new ArrayList<>();
		editor.editing.publish(content("Sorter"), shown -> {
		}, DraftEditing.Confirmation.none(), published::add);
		assertThat(published).isEmpty();
		assertThat(editor.errors).containsExactly("kind.concurrentEdit");
		assertThat(editor.changeSummary.getValue()).isEqualTo("Corrected the name");
	}

	@Test
	@DisplayName("Inputs are labelled from the field specification as the public page shows them, item of the Act included")
	void labelsFromTheFieldSpecification() {
		Editor editor = new Editor();
		editor.form.label(editor.view,
				List.of(new ShownField("name", "kind.label.name", "kind.annex.C1", "", ShownField.Kind.TEXT),
						new ShownField("summary", "kind.label.summary", null, "", ShownField.Kind.MULTILINE),
						new ShownField("notAnInput", "kind.label.other", "kind.annex.C9", "", ShownField.Kind.TEXT)));
		assertThat(editor.name.getLabel()).isEqualTo("kind.label.name (kind.annex.C1)");
		assertThat(editor.summary.getLabel()).isEqualTo("kind.label.summary");
		assertThat(editor.safeguards.getLabel()).as("not described: its own label").isEqualTo("kind.field.safeguards");
	}

	/**
	 * Shows a published, unchanged draft in the editor, with its publish button.
	 * @param before done after reading the draft and before showing it (e.g. an input
	 * outside the form filled)
	 */
	static Button shownPublished(Editor editor, Runnable before) {
		Button publish = new Button();
		editor.view.add(editor.editing.publishingWith(publish));
		editor.published = true;
		editor.form.read(content("Sorter"));
		before.run();
		editor.editing.shown(content("Sorter"));
		return publish;
	}

	@Test
	@DisplayName("Issue 13: publishing a published, unchanged draft is offered only once an input of either record "
			+ "changes (the binders say so); changed back, it is not; the change summary alone changes nothing")
	void publishingFollowsTheBinders() {
		Editor editor = new Editor();
		Button publish = shownPublished(editor, () -> {
		});
		assertThat(publish.isEnabled()).isFalse();
		assertThat(editor.editing.hasUnsavedChanges()).isFalse();

		editor.changeSummary.setValue("Nothing really");
		assertThat(publish.isEnabled()).isFalse();
		assertThat(editor.editing.hasUnsavedChanges()).as("the change summary is not saved with the draft").isFalse();

		editor.safeguards.setValue("Reviewed hourly");
		assertThat(publish.isEnabled()).isTrue();
		assertThat(editor.editing.hasUnsavedChanges()).isTrue();
		editor.safeguards.setValue("Reviewed daily");
		assertThat(publish.isEnabled()).as("changed back: nothing to publish").isFalse();
		assertThat(editor.editing.hasUnsavedChanges()).isFalse();

		editor.consent.setValue(false);
		assertThat(publish.isEnabled()).isTrue();
		// saving shows the saved draft again: the form holds no change any more
		editor.published = false;
		editor.form.read(new Content(new Plan("Sorter", "A plan"), new Conditions("Reviewed daily", false)));
		editor.editing.shown(content("Sorter"));
		assertThat(editor.editing.hasUnsavedChanges()).isFalse();
		assertThat(publish.isEnabled()).as("the saved draft differs from the public version").isTrue();
	}

	@Test
	@DisplayName("Issue 13: inputs a kind binds after its draft editing was made count as well (a walk of the "
			+ "editor's components when the draft was first shown missed them)")
	void inputsBoundLaterCount() {
		Editor editor = new Editor(true);
		Button publish = shownPublished(editor, () -> {
		});
		assertThat(publish.isEnabled()).isFalse();

		editor.name.setValue("Triage");
		assertThat(publish.isEnabled()).isTrue();
		assertThat(editor.editing.hasUnsavedChanges()).isTrue();
	}

	@Test
	@DisplayName("Issue 13: an input on the editor's page that the form does not bind (e.g. another record's) neither "
			+ "offers publishing nor counts as an unsaved change of the draft")
	void inputsOutsideTheFormDoNotCount() {
		Editor editor = new Editor();
		TextField otherRecord = new TextField();
		editor.view.add(editor.name, editor.summary, editor.safeguards, editor.consent, otherRecord);
		Button publish = shownPublished(editor, () -> {
		});

		otherRecord.setValue("rep@example.org");
		assertThat(publish.isEnabled()).isFalse();
		assertThat(editor.editing.hasUnsavedChanges()).isFalse();
	}

	@Test
	@DisplayName("Issue 13: inputs outside the form count only as the editor names them: content (publishable and "
			+ "unsaved) or saved alongside (unsaved only)")
	void namedInputsOutsideTheForm() {
		Editor editor = new Editor();
		Checkbox withConditions = new Checkbox(true);
		TextArea annex = new TextArea();
		editor.editing.contentAlsoFrom(withConditions).savedAlongside(annex);
		Button publish = shownPublished(editor, () -> annex.setValue("Kept apart"));
		assertThat(editor.editing.hasUnsavedChanges()).isFalse();

		annex.setValue("Changed apart");
		assertThat(editor.editing.hasUnsavedChanges()).isTrue();
		assertThat(publish.isEnabled()).as("saved alongside: nothing to publish").isFalse();
		annex.setValue("Kept apart");

		withConditions.setValue(false);
		assertThat(editor.editing.hasUnsavedChanges()).isTrue();
		assertThat(publish.isEnabled()).isTrue();
	}

}
