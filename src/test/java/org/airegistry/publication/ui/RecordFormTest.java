package org.airegistry.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

/**
 * The kernel's record form: one binder per record, nested records as sub-forms, problems
 * found by field name; and the one save/publish flow on top of it.
 */
public class RecordFormTest {

	public record Certificate(String number, String body) {
	}

	public record Entry(String name, @Nullable Long size, boolean open, Set<String> tags, Certificate certificate) {
	}

	/** An editor of entries, as a kind binds one. */
	static final class Editor {

		final TextField name = new TextField();

		final TextField size = new TextField();

		final Checkbox open = new Checkbox();

		final CheckboxGroup<String> tags = new CheckboxGroup<>();

		final TextField number = new TextField();

		final TextField body = new TextField();

		final TextField upload = new TextField();

		final RecordForm<Entry> form = new RecordForm<>(Entry.class);

		Editor() {
			tags.setItems("a", "b");
			form.binder().forField(name).bind("name");
			form.binder().forField(size).withConverter(Converter.<String, @Nullable Long>from(text -> {
				try {
					return Result.ok(text.isBlank() ? null : Long.valueOf(text.strip()));
				}
				catch (NumberFormatException ex) {
					return Result.error("not a number");
				}
			}, value -> value == null ? "" : value.toString())).bind("size");
			form.binder().forField(open).bind("open");
			form.binder().forField(tags).bind("tags");
			RecordForm<Certificate> certificate = form.nest("certificate", Certificate.class);
			certificate.binder().forField(number).bind("number");
			certificate.binder().forField(body).bind("body");
			form.name("documents.SCAN", upload);
		}

	}

	@Test
	@DisplayName("A record is read into the inputs and written back from them, nested records included")
	void readAndWrite() {
		Editor editor = new Editor();
		Entry entry = new Entry("Sorter", 12L, true, Set.of("b"), new Certificate("C-1", "Notified body 0123"));
		editor.form.read(entry);
		assertThat(editor.name.getValue()).isEqualTo("Sorter");
		assertThat(editor.size.getValue()).isEqualTo("12");
		assertThat(editor.number.getValue()).isEqualTo("C-1");
		assertThat(editor.form.write()).contains(entry);

		editor.name.setValue("Ranker");
		editor.body.setValue("Notified body 0456");
		editor.size.setValue("");
		assertThat(editor.form.write())
			.contains(new Entry("Ranker", null, true, Set.of("b"), new Certificate("C-1", "Notified body 0456")));
	}

	@Test
	@DisplayName("An input that cannot be converted is marked next to it, and nothing is written")
	void conversionProblem() {
		Editor editor = new Editor();
		editor.form.read(new Entry("Sorter", null, false, Set.of(), new Certificate("", "")));
		editor.size.setValue("twelve");
		assertThat(editor.form.write()).isEmpty();
		assertThat(editor.size.isInvalid()).isTrue();
		assertThat(editor.size.getErrorMessage()).isEqualTo("not a number");
	}

	@Test
	@DisplayName("Problems are found by name: bound, dotted into a sub-form, undotted in a sub-form, or named")
	void inputsByName() {
		Editor editor = new Editor();
		assertThat(editor.form.input("name")).containsSame(editor.name);
		assertThat(editor.form.input("certificate.body")).containsSame(editor.body);
		assertThat(editor.form.input("number")).as("a sub-form's field named without its prefix")
			.containsSame(editor.number);
		assertThat(editor.form.input("documents.SCAN")).containsSame(editor.upload);
		assertThat(editor.form.input("certificate")).isEmpty();
		assertThat(editor.form.input("unknown")).isEmpty();
		assertThat(editor.form.inputs()).contains(editor.name, editor.size, editor.tags, editor.number, editor.body,
				editor.upload);
	}

	@Test
	@DisplayName("Save: the service's problems go next to their inputs, the rest and concurrent edits are notices")
	void saving() {
		Editor editor = new Editor();
		editor.form.read(new Entry("Sorter", null, false, Set.of(), new Certificate("", "")));
		List<String> errors = new ArrayList<>();
		TextField changeSummary = new TextField();
		List<Entry> saved = new ArrayList<>();
		RuntimeException[] refuse = new RuntimeException[1];
		Div view = new Div() {

			@Override
			public String getTranslation(String key, Object... params) {
				return key;
			}

		};
		DraftEditing<Entry, Entry> editing = new DraftEditing<>(view, new DraftEditing.Drafts<>() {

			@Override
			public Entry create(Entry data) {
				return save(data, data);
			}

			@Override
			public Entry save(Entry opened, Entry data) {
				if (refuse[0] != null) {
					throw refuse[0];
				}
				saved.add(data);
				return data;
			}

			@Override
			public int publish(Entry draft, String summary) {
				throw new InvalidInputException(List.of(new FieldError("changeSummary", "summary.missing")));
			}

			@Override
			public Entry reopen(Entry draft) {
				return draft;
			}

		}, editor.form, changeSummary, new DraftEditing.Notices() {

			@Override
			public void error(String message) {
				errors.add(message);
			}

			@Override
			public void success(String message) {
			}

		}, new DraftEditing.Messages("concurrent", "fix"));

		assertThat(editing.save(null)).isPresent();
		assertThat(saved).singleElement().extracting(Entry::name).isEqualTo("Sorter");

		refuse[0] = new InvalidInputException(List.of(new FieldError("certificate.number", "number.missing"),
				new FieldError("name", "name.missing"), new FieldError("elsewhere", "other.problem")));
		assertThat(editing.save(saved.getFirst())).isEmpty();
		assertThat(editor.number.isInvalid()).isTrue();
		assertThat(editor.number.getErrorMessage()).isEqualTo("number.missing");
		assertThat(editor.name.isInvalid()).isTrue();
		assertThat(errors).contains("other.problem", "fix");

		refuse[0] = new ConcurrentEditException("entry");
		errors.clear();
		assertThat(editing.save(saved.getFirst())).isEmpty();
		assertThat(editor.number.isInvalid()).as("earlier problems are cleared").isFalse();
		assertThat(errors).containsExactly("concurrent");

		refuse[0] = null;
		changeSummary.setValue("Corrected");
		List<Object> published = new ArrayList<>();
		editing.publish(saved.getFirst(), shown -> {
		}, (draft, publish) -> publish.run(), published::add);
		assertThat(published).as("the service refused the publication").isEmpty();
		assertThat(changeSummary.isInvalid()).isTrue();
		assertThat(changeSummary.getValue()).as("what the author typed is kept").isEqualTo("Corrected");
	}

}
