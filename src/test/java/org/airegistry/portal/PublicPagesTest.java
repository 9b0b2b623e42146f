package org.airegistry.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;

import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.shared.MemberState;
import org.airegistry.shell.NotFoundView;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;

/** Public pages without a browser, as an anonymous visitor, on H2. */
@H2Test
class PublicPagesTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	String publish(String name, String purpose) {
		TestUser provider = testData.provider();
		return testData.as(provider, () -> {
			DraftEntry draft = testData.registry()
				.createDraft(TestData.sample(name)
					.withIntendedPurpose(purpose)
					.withMemberStates(EnumSet.of(MemberState.DE, MemberState.EL)));
			testData.registry().publish(draft.id(), draft.lockVersion(), "");
			return testData.registry().open(draft.id()).registrationNumber();
		});
	}

	@Test
	@DisplayName("The permalink shows the entry with its Annex VIII fields, version and SHA-256")
	void publicEntry() {
		String number = publish("Permalink System", "Sorts applications.");
		UI.getCurrent().navigate("systems/" + number);

		assertThat(getCurrentView()).isInstanceOf(PublicEntryView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Permalink System");
		assertThat(find(Span.class).withText("Version 1 of 1").exists()).isTrue();
		assertThat(find(Code.class).single().getText()).matches("[0-9a-f]{64}");
		String fields = find(DescriptionList.class).single().getElement().getTextRecursively();
		assertThat(fields).contains("Trade name (Annex VIII A.4)").contains("Germany").contains("Greece");
	}

	@Test
	@DisplayName("Script text from an entry is rendered as text, not markup")
	void scriptAsText() {
		String number = publish("<b>bold</b><script>alert(1)</script>", "<img src=x onerror=alert(1)>");
		UI.getCurrent().navigate("systems/" + number);

		H1 heading = find(H1.class).single();
		assertThat(heading.getText()).isEqualTo("<b>bold</b><script>alert(1)</script>");
		assertThat(heading.getElement().getChildCount()).isEqualTo(1);
		assertThat(heading.getElement().getChild(0).isTextNode()).as("only a text node, no markup").isTrue();
		assertThat(find(Paragraph.class).withText("<img src=x onerror=alert(1)>").exists()).isTrue();
	}

	@Test
	@DisplayName("In German the page uses German labels and Member State names")
	void german() {
		String number = publish("Deutsches System", "Zweck.");
		UI.getCurrent().setLocale(Locale.GERMAN);
		UI.getCurrent().navigate("systems/" + number);

		String fields = find(DescriptionList.class).single().getElement().getTextRecursively();
		assertThat(fields).contains("Registriernummer")
			.contains("Handelsname (Anhang VIII A.4)")
			.contains("Deutschland")
			.contains("Griechenland");
	}

	@Test
	@DisplayName("An unknown or unpublished registration number is not found")
	void unknown() {
		UI.getCurrent().navigate("systems/AIR-999999");
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		UI.getCurrent().navigate("systems/AIR-999999/versions/abc");
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
	}

	@Test
	@DisplayName("The home page lists the newest registrations")
	void home() {
		publish("Newest Home System", "Purpose.");
		// the test UI opened the home page before the entry existed: leave it and come
		// back
		UI.getCurrent().navigate("systems/AIR-999999");
		navigate(HomeView.class);
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).all())
			.extracting(com.vaadin.flow.component.html.Anchor::getText)
			.contains("Newest Home System");
		// Art 49, 71: this instance is not the Commission's EU database unless configured
		assertThat(find(Paragraph.class).withClassName("operator-statement").single().getText())
			.contains("not the EU database")
			.contains("Art 71")
			.contains("not an authorisation");
	}

	@Test
	@DisplayName("Art 71: the operator statement comes from the settings, per language, else the default for the instance")
	void operatorStatement() {
		OperatorStatement unofficial = new OperatorStatement(false, java.util.Map.of());
		assertThat(unofficial.configuredText(Locale.GERMAN)).isEmpty();
		assertThat(unofficial.defaultKey()).isEqualTo("home.statement.unofficial");
		OperatorStatement official = new OperatorStatement(true,
				java.util.Map.of("en", "Run by the Commission.", "de", "Betrieben von der Kommission."));
		assertThat(official.defaultKey()).isEqualTo("home.statement.official");
		assertThat(official.configuredText(Locale.GERMAN)).contains("Betrieben von der Kommission.");
		assertThat(official.configuredText(Locale.FRENCH)).contains("Run by the Commission.");
	}

	@Test
	@DisplayName("Art 49(4): the permalink and version links of a restricted entry are not found")
	void restrictedIsNotFound() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider,
				TestData.sample("Restricted Page System")
					.withAnnexIIIPoint(org.airegistry.shared.AnnexIIIPoint.P6B, false)
					.minimisedForRestrictedSection());
		UI.getCurrent().navigate("systems/" + number);
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		UI.getCurrent().navigate("systems/" + number + "/versions/1");
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		UI.getCurrent().navigate("systems/" + number + "/diff", PublicEntryDiffView.query(1, 1));
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
	}

	@Test
	@DisplayName("The public comparison of two versions lists each changed field with its Annex label")
	void diff() {
		TestUser provider = testData.provider();
		String number = testData.as(provider, () -> {
			DraftEntry draft = testData.registry().createDraft(TestData.sample("Diff System"));
			testData.registry().publish(draft.id(), draft.lockVersion(), "");
			DraftEntry saved = testData.registry()
				.saveDraft(draft.id(), testData.registry().open(draft.id()).lockVersion(),
						TestData.sample("Diff System")
							.withIntendedPurpose("A new purpose.")
							.withStatus(org.airegistry.registry.EntryStatus.RECALLED));
			testData.registry().publish(saved.id(), saved.lockVersion(), "Recalled");
			return testData.registry().open(draft.id()).registrationNumber();
		});
		UI.getCurrent().navigate("systems/" + number);
		assertThat(find(Span.class).withText("Version 2 of 2").exists()).isTrue();
		UI.getCurrent().navigate("systems/" + number + "/diff", PublicEntryDiffView.query(1, 2));

		assertThat(getCurrentView()).isInstanceOf(PublicEntryDiffView.class);
		String changes = find(DescriptionList.class).single().getElement().getTextRecursively();
		assertThat(changes).contains("Intended purpose (Annex VIII A.5)")
			.contains("A new purpose.")
			.contains("Status (Annex VIII A.7)")
			.contains("On the market")
			.contains("Recalled")
			.doesNotContain("Trade name");
		UI.getCurrent().navigate("systems/" + number + "/diff", PublicEntryDiffView.query(1, 9));
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
	}

	@Test
	@DisplayName("Visitors see the sign-up link and no workspace in the navigation")
	void navigationForVisitors() {
		navigate(HomeView.class);
		assertThat(find(com.vaadin.flow.component.html.Anchor.class).all())
			.extracting(com.vaadin.flow.component.html.Anchor::getText)
			.contains("Sign up")
			.doesNotContain("My entries");
	}

}
