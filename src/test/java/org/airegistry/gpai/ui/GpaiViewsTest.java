package org.airegistry.gpai.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.airegistry.publication.Draft;
import org.airegistry.gpai.CommissionDecision;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiOversight;
import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.GpaiSamples;
import org.airegistry.gpai.GpaiService;
import org.airegistry.gpai.ModelSearch;
import org.airegistry.gpai.SystemicRiskStatus;
import org.airegistry.gpai.WorkspaceModel;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.portal.SearchView;
import org.airegistry.publication.ui.VersionDiffView;
import org.airegistry.registry.TestPdfs;
import org.airegistry.shared.Role;
import org.airegistry.shell.NotFoundView;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
 * GPAI model views without a browser, on H2: editor messages, public page, search,
 * designation.
 */
@H2Test
class GpaiViewsTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	GpaiService service;

	@Autowired
	GpaiQueries queries;

	@Autowired
	GpaiOversight oversight;

	void login(TestUser user) {
		testData.login(user);
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	TextField textField(String label) {
		return find(TextField.class).withLabelContaining(label).single();
	}

	TextArea textArea(String label) {
		return find(TextArea.class).withLabelContaining(label).single();
	}

	void click(String caption) {
		test(find(Button.class).withText(caption).single()).click();
	}

	Draft<GpaiModelId, GpaiModelData> publishedAs(TestUser provider, String name, boolean systemic) {
		return testData.as(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> draft = service
				.createDraft(systemic ? GpaiSamples.systemic(name) : GpaiSamples.complete(name));
			service.saveTechnicalDocumentation(draft.id(), "SECRET-ANNEX-XI-" + name);
			service.publish(draft.id(), draft.lockVersion(), "");
			return service.open(draft.id());
		});
	}

	@Test
	@DisplayName("Art 53: a new model page is saved as a draft; publishing names the missing fields next to them")
	void editorShowsProblems() {
		login(testData.provider());
		UI.getCurrent().navigate("workspace/models/new");
		assertThat(find(H1.class).single().getText()).isEqualTo("New general-purpose AI model page");
		test(textField("Model name")).setValue("Editor Model");
		click("Save draft");
		assertThat(service.myModels()).extracting(WorkspaceModel::name).containsExactly("Editor Model");

		click("Publish");
		assertThat(find(ConfirmDialog.class).all()).as("problems are shown at once, without a confirmation")
			.noneMatch(ConfirmDialog::isOpened);
		assertThat(textField("Licence").isInvalid()).isTrue();
		assertThat(textField("Licence").getErrorMessage()).isEqualTo("Required.");
		assertThat(textArea("Copyright policy").getErrorMessage()).contains("Art 53(1)(c)");
		assertThat(textArea("Measures to respect text-and-data-mining opt-outs").getErrorMessage())
			.contains("template 3.1");
		assertThat(textArea("Architecture").getErrorMessage()).contains("Annex XII");
	}

	@Test
	@DisplayName("Issue 21, Art 53(1)(b): publishing a model page asks first, with the diff against the published "
			+ "version (the same diff as the public comparison); cancelling publishes nothing")
	void publishAsksWithTheDiff() {
		TestUser provider = testData.provider();
		Draft<GpaiModelId, GpaiModelData> model = publishedAs(provider, "Confirmed Model", false);
		login(provider);
		UI.getCurrent().navigate("workspace/models/" + model.id());
		String licence = textField("Licence").getValue();
		test(textField("Licence")).setValue("Apache-2.0 and CC-BY-4.0");
		test(textArea("What changed in this version")).setValue("Licence widened");

		click("Publish");
		ConfirmDialog confirm = find(ConfirmDialog.class).all()
			.stream()
			.filter(ConfirmDialog::isOpened)
			.findFirst()
			.orElseThrow();
		assertThat(test(confirm).getHeader()).isEqualTo("Publish Confirmed Model?");
		assertThat(confirm.getElement().getTextRecursively())
			.contains("Version 2 replaces version 1 on the public page, with 1 change:")
			.contains("Public now: " + licence)
			.contains("After publishing: Apache-2.0 and CC-BY-4.0");
		test(confirm).cancel();
		assertThat(service.open(model.id()).publishedVersion()).as("cancelled: nothing published").isEqualTo(1);

		click("Publish");
		test(find(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst().orElseThrow())
			.confirm();
		assertThat(service.open(model.id()).publishedVersion()).isEqualTo(2);
	}

	@Test
	@DisplayName("Art 53(1)(d): a text the service refuses (a control character in the training summary's crawler "
			+ "names) is shown next to that field through the binder and in the summary; nothing is saved")
	void serviceRefusalAtTheSummaryField() {
		login(testData.provider());
		UI.getCurrent().navigate("workspace/models/new");
		test(textField("Model name")).setValue("Refused Text Model");
		test(textArea("Crawler names and purposes")).setValue("GoodBot\u0007 for research");
		click("Save draft");

		assertThat(textArea("Crawler names and purposes").isInvalid()).isTrue();
		assertThat(textArea("Crawler names and purposes").getErrorMessage()).contains("invisible control characters");
		assertThat(textArea("Intended tasks").isInvalid()).isFalse();
		assertThat(find(org.airegistry.shell.components.ErrorSummary.class).single().getElement().getTextRecursively())
			.contains("invisible control characters");
		assertThat(service.myModels()).isEmpty();
	}

	@Test
	@DisplayName("Art 53(1)(b): the editor checks the service's text lengths next to the field before sending, "
			+ "and every section says what it is for")
	void lengthsAndSectionHelp() {
		login(testData.provider());
		UI.getCurrent().navigate("workspace/models/new");
		test(textField("Model name")).setValue("Long Text Model");
		test(textArea("Intended tasks")).setValue("x".repeat(org.airegistry.gpai.GpaiRules.TEXT_MAX + 1));
		click("Save draft");

		// the binder runs the input's own maximum-length check first (as in
		// DraftEditorTest),
		// so the mark and the refusal to send are asserted, not the message
		assertThat(textArea("Intended tasks").isInvalid()).isTrue();
		assertThat(textArea("Intended tasks").getMaxLength()).isEqualTo(org.airegistry.gpai.GpaiRules.TEXT_MAX);
		assertThat(textField("Model name").getMaxLength()).isEqualTo(org.airegistry.gpai.GpaiRules.NAME_MAX);
		assertThat(service.myModels()).isEmpty();
		assertThat(getCurrentView().getElement().getTextRecursively())
			.contains("What providers who integrate the model into their AI systems need to know (Art 53(1)(b))")
			.contains("following the AI Office’s template (Art 53(1)(d))");
	}

	@Test
	@DisplayName("Issue 13: Publish is offered only while the page would change the public version; otherwise it is "
			+ "disabled with the reason next to it, until an input changes")
	void publishOnlyWithAChange() {
		TestUser provider = testData.provider();
		Draft<GpaiModelId, GpaiModelData> model = publishedAs(provider, "Unchanged Model", false);
		login(provider);
		UI.getCurrent().navigate("workspace/models/" + model.id());
		Button publish = find(Button.class).withText("Publish").single();
		Paragraph reason = find(Paragraph.class).withClassName("publish-reason").single();
		assertThat(publish.isEnabled()).isFalse();
		assertThat(reason.isVisible()).isTrue();
		assertThat(reason.getText())
			.isEqualTo("There are no changes to publish: the public version is already up to date.");
		assertThat(publish.getElement().getAttribute("aria-describedby")).isEqualTo(reason.getId().orElseThrow());

		// the change summary alone changes nothing
		test(textArea("What changed in this version")).setValue("Nothing really");
		assertThat(publish.isEnabled()).isFalse();

		test(textField("Licence")).setValue("MIT");
		assertThat(publish.isEnabled()).isTrue();
		assertThat(reason.isVisible()).isFalse();
		click("Save draft");
		assertThat(publish.isEnabled()).as("the saved draft differs from the public version").isTrue();

		// a page never published is publishable at once
		UI.getCurrent().navigate("workspace/models/new");
		assertThat(find(Button.class).withText("Publish").single().isEnabled()).isTrue();
	}

	@Test
	@SuppressWarnings("unchecked")
	@DisplayName("Issue 13: the training data sizes (one input per modality, one value of the summary) are tracked by "
			+ "the summary's binder; the Annex XI documentation, never published, does not offer publishing but "
			+ "leaving with it unsaved asks first")
	void changesOfComposedAndUnpublishedInputs() {
		TestUser provider = testData.provider();
		Draft<GpaiModelId, GpaiModelData> model = publishedAs(provider, "Tracked Model", false);
		login(provider);
		UI.getCurrent().navigate("workspace/models/" + model.id());
		Button publish = find(Button.class).withText("Publish").single();
		assertThat(publish.isEnabled()).isFalse();

		com.vaadin.flow.component.combobox.ComboBox<Object> textSize = find(
				com.vaadin.flow.component.combobox.ComboBox.class)
			.withLabelContaining("Training data size: Text")
			.single();
		test(textSize).selectItem("More than 10 trillion tokens");
		assertThat(publish.isEnabled()).isTrue();
		test(textSize).selectItem("1 billion to 10 trillion tokens");
		assertThat(publish.isEnabled()).as("changed back").isFalse();

		// a walk of the editor's components counted the Annex XI text as a change of the
		// page
		test(textArea("Annex XI documentation")).setValue("SECRET-ANNEX-XI-revised");
		assertThat(publish.isEnabled()).isFalse();
		UI.getCurrent().navigate("workspace/models");
		ConfirmDialog ask = find(ConfirmDialog.class).all()
			.stream()
			.filter(dialog -> dialog.hasClassName("leave-confirmation") && dialog.isOpened())
			.findFirst()
			.orElseThrow();
		assertThat(test(ask).getHeader()).isEqualTo("Leave without saving?");
		test(ask).cancel();
		assertThat(textArea("Annex XI documentation").getValue()).isEqualTo("SECRET-ANNEX-XI-revised");
		click("Save draft");
		UI.getCurrent().navigate("workspace/models");
		assertThat(find(ConfirmDialog.class).all()).noneMatch(ConfirmDialog::isOpened);
		assertThat(getCurrentView()).isNotInstanceOf(GpaiEditorView.class);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|',
			value = { "Number of parameters|seven billion|Enter a number", "Number of parameters|0|greater than zero",
					"Cumulative training compute (FLOP)|lots|Enter a number",
					"Serious-incident reporting contact (Art 55(1)(c))|call us|e-mail address" })
	@DisplayName("Malformed numbers and contacts are refused next to the field, nothing is saved")
	void malformed(String label, String value, String message) {
		login(testData.provider());
		UI.getCurrent().navigate("workspace/models/new");
		test(textField("Model name")).setValue("Malformed " + value);
		test(textField(label)).setValue(value);
		click("Save draft");
		assertThat(textField(label).isInvalid()).isTrue();
		assertThat(textField(label).getErrorMessage()).contains(message);
		assertThat(service.myModels()).isEmpty();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			value = { "en|3.8E25|7,000,000,000", "de|3,8E25|7.000.000.000", "fr|3,8E25|7 000 000 000",
					"nl|3,8E25|7.000.000.000", "pl|3,8E25|7 000 000 000", "it|3,8E25|7.000.000.000",
					"es|3,8E25|7.000.000.000" })
	@DisplayName("Art 51(2): compute and parameters are typed and shown in the UI's language (issue 19)")
	void numbersInTheUiLanguage(String language, String compute, String parameters) {
		login(testData.provider());
		UI.getCurrent().setLocale(java.util.Locale.of(language));
		UI.getCurrent().navigate("workspace/models/new");
		UI ui = UI.getCurrent();
		test(textField(ui.getTranslation("gpai.field.name"))).setValue("Locale Model " + language);
		test(textField(ui.getTranslation("gpai.field.trainingComputeFlop"))).setValue(compute);
		test(textField(ui.getTranslation("gpai.field.parameterCount"))).setValue(parameters);
		click(ui.getTranslation("gpai.editor.save"));
		GpaiModelData saved = service.open(service.myModels().getFirst().id()).data();
		assertThat(saved.trainingComputeFlop()).isEqualByComparingTo("3.8E25");
		assertThat(saved.parameterCount()).isEqualTo(7_000_000_000L);
		// shown again in the same writing
		assertThat(textField(ui.getTranslation("gpai.field.trainingComputeFlop")).getValue()).isEqualTo(compute);
		assertThat(textField(ui.getTranslation("gpai.field.parameterCount")).getValue().replaceAll("\\h", " "))
			.isEqualTo(parameters);
	}

	@Test
	@DisplayName("Art 51(2): the calculator shows 6 x parameters x tokens and flags the presumption")
	void calculator() {
		login(testData.provider());
		UI.getCurrent().navigate("workspace/models/new");
		test(textField("Number of parameters")).setValue("1000000000000");
		test(textField("Training tokens")).setValue("2000000000000");
		String info = find(Paragraph.class).withClassName("compute-info").single().getText();
		assertThat(info).contains("1.20E+25").contains("6 \u00d7 parameters \u00d7 tokens").contains("Art 51(2)");
	}

	@Test
	@DisplayName("Art 53(1)(d): the public page shows the summary with its JSON, history and SHA-256, never Annex XI")
	void publicPage() {
		TestUser provider = testData.provider();
		Draft<GpaiModelId, GpaiModelData> model = publishedAs(provider, "Public Page Model", false);
		logout();
		UI.getCurrent().navigate(GpaiRoutes.permalink(model.id()));

		assertThat(getCurrentView()).isInstanceOf(PublicModelView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Public Page Model");
		String page = getCurrentView().getElement().getTextRecursively();
		assertThat(page).contains("wikipedia.org")
			.contains("1 billion to 10 trillion tokens")
			.contains("robots.txt and TDMRep honoured")
			.contains("Version 1 of 1")
			.doesNotContain("SECRET-ANNEX-XI");
		assertThat(find(Code.class).single().getText()).matches("[0-9a-f]{64}");
		assertThat(find(Anchor.class).withText("Download the training-content summary (JSON)").single().getHref())
			.isEqualTo(GpaiRoutes.summaryJson(model.id(), 1));

		UI.getCurrent().navigate("models/" + model.id() + "/versions/7");
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		UI.getCurrent().navigate("models/not-a-uuid");
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
	}

	@Test
	@DisplayName("Art 53(1)(d): the public comparison of two differing model versions shows both values of the "
			+ "changed field, never Annex XI; an unknown version is not found")
	void publicComparisonOfTwoVersions() {
		TestUser provider = testData.provider();
		Draft<GpaiModelId, GpaiModelData> first = publishedAs(provider, "Compared Model", false);
		String before = first.data().licence();
		testData.as(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> saved = service.saveDraft(first.id(), first.lockVersion(),
					first.data().toBuilder().licence("Apache-2.0 and CC-BY-4.0").build());
			return service.publish(saved.id(), saved.lockVersion(), "Licence widened");
		});
		logout();

		UI.getCurrent().navigate(GpaiRoutes.permalink(first.id()) + "/diff", VersionDiffView.query(1, 2));
		assertThat(getCurrentView()).isInstanceOf(ModelDiffView.class);
		String changes = find(DescriptionList.class).single().getElement().getTextRecursively();
		assertThat(changes).contains(before)
			.contains("Apache-2.0 and CC-BY-4.0")
			.doesNotContain("SECRET-ANNEX-XI")
			.doesNotContain("wikipedia.org");
		UI.getCurrent().navigate(GpaiRoutes.permalink(first.id()) + "/diff", VersionDiffView.query(1, 9));
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
	}

	@Test
	@DisplayName("Art 52(4): a regulator of the AI Office records the designation as a new version; Annex XI is visible to regulators")
	void regulatorDesignates() {
		TestUser provider = testData.provider();
		Draft<GpaiModelId, GpaiModelData> model = publishedAs(provider, "Designated Model", true);
		// a national authority's user sees Annex XI but records no decision of the
		// Commission
		login(testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE));
		UI.getCurrent().navigate(GpaiRoutes.permalink(model.id()));
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("SECRET-ANNEX-XI-Designated Model")
			.contains("recorded by the AI Office");
		assertThat(find(Button.class).withText("Record designation as systemic risk (Art 52(4))").all()).isEmpty();
		logout();
		login(testData.aiOffice(org.airegistry.shared.Competence.GPAI));
		UI.getCurrent().navigate(GpaiRoutes.permalink(model.id()));
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("SECRET-ANNEX-XI-Designated Model");
		click("Record designation as systemic risk (Art 52(4))");

		assertThat(queries.latest(model.id()).orElseThrow().version()).isEqualTo(2);
		assertThat(queries.latest(model.id()).orElseThrow().data().systemicRiskStatus())
			.isEqualTo(SystemicRiskStatus.DESIGNATED);
		String today = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(java.util.Locale.GERMAN)
			.format(java.time.LocalDate.now());
		assertThat(queries.versions(model.id(), java.util.Locale.ENGLISH).getFirst().changeSummary())
			.startsWith("Designated as a general-purpose AI model with systemic risk (Art 51(1)(b), Art 52(4))");

		// issue 19: the decision shows in the reader's language, on the page and in the
		// comparison
		UI.getCurrent().setLocale(java.util.Locale.GERMAN);
		UI.getCurrent().navigate(GpaiRoutes.permalink(model.id()));
		assertThat(getCurrentView().getElement().getTextRecursively())
			.contains("Als KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko eingestuft "
					+ "(Art. 51 Abs. 1 Buchst. b, Art. 52 Abs. 4), Beschluss vom " + today)
			.doesNotContain("Designated as a general-purpose AI model")
			.doesNotContain(CommissionDecision.PREFIX);
	}

	@Test
	@DisplayName("Public model search: facets with counts, the systemic-risk filter in the URL")
	void search() {
		TestUser provider = testData.provider();
		publishedAs(provider, "Facet Small Model", false);
		publishedAs(provider, "Facet Big Model", true);
		// indexed after commit, from the outbox
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(queries.search(new ModelSearch("facet", null, null, null, null)).hits())
				.extracting(model -> model.data().name())
				.contains("Facet Small Model", "Facet Big Model"));
		long systemic = queries.search(new ModelSearch("", null, null, null, true)).hits().size();

		// the former address forwards to the models tab of the public search, filters
		// kept
		UI.getCurrent().navigate("models", QueryParameters.fromString("systemicRisk=true"));
		assertThat(getCurrentView()).isInstanceOf(SearchView.class);
		assertThat(find(Anchor.class).withText("Facet Big Model").exists()).isTrue();
		assertThat(find(Anchor.class).withText("Facet Small Model").exists()).isFalse();
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Yes (" + systemic + ")");
		// the active filter is a removable chip
		assertThat(find(Button.class).withText("Systemic risk: Yes ×").exists()).isTrue();

		UI.getCurrent().navigate("search", QueryParameters.fromString("kind=models&q=facet%20small"));
		assertThat(find(Anchor.class).withText("Facet Small Model").exists()).isTrue();
		assertThat(find(Anchor.class).withText("Facet Big Model").exists()).isFalse();
		String snippet = find(Paragraph.class).withClassName("snippet").first().getElement().getProperty("innerHTML");
		assertThat(snippet).contains("<mark>");

		// the systems tab points to the models that match too
		UI.getCurrent().navigate("search", QueryParameters.fromString("q=facet%20small"));
		assertThat(getCurrentView().getElement().getTextRecursively())
			.containsPattern("\\d+ general-purpose AI models? also match");
		assertThat(find(Anchor.class).withText("show them").single().getHref()).contains("kind=models")
			.contains("q=facet");
	}

	@Test
	@DisplayName("Art 53(1)(a), Annex XI: a file that is not a PDF is refused next to the upload field; an "
			+ "attached PDF is listed for the provider and for regulators, never for the public")
	void technicalDocumentUpload() {
		TestUser provider = testData.provider();
		Draft<GpaiModelId, GpaiModelData> model = publishedAs(provider, "Attachment Model", false);
		login(provider);
		UI.getCurrent().navigate("workspace/models/" + model.id());
		TechnicalDocumentsField field = find(TechnicalDocumentsField.class).single();

		field.receive("photo.pdf", org.airegistry.registry.TestPdfs.file(TestPdfs.notPdf())).run();
		assertThat(field.isInvalid()).isTrue();
		assertThat(field.getErrorMessage()).contains("not a PDF");
		assertThat(field.getValue()).isEmpty();

		field.receive("annex-xi-attachment.pdf", org.airegistry.registry.TestPdfs.file(TestPdfs.pdf("Annex XI"))).run();
		assertThat(field.isInvalid()).isFalse();
		assertThat(field.getValue()).singleElement()
			.satisfies(document -> assertThat(document.fileName()).isEqualTo("annex-xi-attachment.pdf"));

		login(testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE));
		UI.getCurrent().navigate(GpaiRoutes.permalink(model.id()));
		Anchor download = find(Anchor.class).withTextContaining("annex-xi-attachment.pdf").single();
		assertThat(download.getHref())
			.isEqualTo(GpaiRoutes.technicalDocument(model.id(), field.getValue().getFirst().sha256()));

		logout();
		UI.getCurrent().navigate(GpaiRoutes.permalink(model.id()));
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Attachment Model")
			.doesNotContain("annex-xi-attachment.pdf");
	}

}
