package org.airegistry.registry.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.StoredDocument;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shell.components.PdfUpload;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;

/**
 * One PDF document of an entry: shows the attached file, uploads a new one (the Upload
 * component shows the progress) and removes it. The file is checked and stored by the
 * service as soon as it arrives; a refused file leaves the field as it was and says why
 * next to it.
 */
class DocumentField extends CustomField<@Nullable StoredDocument> {

	/** Stores an uploaded file and returns its reference, or throws with the problems. */
	interface Store {

		StoredDocument store(DocumentKind kind, String fileName, Path file);

	}

	private final DocumentKind kind;

	private final Store store;

	private final Function<FieldError, String> translate;

	private final Span attached = new Span();

	private final Button remove;

	private final Upload upload;

	private @Nullable StoredDocument document;

	DocumentField(DocumentKind kind, Store store, Function<FieldError, String> translate, long maxBytes) {
		this.kind = kind;
		this.store = store;
		this.translate = translate;
		setLabel(getTranslation(kind.translationKey()) + " (" + getTranslation(kind.annexKey()) + ")");
		setHelperText(getTranslation("document.help",
				String.format(java.util.Locale.ROOT, "%.0f", maxBytes / (1024.0 * 1024.0))));
		setManualValidation(true);
		attached.addClassName("document-attached");
		remove = new Button(getTranslation("document.remove"), click -> {
			document = null;
			updateValue();
			show();
		});
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		remove.getElement().setAttribute("aria-label", getTranslation("document.remove") + " " + getLabel());
		upload = PdfUpload.create(maxBytes, this::receive, this::refused, message -> {
			setErrorMessage(message);
			setInvalid(true);
		});
		VerticalLayout layout = new VerticalLayout(new HorizontalLayout(attached, remove), upload);
		layout.setPadding(false);
		layout.setSpacing(false);
		add(layout);
		show();
	}

	/**
	 * Checks and stores an uploaded file; returns what the UI must do afterwards (show
	 * the file, or the problem next to the field).
	 */
	Runnable receive(String fileName, Path file) {
		try {
			StoredDocument stored = store.store(kind, fileName, file);
			return () -> {
				document = stored;
				setInvalid(false);
				updateValue();
				show();
				upload.clearFileList();
			};
		}
		catch (InvalidInputException ex) {
			return refused(ex.errors());
		}
	}

	private Runnable refused(List<FieldError> problems) {
		String message = problems.stream().map(translate).reduce((a, b) -> a + " " + b).orElse("");
		return () -> {
			setErrorMessage(message);
			setInvalid(true);
			upload.clearFileList();
		};
	}

	private void show() {
		attached.setText(document == null ? getTranslation("document.none")
				: getTranslation("document.attached", document.fileName(), document.size()));
		remove.setVisible(document != null);
	}

	@Override
	protected @Nullable StoredDocument generateModelValue() {
		return document;
	}

	@Override
	protected void setPresentationValue(@Nullable StoredDocument value) {
		document = value;
		show();
	}

}
