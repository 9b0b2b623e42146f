package org.airegistry.shell.components;

import java.util.Locale;

import org.airegistry.shared.i18n.Translations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Texts that Vaadin's components bring in English, taken from the bundles instead: the
 * upload widget and the connection indicator ("Online", "Connection lost").
 */
public final class ComponentTexts {

	private ComponentTexts() {
	}

	/** A size limit in megabytes as the upload messages state it, e.g. {@code 20.0}. */
	public static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

	/**
	 * The upload widget's texts in a language; its refusal of a file that is too large
	 * names the limit.
	 */
	public static UploadI18N upload(Locale locale, long maxBytes) {
		Translations t = Translations.standard();
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t.text("upload.addFiles.one", locale))
			.setMany(t.text("upload.addFiles.many", locale)));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t.text("upload.dropFiles.one", locale))
			.setMany(t.text("upload.dropFiles.many", locale)));
		i18n.setError(new UploadI18N.Error().setTooManyFiles(t.text("upload.error.tooManyFiles", locale))
			.setFileIsTooBig(t.text("upload.error.fileIsTooBig", locale, megabytes(maxBytes)))
			.setIncorrectFileType(t.text("upload.error.incorrectFileType", locale)));
		i18n.setFile(new UploadI18N.File().setRetry(t.text("upload.file.retry", locale))
			.setStart(t.text("upload.file.start", locale))
			.setRemove(t.text("upload.file.remove", locale)));
		i18n.setUploading(new UploadI18N.Uploading()
			.setStatus(new UploadI18N.Uploading.Status().setConnecting(t.text("upload.status.connecting", locale))
				.setStalled(t.text("upload.status.stalled", locale))
				.setProcessing(t.text("upload.status.processing", locale))
				.setHeld(t.text("upload.status.held", locale)))
			.setRemainingTime(
					new UploadI18N.Uploading.RemainingTime().setPrefix(t.text("upload.remainingTime.prefix", locale))
						.setUnknown(t.text("upload.remainingTime.unknown", locale)))
			.setError(new UploadI18N.Uploading.Error()
				.setServerUnavailable(t.text("upload.uploadError.serverUnavailable", locale))
				.setUnexpectedServerError(t.text("upload.uploadError.unexpectedServerError", locale))
				.setForbidden(t.text("upload.uploadError.forbidden", locale))
				.setFileTooLarge(t.text("upload.uploadError.fileTooLarge", locale))));
		return i18n;
	}

	/**
	 * Sets the connection indicator's texts ("Online", "Connection lost") of the page.
	 */
	public static void connectionIndicator(UI ui) {
		Locale locale = ui.getLocale();
		Translations t = Translations.standard();
		ui.getPage()
			.executeJs(
					"const c = window.Vaadin && window.Vaadin.connectionIndicator;"
							+ " if (c) { c.onlineText = $0; c.offlineText = $1; c.reconnectingText = $2; }",
					t.text("connection.online", locale), t.text("connection.offline", locale),
					t.text("connection.reconnecting", locale));
	}

}
