package org.airegistry.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Location;

/**
 * The report form, the reporter's status page and the provider's answer, without a
 * browser.
 */
@H2Test
class ReportViewsTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	TextArea area(String label) {
		return find(TextArea.class).withLabelContaining(label).single();
	}

	@Test
	@DisplayName("Bad input is marked next to each field and kept; a good report gives a reference and a private link")
	void reportForm() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Form Reported System"));
		navigate("systems/" + number + "/report", ReportInaccuracyView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Report an inaccuracy: Form Reported System");

		test(area("What is wrong")).setValue("short");
		test(find(EmailField.class).withLabelContaining("email").single()).setValue("no-at-sign");
		test(find(Button.class).withText("Send report").single()).click();
		assertThat(area("What is wrong").isInvalid()).isTrue();
		assertThat(area("What is wrong").getErrorMessage())
			.isEqualTo("Describe the problem in 20 to 4,000 characters.");
		assertThat(area("What is wrong").getValue()).isEqualTo("short");
		assertThat(find(EmailField.class).withLabelContaining("email").single().isInvalid()).isTrue();

		test(area("What is wrong")).setValue("The intended purpose no longer matches the product since March.");
		test(find(EmailField.class).withLabelContaining("email").single()).setValue("");
		test(find(Button.class).withText("Send report").single()).click();
		assertThat(find(H1.class).single().getText()).isEqualTo("Thank you, your report was sent");
		String link = find(Anchor.class).all()
			.stream()
			.map(Anchor::getHref)
			.filter(href -> href.startsWith("reports/"))
			.findFirst()
			.orElseThrow();

		testData.login(provider);
		navigate(ProviderReportsView.class);
		assertThat(find(H2.class).all()).hasSize(1);
		test(area("Your answer")).setValue("We corrected the intended purpose in version 2.");
		test(find(Button.class).withText("Entry corrected").single()).click();
		assertThat(find(Paragraph.class).withText("No reports.").exists()).isFalse();
		SecurityContextHolder.clearContext();

		// the private link carries the token as a query parameter (DD042), which the
		// browserless navigate(String, Class) does not accept in the location string
		Location status = new Location(link);
		UI.getCurrent().navigate(status.getPath(), status.getQueryParameters());
		assertThat(getCurrentView()).isInstanceOf(ReportStatusView.class);
		assertThat(find(com.vaadin.flow.component.html.Span.class).withText("Corrected by the provider").exists())
			.isTrue();
		assertThat(find(com.vaadin.flow.component.html.Span.class)
			.withText("We corrected the intended purpose in version 2.")
			.exists()).isTrue();
	}

}
