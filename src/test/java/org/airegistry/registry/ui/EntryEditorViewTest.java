package org.airegistry.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import java.time.LocalDate;
import java.util.Set;

import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.shared.MemberState;
import org.airegistry.organisation.ui.OrganisationStatusView;
import org.airegistry.shell.AccessDeniedView;
import org.airegistry.shell.components.ErrorSummary;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The entry editor without a browser, on H2: every form rule shows its message next to
 * the field.
 */
@H2Test
class EntryEditorViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registry;

	@Autowired
	RegistryQueries queries;

	TestUser provider;

	@BeforeEach
	void login() {
		login(testData.provider());
	}

	void login(TestUser user) {
		provider = user;
		testData.login(user);
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	TextField tradeName() {
		return textField("Trade name");
	}

	TextField textField(String label) {
		return find(TextField.class).withLabelContaining(label).single();
	}

	TextArea textArea(String label) {
		return find(TextArea.class).withLabelContaining(label).single();
	}

	TextArea purpose() {
		return textArea("Intended purpose");
	}

	@SuppressWarnings("unchecked")
	MultiSelectComboBox<MemberState> memberStates() {
		return find(MultiSelectComboBox.class).withLabelContaining("Member States").single();
	}

	@SuppressWarnings("unchecked")
	ComboBox<Object> annexIIIPoint() {
		return find(ComboBox.class).withLabelContaining("Annex III use case").single();
	}

	@SuppressWarnings("unchecked")
	ComboBox<Object> status() {
		return find(ComboBox.class).withLabelContaining("Status").single();
	}

	Checkbox checkbox(String label) {
		return find(Checkbox.class).withLabelContaining(label).single();
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

	/** Fills a complete, publishable Section A entry in Annex III point 4(a). */
	void fillComplete(String name) {
		test(annexIIIPoint()).selectItem(
				"4(a) Recruitment or selection of natural persons, in particular to place targeted job advertisements, "
						+ "to analyse and filter job applications, and to evaluate candidates");
		test(tradeName()).setValue(name);
		test(textField("Unambiguous reference")).setValue("v1");
		test(purpose()).setValue("Ranks applicants.");
		test(textArea("Components and functions")).setValue("Parser and ranking model.");
		test(textArea("Data, inputs and operating logic")).setValue("CVs in, a score out.");
		test(status()).selectItem("On the market");
		test(memberStates()).selectItem("Germany");
		test(textField("EU declaration of conformity")).setValue("https://example.org/doc.pdf");
		test(textField("Electronic instructions for use")).setValue("https://example.org/ifu");
	}

	@ParameterizedTest(name = "Section B: {0}")
	@org.junit.jupiter.params.provider.ValueSource(booleans = { false, true })
	@DisplayName("Art 49(1), (2), Annex VIII: every input is labelled exactly as the public page and the comparison "
			+ "label its field (the registry's field specification), with the item of the entry's section")
	void labelsFromTheFieldSpecification(boolean sectionB) {
		navigate(EntryEditorView.class);
		UI ui = UI.getCurrent();
		if (sectionB) {
			@SuppressWarnings("unchecked")
			com.vaadin.flow.component.radiobutton.RadioButtonGroup<org.airegistry.registry.Classification> section = find(
					com.vaadin.flow.component.radiobutton.RadioButtonGroup.class)
				.withLabelContaining("Registered under")
				.single();
			test(section)
				.selectItem(ui.getTranslation(org.airegistry.registry.Classification.SECTION_B.translationKey()));
		}
		// hidden inputs too (A.3 shows only when a representative is required or held)
		java.util.List<String> labels = descendants((com.vaadin.flow.component.Component) getCurrentView())
			.filter(com.vaadin.flow.component.HasLabel.class::isInstance)
			.map(component -> ((com.vaadin.flow.component.HasLabel) component).getLabel())
			.filter(java.util.Objects::nonNull)
			.toList();
		java.util.List<org.airegistry.publication.ShownField> fields = org.airegistry.registry.EntryFields
			.labels(sectionB, ui::getTranslation, ui.getLocale(), registry.omnibus2026())
			.stream()
			.filter(field -> !field.key().equals("classification"))
			.toList();
		assertThat(fields).hasSizeGreaterThan(sectionB ? 8 : 18);
		for (org.airegistry.publication.ShownField field : fields) {
			assertThat(labels).as(field.key()).contains(org.airegistry.publication.ui.FieldList.label(ui, field));
		}
		assertThat(labels).contains(sectionB ? "Trade name (Annex VIII B.4)" : "Trade name (Annex VIII A.4)");
	}

	static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
			com.vaadin.flow.component.Component component) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
				component.getChildren().flatMap(EntryEditorViewTest::descendants));
	}

	@Test
	@DisplayName("An empty trade name is refused with a message next to the field; nothing is stored")
	void emptyTradeName() {
		navigate(EntryEditorView.class);
		test(purpose()).setValue("Some purpose");
		click("Save draft");

		assertThat(tradeName().isInvalid()).isTrue();
		assertThat(tradeName().getErrorMessage()).isEqualTo("This field is required.");
		assertThat(registry.myEntries()).isEmpty();
		assertThat(purpose().getValue()).as("nothing typed is lost").isEqualTo("Some purpose");
	}

	@Test
	@DisplayName("A 10 000-character purpose gets a clear message with the limit, and the text stays in the form")
	void overlongPurpose() {
		navigate(EntryEditorView.class);
		String text = "a".repeat(10_000);
		test(tradeName()).setValue("Overlong System");
		test(purpose()).setValue(text);
		click("Save draft");

		assertThat(purpose().isInvalid()).isTrue();
		assertThat(purpose().getErrorMessage()).contains("5,000").contains("10,000");
		assertThat(purpose().getValue()).hasSize(10_000);
		assertThat(registry.myEntries()).isEmpty();
	}

	@Test
	@DisplayName("Issue 21: Save draft keeps 'What changed in this version'; Publish asks for confirmation with the "
			+ "changes against the public version; cancelling publishes nothing; the header says the draft has "
			+ "unpublished changes")
	void saveDraftKeepsSummaryAndPublishConfirms() {
		navigate(EntryEditorView.class);
		fillComplete("Confirmed Screening");
		click("Publish");
		WorkspaceEntry first = registry.myEntries().getFirst();
		assertThat(first.publishedVersion()).isEqualTo(1);

		test(purpose()).setValue("Ranks applicants and explains each ranking.");
		TextField summary = textField("What changed in this version");
		test(summary).setValue("Explanations added");
		click("Save draft");
		assertThat(textField("What changed in this version").getValue()).as("kept after Save draft")
			.isEqualTo("Explanations added");
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
			.extracting(com.vaadin.flow.component.html.Paragraph::getText)
			.anySatisfy(text -> assertThat(text).contains("this draft has unpublished changes"));

		test(find(Button.class).withText("Publish").single()).click();
		com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = find(
				com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
			.single();
		assertThat(test(confirm).getHeader()).isEqualTo("Publish Confirmed Screening?");
		assertThat(confirm.getElement().getTextRecursively())
			.contains("Version 2 replaces version 1 on the public page, with 1 change:")
			.contains("Ranks applicants.")
			.contains("Ranks applicants and explains each ranking.");
		test(confirm).cancel();
		assertThat(registry.myEntries().getFirst().publishedVersion()).as("cancelled: nothing published").isEqualTo(1);

		click("Publish");
		assertThat(registry.myEntries().getFirst().publishedVersion()).isEqualTo(2);
		assertThat(queries.findLatest(first.registrationNumber()).orElseThrow().data().intendedPurpose())
			.isEqualTo("Ranks applicants and explains each ranking.");
	}

	@Test
	@DisplayName("Script tags are saved as plain text and published unchanged")
	void scriptIsText() {
		navigate(EntryEditorView.class);
		fillComplete("<script>alert('x')</script> Screening");
		test(purpose()).setValue("<img src=x onerror=alert(1)> ranks applicants");
		click("Publish");

		WorkspaceEntry entry = registry.myEntries().getFirst();
		assertThat(entry.tradeName()).isEqualTo("<script>alert('x')</script> Screening");
		assertThat(queries.findLatest(entry.registrationNumber()).orElseThrow().data().memberStates())
			.isEqualTo(Set.of(MemberState.DE));
	}

	@Test
	@DisplayName("Publishing without Member States names the missing field; the draft is kept")
	void publishNeedsMemberStates() {
		navigate(EntryEditorView.class);
		fillComplete("No States System");
		memberStates().clear();
		click("Publish");

		assertThat(memberStates().isInvalid()).isTrue();
		assertThat(memberStates().getErrorMessage()).isEqualTo("Choose at least one Member State.");
		assertThat(registry.myEntries()).extracting(WorkspaceEntry::tradeName).containsExactly("No States System");
		assertThat(registry.myEntries().getFirst().isPublished()).isFalse();
	}

	@Test
	@DisplayName("Issue 21: the problems are listed at the top of the form, each linking to its field; the next "
			+ "successful save clears the list")
	void problemSummaryAtTheTop() {
		navigate(EntryEditorView.class);
		fillComplete("Summarised System");
		memberStates().clear();
		test(textField("EU declaration of conformity")).setValue("");
		click("Publish");

		ErrorSummary summary = find(ErrorSummary.class).single();
		assertThat(summary.isVisible()).isTrue();
		assertThat(summary.getElement().getTextRecursively()).startsWith("2 problems need your attention");
		assertThat(summary.items()).containsExactlyInAnyOrder(
				memberStates().getLabel() + ": Choose at least one Member State.",
				textField("EU declaration of conformity").getLabel() + ": This field is required.");
		String href = summary.getElement().getChild(1).getChild(0).getChild(0).getAttribute("href");
		assertThat(href).startsWith("#");
		assertThat(java.util.List.of(memberStates().getId().orElse(""),
				textField("EU declaration of conformity").getId().orElse("")))
			.as("the link leads to a field of the form")
			.contains(href.substring(1));

		test(memberStates()).selectItem("Germany");
		click("Save draft");
		assertThat(summary.isVisible()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Components and functions (Annex VIII A.5) | This field is required.
			Data, inputs and operating logic (Annex VIII A.6) | This field is required.
			EU declaration of conformity (Annex VIII A.11) | This field is required.
			Electronic instructions for use (Annex VIII A.12) | This field is required.
			""")
	@DisplayName("Annex VIII A: each required field left empty is named next to the field when publishing")
	void requiredFields(String label, String message) {
		navigate(EntryEditorView.class);
		fillComplete("Required " + label.hashCode());
		HasValidation field = find(TextField.class).withLabel(label).exists()
				? clear(find(TextField.class).withLabel(label).single())
				: clear(find(TextArea.class).withLabel(label).single());
		click("Publish");

		assertThat(field.isInvalid()).isTrue();
		assertThat(field.getErrorMessage()).isEqualTo(message);
		assertThat(registry.myEntries().getFirst().isPublished()).isFalse();
	}

	private HasValidation clear(TextField field) {
		test(field).setValue("");
		return field;
	}

	private HasValidation clear(TextArea field) {
		test(field).setValue("");
		return field;
	}

	@Test
	@DisplayName("Annex III point and status (A.7) are required for publication, each with its own message")
	void pointAndStatusRequired() {
		navigate(EntryEditorView.class);
		test(tradeName()).setValue("Unclassified System");
		click("Publish");

		assertThat(annexIIIPoint().isInvalid()).isTrue();
		assertThat(annexIIIPoint().getErrorMessage()).isEqualTo("Choose the Annex III point the system falls under.");
		assertThat(status().isInvalid()).isTrue();
		assertThat(status().getErrorMessage()).isEqualTo("Choose the status of the system.");
	}

	@Test
	@DisplayName("A.12/A.13: a web address must be a full https address")
	void urlFormat() {
		navigate(EntryEditorView.class);
		fillComplete("URL System");
		test(textField("Electronic instructions for use")).setValue("javascript:alert(1)");
		test(textField("Web address for more information")).setValue("www.example.org");
		click("Save draft");

		assertThat(textField("Electronic instructions for use").getErrorMessage())
			.isEqualTo("Enter a full web address starting with https:// (or http://).");
		assertThat(textField("Web address for more information").isInvalid()).isTrue();
		assertThat(registry.myEntries()).isEmpty();
	}

	@Test
	@DisplayName("Annex VIII A.8: certificate fields appear only with a certificate; type, number, expiry and the notified body's name or number")
	void certificateTogether() {
		navigate(EntryEditorView.class);
		fillComplete("Certified System");
		assertThat(find(TextField.class).withLabelContaining("Certificate number").exists())
			.as("hidden without a certificate")
			.isFalse();
		test(checkbox("A notified body issued a certificate")).click();
		test(textField("Certificate type")).setValue("EU technical documentation assessment certificate");
		click("Publish");

		TextField number = textField("Certificate number");
		assertThat(number.isInvalid()).isTrue();
		assertThat(number.getErrorMessage()).startsWith("Give the certificate’s type, number and date of expiry");
		assertThat(find(DatePicker.class).withLabelContaining("expiry").single().isInvalid()).isTrue();
		assertThat(textField("Certificate type").isInvalid()).isFalse();
		// Annex VIII A.8: the notified body's name or its number, one is enough
		assertThat(textField("Notified body name").getErrorMessage()).contains("one of them is enough");

		test(number).setValue("NB-1");
		test(find(DatePicker.class).withLabelContaining("expiry").single()).setValue(LocalDate.of(2030, 1, 31));
		test(textField("Notified body identification number")).setValue("1234");
		click("Publish");
		DocumentField scan = find(DocumentField.class).withLabelContaining("Scanned copy of the certificate").single();
		assertThat(scan.getErrorMessage()).as("Annex VIII A.9 goes with A.8").contains("A.9");
		scan.receive("certificate.pdf",
				org.airegistry.registry.TestPdfs.file(org.airegistry.registry.TestPdfs.pdf("Certificate NB-1")))
			.run();
		click("Publish");
		WorkspaceEntry entry = registry.myEntries().getFirst();
		assertThat(entry.isPublished()).isTrue();
		assertThat(queries.findLatest(entry.registrationNumber()).orElseThrow().data().certificate().bodyId())
			.isEqualTo("1234");
	}

	@Test
	@DisplayName("Art 22(1): a provider outside the EU must name its authorised representative (A.3)")
	void representativeRequiredOutsideEu() {
		login(testData.providerOutsideEu());
		navigate(EntryEditorView.class);
		fillComplete("Imported System");
		click("Publish");

		TextArea representative = textArea("Authorised representative");
		assertThat(representative.isInvalid()).isTrue();
		assertThat(representative.getErrorMessage()).isEqualTo(
				"Your organisation is not established in the EU: name its authorised representative (Art 22(1)).");

		assertThat(representative.isReadOnly()).as("Art 22(3): A.3 follows the mandate, not typed text").isTrue();

		// Art 22(3): naming the representative (not its confirmation) makes the entry
		// publishable
		test(find(com.vaadin.flow.component.textfield.EmailField.class)
			.withLabelContaining("E-mail address of the authorised representative")
			.single()).setValue("rep@eurep.example");
		test(textField("Organisation of the authorised representative")).setValue("EU Rep GmbH");
		test(find(Button.class).withText("Send invitation").single()).click();
		click("Publish");
		WorkspaceEntry published = registry.myEntries().getFirst();
		assertThat(published.isPublished()).isTrue();
		assertThat(queries.findLatest(published.registrationNumber()).orElseThrow().data().authorisedRepresentative())
			.isEqualTo(org.airegistry.registry.AuthorisedRepresentativeText.PENDING);
	}

	@Test
	@DisplayName("The authorised representative is not asked of providers established in the EU")
	void representativeHiddenInsideEu() {
		navigate(EntryEditorView.class);
		assertThat(find(TextArea.class).withLabelContaining("Authorised representative").exists()).isFalse();
	}

	@Test
	@DisplayName("Art 49(4): for Annex III point 6/7 the excluded fields are not offered and the entry stays non-public")
	void restrictedTierMinimisesTheForm() {
		navigate(EntryEditorView.class);
		fillComplete("Border System");
		test(annexIIIPoint()).selectItem(annexIIIPoint().getListDataView()
			.getItems()
			.filter(item -> annexIIIPoint().getItemLabelGenerator().apply(item).startsWith("7(d)"))
			.map(item -> annexIIIPoint().getItemLabelGenerator().apply(item))
			.findFirst()
			.orElseThrow());

		assertThat(find(TextArea.class).withLabelContaining("Data, inputs and operating logic").exists()).isFalse();
		assertThat(find(TextField.class).withLabelContaining("EU declaration of conformity").exists()).isFalse();
		assertThat(find(TextField.class).withLabelContaining("Electronic instructions for use").exists()).isFalse();
		click("Publish");

		WorkspaceEntry entry = registry.myEntries().getFirst();
		assertThat(entry.isPublished()).isTrue();
		assertThat(queries.findLatest(entry.registrationNumber())).as("never public").isEmpty();
		var stored = registry.open(entry.id()).data();
		assertThat(stored.dataAndLogic()).as("not collected").isEmpty();
		assertThat(stored.instructionsForUse()).isEmpty();
	}

	@Test
	@DisplayName("Art 49(4): biometrics (point 1) are non-public only when used for law enforcement or migration")
	void pointOneDependsOnUse() {
		navigate(EntryEditorView.class);
		fillComplete("Biometric System");
		test(annexIIIPoint()).selectItem(annexIIIPoint().getListDataView()
			.getItems()
			.filter(item -> annexIIIPoint().getItemLabelGenerator().apply(item).startsWith("1(c)"))
			.map(item -> annexIIIPoint().getItemLabelGenerator().apply(item))
			.findFirst()
			.orElseThrow());
		assertThat(find(TextField.class).withLabelContaining("EU declaration of conformity").exists()).isTrue();

		test(checkbox("law enforcement")).click();
		assertThat(find(TextField.class).withLabelContaining("EU declaration of conformity").exists()).isFalse();
	}

	@Test
	@DisplayName("Another organisation's entry is not found, even by its exact address")
	void otherOrganisationsEntryIsNotFound() {
		TestUser other = testData.provider();
		var foreign = testData.as(other, () -> registry.createDraft(TestData.sample("Foreign System")));
		login();
		com.vaadin.flow.component.UI.getCurrent().navigate("workspace/systems/" + foreign.id().value());

		assertThat(getCurrentView()).isInstanceOf(org.airegistry.shell.NotFoundView.class);
		assertThat(find(TextField.class).exists()).isFalse();
	}

	@Test
	@DisplayName("Issue 21: a user of an organisation awaiting approval is told so on its organisation page; the workspace stays closed")
	void pendingOrganisationBanner() {
		navigate(WorkspaceView.class);
		login(testData.pendingProvider());
		UI.getCurrent().navigate(WorkspaceView.class);
		assertThat(getCurrentView()).as("no provider feature before approval").isInstanceOf(AccessDeniedView.class);
		navigate(OrganisationStatusView.class);
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withClassName("organisation-standing")
			.single()
			.getText()).startsWith("Your organisation is waiting for approval by the registry.");
	}

	@Test
	@DisplayName("Art 49(4): the workspace offers no public link for an entry in the non-public section")
	void workspaceMarksRestrictedEntries() {
		org.airegistry.registry.DraftEntry secret = registry.createDraft(TestData.sample("Workspace Secret")
			.withAnnexIIIPoint(org.airegistry.shared.AnnexIIIPoint.P6D, false)
			.minimisedForRestrictedSection());
		registry.publish(secret.id(), secret.lockVersion(), "");
		org.airegistry.registry.DraftEntry open = registry.createDraft(TestData.sample("Workspace Public"));
		registry.publish(open.id(), open.lockVersion(), "");

		navigate(WorkspaceView.class);

		@SuppressWarnings("unchecked")
		var grid = test(
				(com.vaadin.flow.component.grid.Grid<WorkspaceEntry>) find(com.vaadin.flow.component.grid.Grid.class)
					.single());
		int column = grid.getColumnPosition("publicPage");
		java.util.Map<String, com.vaadin.flow.component.Component> publicPage = new java.util.HashMap<>();
		for (int row = 0; row < grid.size(); row++) {
			publicPage.put(grid.getRow(row).tradeName(), grid.getCellComponent(row, column));
		}
		assertThat(publicPage.get("Workspace Secret")).isInstanceOf(com.vaadin.flow.component.html.Span.class)
			.extracting(component -> ((com.vaadin.flow.component.html.Span) component).getText())
			.isEqualTo("Non-public section (Art 49(4))");
		assertThat(publicPage.get("Workspace Public")).isInstanceOf(com.vaadin.flow.component.html.Anchor.class);
	}

	ConfirmDialog leaveConfirmation() {
		return find(ConfirmDialog.class).all()
			.stream()
			.filter(dialog -> dialog.hasClassName("leave-confirmation") && dialog.isOpened())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no question before leaving"));
	}

	boolean askedBeforeLeaving() {
		return find(ConfirmDialog.class).all()
			.stream()
			.anyMatch(dialog -> dialog.hasClassName("leave-confirmation") && dialog.isOpened());
	}

	@Test
	@DisplayName("Issue 13: leaving the editor with unsaved changes asks first; Stay keeps the editor and what was "
			+ "typed, Leave without saving goes on and stores nothing")
	void leavingWithUnsavedChangesAsks() {
		navigate(EntryEditorView.class);
		test(tradeName()).setValue("Unsaved Screening");
		test(find(Button.class).withText("Back to my entries").single()).click();
		ConfirmDialog ask = leaveConfirmation();
		assertThat(test(ask).getHeader()).isEqualTo("Leave without saving?");

		test(ask).cancel();
		assertThat(getCurrentView()).isInstanceOf(EntryEditorView.class);
		assertThat(tradeName().getValue()).isEqualTo("Unsaved Screening");

		UI.getCurrent().navigate(WorkspaceView.class);
		test(leaveConfirmation()).confirm();
		assertThat(getCurrentView()).isInstanceOf(WorkspaceView.class);
		assertThat(registry.myEntries()).extracting(WorkspaceEntry::tradeName).doesNotContain("Unsaved Screening");
	}

	@Test
	@DisplayName("Issue 13: closing the tab or reloading with unsaved changes asks the browser's question; saving, or "
			+ "leaving without saving, lifts it")
	void closingTheTabWithUnsavedChangesAsks() {
		navigate(EntryEditorView.class);
		assertThat(UI.getCurrent()
			.getInternals()
			.dumpPendingJavaScriptInvocations()
			.stream()
			.map(invocation -> invocation.getInvocation().getExpression()))
			.as("the browser counts typing it has not sent yet")
			.anyMatch(expression -> expression.contains("window.airegistryTyping = true"));
		test(tradeName()).setValue("Tab Screening");
		assertThat(tabGuards()).as("typing guards the tab").containsExactly(true);
		test(purpose()).setValue("Ranks applicants.");
		assertThat(tabGuards()).as("told once").isEmpty();
		click("Save draft");
		assertThat(tabGuards()).as("saved: nothing to lose").containsExactly(false);
		test(purpose()).setValue("Ranks applicants again.");
		assertThat(tabGuards()).containsExactly(true);
		UI.getCurrent().navigate(WorkspaceView.class);
		test(leaveConfirmation()).confirm();
		assertThat(tabGuards()).as("left without saving").contains(false).doesNotContain(true);
	}

	/** The tab guards sent to the browser since the last call, in their order. */
	List<Boolean> tabGuards() {
		return UI.getCurrent()
			.getInternals()
			.dumpPendingJavaScriptInvocations()
			.stream()
			.map(invocation -> invocation.getInvocation())
			.filter(invocation -> invocation.getExpression().startsWith("window.airegistryUnsaved = $0"))
			.map(invocation -> (Boolean) invocation.getParameters().get(0))
			.toList();
	}

	@Test
	@DisplayName("Issue 13: a saved draft, and a draft whose inputs were changed back, leave without a question")
	void leavingWithoutChangesDoesNotAsk() {
		navigate(EntryEditorView.class);
		test(tradeName()).setValue("Saved Screening");
		click("Save draft");
		test(purpose()).setValue("Ranks applicants.");
		test(purpose()).setValue("");
		UI.getCurrent().navigate(WorkspaceView.class);
		assertThat(askedBeforeLeaving()).isFalse();
		assertThat(getCurrentView()).isInstanceOf(WorkspaceView.class);
	}

	@Test
	@DisplayName("Issue 13: what the author changes is the form's binders' to say: typing a representative's address "
			+ "(the mandate's own record) neither offers publishing an unchanged entry nor asks before leaving; "
			+ "clearing 'certificate' (outside the binders, but it drops the certificate) does")
	void changesComeFromTheBinders() {
		login(testData.providerOutsideEu());
		navigate(EntryEditorView.class);
		fillComplete("Tracked Screening");
		click("Save draft");
		com.vaadin.flow.component.textfield.EmailField representative = find(
				com.vaadin.flow.component.textfield.EmailField.class)
			.withLabelContaining("E-mail address of the authorised representative")
			.single();
		test(representative).setValue("rep@eurep.example");
		test(textField("Organisation of the authorised representative")).setValue("EU Rep GmbH");
		test(find(Button.class).withText("Send invitation").single()).click();
		click("Publish");
		assertThat(registry.myEntries().getFirst().publishedVersion()).isEqualTo(1);
		Button publish = find(Button.class).withText("Publish").single();
		assertThat(publish.isEnabled()).as("published, nothing changed").isFalse();

		// a walk of the editor's components counted the mandate panel's inputs as edits
		test(find(com.vaadin.flow.component.textfield.EmailField.class)
			.withLabelContaining("E-mail address of the authorised representative")
			.single()).setValue("other@eurep.example");
		assertThat(publish.isEnabled()).isFalse();

		Checkbox certificate = checkbox("A notified body issued a certificate");
		test(certificate).click();
		assertThat(publish.isEnabled()).isTrue();
		test(certificate).click();
		assertThat(publish.isEnabled()).isFalse();

		UI.getCurrent().navigate(WorkspaceView.class);
		assertThat(askedBeforeLeaving()).isFalse();
		assertThat(getCurrentView()).isInstanceOf(WorkspaceView.class);
	}

	@Autowired
	org.airegistry.security.CurrentActor currentActor;

	@Autowired
	com.vaadin.flow.spring.security.AuthenticationContext authenticationContext;

	@Autowired
	org.airegistry.shell.LocaleSupport localeSupport;

	@Test
	@DisplayName("Logged-in users see their workspace in the navigation, not the sign-up link")
	void navigationForLoggedInUsers() {
		// the test UI built its layout before the login; a real login reloads the page,
		// i.e. builds a new one
		navigate(WorkspaceView.class);
		var layout = new org.airegistry.shell.MainLayout(currentActor, authenticationContext, localeSupport);
		assertThat(anchors(layout)).contains("My entries").doesNotContain("Sign up", "Log in");
	}

	static java.util.List<String> anchors(com.vaadin.flow.component.Component root) {
		java.util.List<String> texts = new java.util.ArrayList<>();
		if (root instanceof com.vaadin.flow.component.html.Anchor anchor) {
			texts.add(anchor.getText());
		}
		root.getChildren().forEach(child -> texts.addAll(anchors(child)));
		return texts;
	}

}
