package org.airegistry.incident.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.airegistry.registry.StoredDocument;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shell.components.PdfUpload;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The PDF attachments of a report: the listed files (each downloadable, removable from
 * the working copy) and an upload that checks each file like every document of the
 * registry before it is stored. The value is the list of references that goes into the
 * report.
 */
class AttachmentsField extends CustomField<List<StoredDocument>> {

	/** Checks and stores an uploaded file; returns its reference. */
	interface Store {

		StoredDocument store(String fileName, java.nio.file.Path file);

	}

	private final UnorderedList attached = new UnorderedList();

	private final Paragraph none = new Paragraph();

	private final Upload upload;

	private final Function<String, byte[]> content;

	private List<StoredDocument> documents = new ArrayList<>();

	/**
	 * @param store checks and stores an upload ({@code null}: read only)
	 * @param content the bytes of an attachment by SHA-256, for downloads
	 */
	AttachmentsField(long maxBytes, @org.jspecify.annotations.Nullable Store store, Function<String, byte[]> content) {
		super(List.of());
		this.content = content;
		setLabel(getTranslation("incident.field.attachments"));
		setHelperText(getTranslation("incident.field.attachments.help",
				String.format(Locale.ROOT, "%.0f", maxBytes / (1024.0 * 1024.0))));
		setManualValidation(true);
		attached.addClassName("incident-attachments");
		none.setText(getTranslation("incident.field.attachments.none"));
		upload = PdfUpload.create(maxBytes, (fileName, file) -> receive(store, fileName, file), this::refused,
				message -> {
					setErrorMessage(message);
					setInvalid(true);
				});
		upload.setVisible(store != null);
		upload.getElement().setAttribute("aria-label", getTranslation("incident.field.attachments.upload"));
		VerticalLayout layout = new VerticalLayout(none, attached, upload);
		layout.setPadding(false);
		layout.setSpacing(false);
		add(layout);
		show();
	}

	private Runnable refused(List<org.airegistry.shared.FieldError> problems) {
		String message = problems.stream()
			.map(error -> Problems.translate(this, error))
			.reduce((a, b) -> a + " " + b)
			.orElse("");
		return () -> {
			setErrorMessage(message);
			setInvalid(true);
			upload.clearFileList();
		};
	}

	private Runnable receive(@org.jspecify.annotations.Nullable Store store, String fileName,
			java.nio.file.Path bytes) {
		if (store == null) {
			return () -> {
			};
		}
		try {
			StoredDocument document = store.store(fileName, bytes);
			return () -> {
				if (documents.stream().noneMatch(existing -> existing.sha256().equals(document.sha256()))) {
					documents.add(document);
				}
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

	private void show() {
		attached.removeAll();
		for (StoredDocument document : documents) {
			Anchor download = new Anchor(
					DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
							new java.io.ByteArrayInputStream(content.apply(document.sha256())), document.fileName(),
							"application/pdf", document.size())),
					document.fileName());
			download.getElement().setAttribute("download", true);
			ListItem item = new ListItem(download, new Span(" (" + document.sha256().substring(0, 12) + ") "));
			if (upload.isVisible()) {
				Button remove = new Button(getTranslation("incident.field.attachments.remove"), click -> {
					documents.remove(document);
					updateValue();
					show();
				});
				remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
				remove.getElement()
					.setAttribute("aria-label",
							getTranslation("incident.field.attachments.removeNamed", document.fileName()));
				item.add(remove);
			}
			attached.add(item);
		}
		attached.setVisible(!documents.isEmpty());
		none.setVisible(documents.isEmpty());
	}

	@Override
	protected List<StoredDocument> generateModelValue() {
		return List.copyOf(documents);
	}

	@Override
	protected void setPresentationValue(List<StoredDocument> value) {
		documents = new ArrayList<>(value == null ? List.of() : value);
		show();
	}

}
