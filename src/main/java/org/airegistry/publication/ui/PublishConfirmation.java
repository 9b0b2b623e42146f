package org.airegistry.publication.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.airegistry.publication.FieldSpec;
import org.airegistry.publication.PublishPreview;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The confirmation every editor asks before publishing (issue 21: publishing is
 * irreversible), once for all kinds: what the new version changes against the version it
 * replaces, field by field from the kind's {@link FieldSpec} (the same rendering as the
 * public comparison of versions), or that the record is published for the first time.
 * Problems that would refuse the publication are shown next to their fields at once,
 * without a dialog; a refusal (organisation not approved, nothing changed) as a notice.
 *
 * @param <D> the kind's content
 * @param <T> the kind's draft as its service returns it
 */
public final class PublishConfirmation<D extends Record, T> implements DraftEditing.Confirmation<T> {

	/** The kind's service: what publishing the saved draft would do. */
	@FunctionalInterface
	public interface Previews<T, D> {

		PublishPreview<D> preview(T saved);

	}

	private final Component editor;

	private final DraftEditing<D, T> editing;

	private final Previews<T, D> previews;

	private final FieldSpec<D> fields;

	private final Function<T, D> content;

	private final Function<T, String> name;

	private final String firstKey;

	/**
	 * @param content the saved draft's content
	 * @param name what the dialog's title calls the record
	 * @param firstKey translation key of what a first publication does for this kind
	 */
	public PublishConfirmation(Component editor, DraftEditing<D, T> editing, Previews<T, D> previews,
			FieldSpec<D> fields, Function<T, D> content, Function<T, String> name, String firstKey) {
		this.editor = editor;
		this.editing = editing;
		this.previews = previews;
		this.fields = fields;
		this.content = content;
		this.name = name;
		this.firstKey = firstKey;
	}

	@Override
	public void ask(T saved, Runnable publish) {
		PublishPreview<D> preview;
		try {
			preview = previews.preview(saved);
		}
		catch (ActionRefusedException ex) {
			editing.showRefusal(ex);
			return;
		}
		if (!preview.problems().isEmpty()) {
			editing.showProblems(new InvalidInputException(preview.problems()));
			return;
		}
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.addClassName("publish-confirmation");
		confirm.setHeader(editor.getTranslation("publication.confirm.title", name.apply(saved)));
		confirm.add(body(saved, preview));
		confirm.setCancelable(true);
		confirm.setCancelText(editor.getTranslation("publication.confirm.cancel"));
		confirm.setConfirmText(editor.getTranslation("publication.confirm.publish"));
		confirm.addConfirmListener(confirmed -> publish.run());
		confirm.open();
	}

	/** What the publication changes. */
	Div body(T saved, PublishPreview<D> preview) {
		Div body = new Div();
		body.addClassName("publish-preview");
		if (preview.published() == null) {
			body.add(new Paragraph(editor.getTranslation(firstKey)));
			return body;
		}
		int replaced = preview.published().latestVersion();
		List<FieldSpec.FieldChange> changes = fields.compare(preview.published().data(), content.apply(saved),
				editor::getTranslation, editor.getUI().map(UI::getLocale).orElseGet(Locale::getDefault));
		body.add(new Paragraph(
				editor.getTranslation("publication.confirm.changes", replaced, replaced + 1, changes.size())));
		body.add(FieldList.changes(editor, changes, editor.getTranslation("publication.confirm.before"),
				editor.getTranslation("publication.confirm.after")));
		body.add(new Paragraph(editor.getTranslation("publication.confirm.irreversible")));
		return body;
	}

}
