package org.airegistry.guide.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.airegistry.testsupport.H2Test;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;

/** The guide without a browser, as an anonymous visitor. */
@H2Test
class GuideViewTest extends SpringBrowserlessTest {

	@SuppressWarnings("unchecked")
	RadioButtonGroup<String> radios() {
		return find(RadioButtonGroup.class).single();
	}

	@SuppressWarnings("unchecked")
	CheckboxGroup<String> checkboxes() {
		return find(CheckboxGroup.class).single();
	}

	void next() {
		test(find(Button.class).withText("Next").single()).click();
	}

	String location() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
	}

	@Test
	@DisplayName("Art 6(3) third subparagraph: a profiling Annex III system is high-risk, step by step, answers in the URL")
	void stepByStep() {
		navigate(GuideView.class);
		assertThat(radios().getLabel()).isEqualTo("What do you want to classify?");
		assertThat(find(Button.class).withText("Back").exists()).isFalse();
		test(radios()).selectItem("An AI system");
		next();
		assertThat(location()).contains("subject=system");

		test(checkboxes()).selectItem(
				"Provider: we develop it and place it on the market or put it into service under our name (Art 3(3))");
		next();
		test(checkboxes()).selectItem("None of these");
		next();
		test(radios()).selectItem("No");
		next();
		test(radios()).selectItem("4 Employment, workers\u2019 management and access to self-employment");
		next();
		assertThat(radios().getLabel()).isEqualTo("Which use case of this area?");
		assertThat(radios().getListDataView().getItems()).containsExactly("4a", "4b");
		radios().setValue("4a");
		next();
		test(checkboxes()).selectItem("(a) It performs a narrow procedural task");
		next();
		test(radios()).selectItem("Yes");
		next();
		test(checkboxes()).selectItem("It interacts directly with people (e.g. a chatbot)");
		next();

		assertThat(find(H1.class).single().getText()).isEqualTo("Your result");
		assertThat(find(Paragraph.class).withClassName("guide-regime").single().getText())
			.startsWith("High-risk AI system");
		String page = getCurrentView().getElement().getTextRecursively();
		assertThat(page).contains("Art 6(3) third subparagraph")
			.contains("Annex III point 4(a)")
			.contains("Art 50(1)")
			.contains("Art 49(1), Annex VIII Section A");
		assertThat(find(Anchor.class).withText("Start a registration (Annex VIII Section A)").single().getHref())
			.isEqualTo("workspace/systems");
		assertThat(location()).contains("art63=a").contains("profiling=yes").contains("art50=chatbot");
	}

	@Test
	@DisplayName("A shared link restores the result; Back shows the earlier answer selected")
	void linkRestores() {
		UI.getCurrent().navigate("guide", QueryParameters.fromString("subject=model&openSource=yes&compute=above"));
		assertThat(find(Paragraph.class).withClassName("guide-regime").single().getText())
			.startsWith("General-purpose AI model with systemic risk");
		assertThat(getCurrentView().getElement().getTextRecursively())
			.contains("The open-source exemption does not apply to models with systemic risk")
			.contains("Art 52(1)");
		assertThat(find(Anchor.class).withText("Link to this result").single().getHref())
			.isEqualTo("guide?subject=model&openSource=yes&compute=above");
		assertThat(find(Anchor.class).withText("Start a public page for your general-purpose AI model").exists())
			.isTrue();

		UI.getCurrent()
			.navigate("guide", QueryParameters.fromString("subject=model&openSource=yes&compute=above&step=compute"));
		assertThat(radios().getValue()).isEqualTo("above");
		test(find(Button.class).withText("Back").single()).click();
		assertThat(radios().getValue()).isEqualTo("yes");
	}

	@Test
	@DisplayName("Art 5: a prohibited practice ends the guide; 'none' with another answer is refused next to the field")
	void prohibited() {
		UI.getCurrent().navigate("guide", QueryParameters.fromString("subject=system&role=deployer"));
		test(checkboxes()).selectItem("None of these");
		test(checkboxes()).selectItem("(e) Untargeted scraping of facial images to build facial recognition databases");
		next();
		assertThat(checkboxes().isInvalid()).isTrue();
		assertThat(checkboxes().getErrorMessage()).contains("cannot be combined");

		test(checkboxes()).deselectItem("None of these");
		next();
		assertThat(find(Paragraph.class).withClassName("guide-regime").single().getText())
			.startsWith("Prohibited practice");
		String page = getCurrentView().getElement().getTextRecursively();
		assertThat(page).contains("Art 5(1)(e)")
			.contains("No registration can make it lawful")
			.contains("whichever is higher")
			.contains("Art 99(6)")
			.doesNotContain("No registration in the EU database is needed");
	}

	@Test
	@DisplayName("Art 26, 27, 86: an employer screening CVs is shown deployer duties, not provider duties")
	void employerScreeningCvs() {
		UI.getCurrent()
			.navigate("guide", QueryParameters.fromString(
					"subject=system&role=deployer&art5=none&annexI=no&area=4&point=4a&deployer=other&art50=none"));
		assertThat(find(Paragraph.class).withClassName("guide-regime").single().getText())
			.startsWith("High-risk AI system");
		String page = getCurrentView().getElement().getTextRecursively();
		assertThat(page).contains("the deployer duties of Art 26 apply")
			.contains("Art 26(7)")
			.contains("Art 86(1)")
			.contains("Art 26(11)")
			.doesNotContain("Art 49(1), Annex VIII Section A")
			.doesNotContain("Put a quality management system in place");
		assertThat(
				find(Anchor.class).withText("Register your use voluntarily (Annex VIII Section C)").single().getHref())
			.isEqualTo("my-deployments");
		assertThat(find(Anchor.class).withText("Start a registration (Annex VIII Section A)").exists()).isFalse();
	}

	@Test
	@DisplayName("Art 26(8), 49(3): a public authority is sent to register its use (Section C)")
	void publicAuthority() {
		UI.getCurrent()
			.navigate("guide", QueryParameters.fromString(
					"subject=system&role=deployer&art5=none&annexI=no&area=5&point=5a&deployer=publicAuthority&art50=none"));
		String page = getCurrentView().getElement().getTextRecursively();
		assertThat(page).contains("Art 49(3), Annex VIII Section C").contains("Art 27(1), Art 27(3)");
		assertThat(find(Anchor.class).withText("Register your use (Annex VIII Section C)").exists()).isTrue();
	}

	@Test
	@DisplayName("Art 5 in German: the result cites the Act in the German style only (Art. 5 Abs. 1 Buchst. e)")
	void prohibitedInGerman() {
		UI.getCurrent().setLocale(java.util.Locale.GERMAN);
		UI.getCurrent().navigate("guide", QueryParameters.fromString("subject=system&role=provider&art5=e"));
		String text = getCurrentView().getElement().getTextRecursively();
		assertThat(find(Paragraph.class).withClassName("guide-regime").single().getText()).doesNotContain("Art 5");
		assertThat(text).contains("Verbotene Praktik (Art. 5 Abs. 1 Buchst. e)")
			.doesNotContain("Art 5(1)")
			.doesNotContain("Art. 5 Abs. 1 Buchst. e (Art");
	}

	@Test
	@DisplayName("Nothing chosen: the message is shown next to the field")
	void required() {
		navigate(GuideView.class);
		next();
		assertThat(radios().isInvalid()).isTrue();
		assertThat(radios().getErrorMessage()).isEqualTo("Choose an answer to continue.");
	}

}
