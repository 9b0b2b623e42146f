package org.airegistry.gpai.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiService;
import org.airegistry.gpai.TechnicalDocument;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shell.components.PdfUpload;
import org.airegistry.shell.components.Problems;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;

/**
 * The Annex XI technical documentation PDFs of a saved model (Art 53(1)(a)): lists what
 * is attached and uploads more. Each file gets the registry's upload checks before
 * anything is stored; a refused file is explained next to the field. The files are
 * restricted: only regulators can download them.
 */
class TechnicalDocumentsField extends CustomField<List<TechnicalDocument>> {

	private final GpaiService service;

	private final UnorderedList attached = new UnorderedList();

	private final Paragraph none = new Paragraph();

	private final Upload upload;

	private final Paragraph saveFirst = new Paragraph();

	private @Nullable GpaiModelId model;

	private List<TechnicalDocument> documents = List.of();

	TechnicalDocumentsField(GpaiService service) {
		super(List.of());
		this.service = service;
		setLabel(getTranslation("gpai.field.technicalDocumentFile"));
		setHelperText(getTranslation("gpai.field.technicalDocumentFile.helper",
				String.format(Locale.ROOT, "%.0f", service.maxTechnicalDocumentBytes() / (1024.0 * 1024.0))));
		setManualValidation(true);
		attached.addClassName("technical-documents");
		none.setText(getTranslation("gpai.field.technicalDocumentFile.none"));
		saveFirst.setText(getTranslation("gpai.field.technicalDocumentFile.saveFirst"));
		upload = PdfUpload.create(service.maxTechnicalDocumentBytes(), this::receive, this::refused, message -> {
			setErrorMessage(message);
			setInvalid(true);
		});
		VerticalLayout layout = new VerticalLayout(none, attached, upload, saveFirst);
		layout.setPadding(false);
		layout.setSpacing(false);
		add(layout);
		showFor(null);
	}

	/** Shows the documents of a saved model, or asks to save a new one first. */
	void showFor(@Nullable GpaiModelId id) {
		model = id;
		documents = id == null ? List.of() : service.technicalDocuments(id);
		setInvalid(false);
		upload.setVisible(id != null);
		saveFirst.setVisible(id == null);
		updateValue();
		show();
	}

	/**
	 * Checks and stores an uploaded file; returns what the UI must do afterwards (list
	 * the file, or show the problem next to the field).
	 */
	Runnable receive(String fileName, Path content) {
		GpaiModelId id = model;
		if (id == null) {
			return () -> {
			};
		}
		try {
			service.attachTechnicalDocument(id, fileName, content);
			List<TechnicalDocument> now = service.technicalDocuments(id);
			return () -> {
				documents = now;
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

	private void show() {
		attached.removeAll();
		for (TechnicalDocument document : documents) {
			attached.add(new ListItem(getTranslation("gpai.technicalDocument.item", document.fileName(),
					document.modelVersion(), document.sha256().substring(0, 12))));
		}
		attached.setVisible(!documents.isEmpty());
		none.setVisible(documents.isEmpty() && model != null);
	}

	@Override
	protected List<TechnicalDocument> generateModelValue() {
		return documents;
	}

	@Override
	protected void setPresentationValue(List<TechnicalDocument> value) {
		documents = value;
		show();
	}

}
