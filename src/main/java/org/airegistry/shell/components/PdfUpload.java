package org.airegistry.shell.components;

import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The upload of one PDF file for a form field: the file arrives in memory, the field's
 * receiver checks and stores it in the upload request (with the uploader's security
 * context) and returns what the UI must do afterwards, which then runs in the UI.
 */
public final class PdfUpload {

	private PdfUpload() {
	}

	/**
	 * @param maxBytes largest file the browser sends
	 * @param receive checks and stores a file (name, content); returns the UI update
	 * @param rejected shows the browser's own refusal (wrong type, too large)
	 */
	public static Upload create(long maxBytes, BiFunction<String, byte[], Runnable> receive,
			Consumer<String> rejected) {
		Upload[] holder = new Upload[1];
		Upload upload = new Upload(UploadHandler.inMemory((metadata, content) -> {
			Runnable result = receive.apply(metadata.fileName(), content);
			UI ui = UI.getCurrent();
			if (ui != null) {
				ui.access(result::run);
			}
			else {
				holder[0].getUI().ifPresent(owner -> owner.access(result::run));
			}
		}));
		holder[0] = upload;
		upload.setMaxFiles(1);
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
		upload.setAcceptedFileTypes("application/pdf", ".pdf");
		upload.addFileRejectedListener(event -> rejected.accept(event.getErrorMessage()));
		upload.setWidthFull();
		upload.addAttachListener(event -> upload.setI18n(ComponentTexts.upload(event.getUI().getLocale())));
		return upload;
	}

}
