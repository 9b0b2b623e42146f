package org.airegistry.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.airegistry.registry.Art63Condition;
import org.airegistry.registry.Classification;
import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.PublicDocuments;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.StoredDocument;
import org.airegistry.registry.TestPdfs;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Section B registrations (Art 6(3), Art 49(2)) and PDF documents in the entry editor,
 * without a browser: each rule shows its message next to its field.
 */
@H2Test
class SectionBAndDocumentsViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryService registry;

	@Autowired
	RegistryQueries queries;

	@Autowired
	PublicDocuments publicDocuments;

	@BeforeEach
	void login() {
		UserDetails details = users.loadUserByUsername(testData.provider().email());
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@SuppressWarnings("unchecked")
	RadioButtonGroup<Classification> classification() {
		return find(RadioButtonGroup.class).withLabelContaining("Registered under").single();
	}

	@SuppressWarnings("unchecked")
	CheckboxGroup<Art63Condition> conditions() {
		return find(CheckboxGroup.class).withLabelContaining("Art 6(3) conditions").single();
	}

	Checkbox profiling() {
		return find(Checkbox.class).withLabelContaining("profiling of natural persons").single();
	}

	DocumentField document(String label) {
		return find(DocumentField.class).withLabelContaining(label).single();
	}

	void click(String caption) {
		test(find(Button.class).withText(caption).single()).click();
		if (caption.equals("Publish")) {
			// publishing asks for a confirmation first (issue 21)
			find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).all()
				.stream()
				.filter(com.vaadin.flow.component.confirmdialog.ConfirmDialog::isOpened)
				.forEach(dialog -> test(dialog).confirm());
		}
	}

	@SuppressWarnings("unchecked")
	void fillCommon(String name) {
		test(find(ComboBox.class).withLabelContaining("Annex III use case").single()).selectItem(
				"4(a) Recruitment or selection of natural persons, in particular to place targeted job advertisements, "
						+ "to analyse and filter job applications, and to evaluate candidates");
		test(find(TextField.class).withLabelContaining("Trade name").single()).setValue(name);
		test(find(TextArea.class).withLabelContaining("Intended purpose").single())
			.setValue("Sorts incoming applications into folders by job reference.");
		test(find(ComboBox.class).withLabelContaining("Status").single()).selectItem("On the market");
	}

	@Test
	@DisplayName("Art 6(3), third subparagraph: a system that profiles natural persons cannot be registered in Section B")
	void profilingRefusesSectionB() {
		navigate(EntryEditorView.class);
		fillCommon("Profiling Sorter");
		classification().setValue(Classification.SECTION_B);
		conditions().setValue(Set.of(Art63Condition.A_NARROW_PROCEDURAL_TASK));
		profiling().setValue(true);

		assertThat(profiling().isInvalid()).as("refused at once").isTrue();
		assertThat(profiling().getErrorMessage()).contains("always high-risk").contains("Art 6(3)");

		click("Save draft");
		assertThat(profiling().isInvalid()).isTrue();
		assertThat(profiling().getErrorMessage()).contains("Art 6(3), third subparagraph");
		assertThat(registry.myEntries()).extracting(WorkspaceEntry::tradeName).doesNotContain("Profiling Sorter");

		classification().setValue(Classification.SECTION_A);
		assertThat(find(Checkbox.class).withLabelContaining("profiling of natural persons").exists())
			.as("Section B questions are gone")
			.isFalse();
		click("Save draft");
		assertThat(registry.myEntries()).extracting(WorkspaceEntry::tradeName)
			.as("a profiling system can be registered in Section A")
			.contains("Profiling Sorter");
	}

	@Test
	@DisplayName("Art 49(2), Annex VIII B: a Section B entry publishes B.6 and, after the 2026 amendment, neither B.7 nor B.9")
	void sectionBPublishes() {
		navigate(EntryEditorView.class);
		classification().setValue(Classification.SECTION_B);
		assertThat(find(TextArea.class).withLabelContaining("Components and functions").exists())
			.as("A.5 components are not asked in Section B")
			.isFalse();
		assertThat(find(MultiSelectComboBox.class).withLabelContaining("Member States").exists())
			.as("B.9 removed by Reg. 2026/1744")
			.isFalse();
		assertThat(find(TextArea.class).withLabelContaining("Grounds on which").exists())
			.as("B.7 removed by Reg. 2026/1744")
			.isFalse();
		// Art 49(2): the shared items carry their Section B numbers
		assertThat(find(TextField.class).withLabelContaining("Trade name").single().getLabel()).contains("B.4")
			.doesNotContain("A.4");
		assertThat(find(TextArea.class).withLabelContaining("Intended purpose").single().getLabel()).contains("B.5");
		assertThat(find(ComboBox.class).withLabelContaining("Status").single().getLabel()).contains("B.8");
		assertThat(find(ComboBox.class).withLabelContaining("Annex III use case").single().getLabel())
			.doesNotContain("High-risk");
		fillCommon("Section B Sorter");

		click("Publish");
		assertThat(conditions().isInvalid()).isTrue();
		assertThat(conditions().getErrorMessage()).contains("at least one Art 6(3) condition");

		conditions().setValue(Set.of(Art63Condition.A_NARROW_PROCEDURAL_TASK, Art63Condition.D_PREPARATORY_TASK));
		click("Publish");

		WorkspaceEntry entry = registry.myEntries().getFirst();
		assertThat(entry.isPublished()).isTrue();
		PublicEntry published = queries.findLatest(entry.registrationNumber()).orElseThrow();
		assertThat(published.data().classification()).isEqualTo(Classification.SECTION_B);
		assertThat(published.data().sectionB().conditions()).containsExactly(Art63Condition.A_NARROW_PROCEDURAL_TASK,
				Art63Condition.D_PREPARATORY_TASK);
		assertThat(published.data().componentsAndFunctions()).isEmpty();
		assertThat(published.data().memberStates()).isEmpty();
	}

	@Test
	@DisplayName("Uploads: a non-PDF named .pdf, a damaged PDF and a file over the size limit are refused next to the field")
	void badUploadsAreRefused() {
		navigate(EntryEditorView.class);
		DocumentField declaration = document("EU declaration of conformity (PDF)");

		declaration.receive("photo.pdf", org.airegistry.registry.TestPdfs.file(TestPdfs.notPdf())).run();
		assertThat(declaration.isInvalid()).isTrue();
		assertThat(declaration.getErrorMessage()).contains("not a PDF");
		assertThat(declaration.getValue()).isNull();

		declaration.receive("broken.pdf", org.airegistry.registry.TestPdfs.file(TestPdfs.corruptPdf())).run();
		assertThat(declaration.getErrorMessage()).contains("cannot be read");
		assertThat(declaration.getValue()).isNull();

		byte[] huge = new byte[(int) registry.maxDocumentBytes() + 1];
		System.arraycopy(TestPdfs.pdf("big"), 0, huge, 0, 100);
		declaration.receive("huge.pdf", org.airegistry.registry.TestPdfs.file(huge)).run();
		assertThat(declaration.getErrorMessage()).contains("too large").contains("10.0 MB");
		assertThat(declaration.getValue()).isNull();
	}

	@Test
	@DisplayName("Annex VIII A.11: a good PDF is stored with its SHA-256, which the published version covers, and anyone can download it")
	void goodPdfIsPublished() throws Exception {
		navigate(EntryEditorView.class);
		fillCommon("Documented Sorter");
		test(find(TextArea.class).withLabelContaining("Components and functions").single()).setValue("Parser.");
		test(find(TextArea.class).withLabelContaining("Data, inputs and operating logic").single()).setValue("CVs.");
		test(find(MultiSelectComboBox.class).withLabelContaining("Member States").single()).selectItem("Germany");
		test(find(TextField.class).withLabelContaining("Electronic instructions for use").single())
			.setValue("https://example.org/ifu");
		byte[] pdf = TestPdfs.pdf("EU declaration of conformity");
		DocumentField declaration = document("EU declaration of conformity (PDF)");
		declaration.receive("../declaration.pdf", org.airegistry.registry.TestPdfs.file(pdf)).run();
		assertThat(declaration.isInvalid()).isFalse();
		StoredDocument stored = declaration.getValue();
		assertThat(stored).isNotNull();
		String expected = java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
		assertThat(stored.sha256()).isEqualTo(expected);
		assertThat(stored.fileName()).isEqualTo("declaration.pdf");

		click("Publish");

		WorkspaceEntry entry = registry.myEntries().getFirst();
		assertThat(entry.isPublished()).as("A.11 given as a PDF instead of a web address").isTrue();
		PublicEntry published = queries.findLatest(entry.registrationNumber()).orElseThrow();
		assertThat(published.data().documents().get(DocumentKind.DECLARATION_OF_CONFORMITY)).isEqualTo(stored);
		PublicDocuments.Download download = publicDocuments.find(entry.registrationNumber(), expected).orElseThrow();
		assertThat(download.content()).isEqualTo(pdf);
		assertThat(publicDocuments.find(entry.registrationNumber(), "0".repeat(64))).isEmpty();

		navigate("systems/" + entry.registrationNumber(), org.airegistry.portal.PublicEntryView.class);
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).withTextContaining("Download").single().getText())
			.as("issue 21: not '(PDF) (PDF, … bytes)'")
			.isEqualTo("Download the EU declaration of conformity (PDF, " + pdf.length + " bytes)");
	}

	@Test
	@DisplayName("Annex VIII A.8/A.9: certificate details need the certificate scan, next to the upload")
	void certificateNeedsScan() {
		navigate(EntryEditorView.class);
		fillCommon("Certified Sorter");
		find(Checkbox.class).withLabelContaining("A notified body issued").single().setValue(true);
		test(find(TextField.class).withLabelContaining("Certificate type").single()).setValue("EU type-examination");
		click("Publish");

		DocumentField scan = document("Scanned copy of the certificate");
		assertThat(scan.isInvalid()).isTrue();
		assertThat(scan.getErrorMessage()).contains("A.9");
	}

	@Test
	@DisplayName("A draft's documents cannot be downloaded by the public")
	void draftDocumentsAreNotPublic() {
		navigate(EntryEditorView.class);
		fillCommon("Draft With Document");
		byte[] pdf = TestPdfs.pdf("draft only");
		DocumentField declaration = document("EU declaration of conformity (PDF)");
		declaration.receive("draft.pdf", org.airegistry.registry.TestPdfs.file(pdf)).run();
		click("Save draft");

		WorkspaceEntry entry = registry.myEntries()
			.stream()
			.filter(e -> e.tradeName().equals("Draft With Document"))
			.findFirst()
			.orElseThrow();
		assertThat(registry.open(entry.id()).data().documents().declarationOfConformity()).isNotNull();
		assertThat(publicDocuments.find(entry.registrationNumber(), declaration.getValue().sha256())).isEmpty();
	}

}
