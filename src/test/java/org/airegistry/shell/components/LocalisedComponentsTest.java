package org.airegistry.shell.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Vaadin components get their texts and formats from the bundles and the JDK's locale
 * data.
 */
class LocalisedComponentsTest {

	@Test
	@DisplayName("English dates are day first as in the EU: 31/12/2029 is read, also 31.12.2029 and 2029-12-31")
	void englishFormats() {
		assertThat(LocalisedDatePicker.dateFormats(Locale.ENGLISH)).startsWith("dd/MM/yyyy")
			.contains("d/M/yyyy", "d/M/yy", "dd.MM.yyyy", "yyyy-MM-dd")
			.doesNotContain("MM/dd/yyyy", "M/d/yy");
	}

	@Test
	@DisplayName("German, French, Dutch and Polish dates in their own way, each also accepting the others' separators")
	void otherFormats() {
		assertThat(LocalisedDatePicker.dateFormats(Locale.GERMAN)).startsWith("dd.MM.yyyy").contains("d.M.yy");
		assertThat(LocalisedDatePicker.dateFormats(Locale.FRENCH)).startsWith("dd/MM/yyyy");
		assertThat(LocalisedDatePicker.dateFormats(Locale.of("nl"))).startsWith("dd-MM-yyyy");
		assertThat(LocalisedDatePicker.dateFormats(Locale.of("pl"))).startsWith("dd.MM.yyyy");
		assertThat(LocalisedDatePicker.dateFormats(Locale.of("hu")).getFirst()).startsWith("yyyy");
	}

	@Test
	@DisplayName("The German picker has German months, Monday first, German buttons and a helpful bad-input message")
	void germanPicker() {
		DatePickerI18n i18n = LocalisedDatePicker.i18n(Locale.GERMAN);
		assertThat(i18n.getMonthNames()).startsWith("Januar", "Februar", "März");
		assertThat(i18n.getWeekdays()).startsWith("Sonntag", "Montag");
		assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
		assertThat(i18n.getToday()).isEqualTo("Heute");
		assertThat(i18n.getCancel()).isEqualTo("Abbrechen");
		assertThat(i18n.getBadInputErrorMessage()).contains("31.12.2029");
		assertThat(i18n.getDateFormats()).startsWith("dd.MM.yyyy");
	}

	@Test
	@DisplayName("The English picker starts weeks on Monday and names the format in its error")
	void englishPicker() {
		DatePickerI18n i18n = LocalisedDatePicker.i18n(Locale.ENGLISH);
		assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
		assertThat(i18n.getBadInputErrorMessage()).contains("31/12/2029");
	}

	@Test
	@DisplayName("The upload widget speaks German: no 'Upload File...', 'Drop file here' or 'File is Too Big.'")
	void germanUpload() {
		UploadI18N i18n = ComponentTexts.upload(Locale.GERMAN, 20L * 1024 * 1024);
		assertThat(i18n.getAddFiles().getOne()).isEqualTo("Datei hochladen …");
		assertThat(i18n.getDropFiles().getOne()).isEqualTo("Datei hier ablegen");
		assertThat(i18n.getError().getFileIsTooBig())
			.isEqualTo("Die Datei ist zu groß: Höchstens 20.0 MB sind zulässig.");
		assertThat(i18n.getUploading().getStatus().getProcessing()).contains("verarbeitet");
	}

	@Test
	@DisplayName("Issue 21: the browser's refusal of a file that is too large states the limit")
	void uploadRefusalStatesTheLimit() {
		assertThat(ComponentTexts.upload(Locale.ENGLISH, 10L * 1024 * 1024).getError().getFileIsTooBig())
			.isEqualTo("The file is too big: at most 10.0 MB are accepted.");
	}

}
