package org.airegistry.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.airegistry.registry.Art63Condition;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.SectionB;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;

/** Section B entries on the public pages, in English and German, on H2. */
@H2Test
class SectionBPublicPageTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	String publishSectionB(String name) {
		TestUser provider = testData.provider();
		return testData.as(provider, () -> {
			EntryData a = TestData.sample(name);
			DraftEntry draft = testData.registry().createDraft(a);
			testData.registry().publish(draft.id(), draft.lockVersion(), "");
			DraftEntry published = testData.registry().open(draft.id());
			EntryData b = a.withMemberStates(Set.of())
				.asSectionB(new SectionB(EnumSet.of(Art63Condition.A_NARROW_PROCEDURAL_TASK), false, ""))
				.minimisedForSection(true);
			DraftEntry saved = testData.registry().saveDraft(draft.id(), published.lockVersion(), b);
			testData.registry().publish(saved.id(), saved.lockVersion(), "Art 6(3) assessment");
			return testData.registry().open(draft.id()).registrationNumber();
		});
	}

	@Test
	@DisplayName("Art 49(2), Annex VIII B: the public page shows the section, B.6 conditions and the provider's functional contact")
	void sectionBPage() {
		String number = publishSectionB("Public Section B Sorter");
		UI.getCurrent().navigate("systems/" + number);

		String fields = find(DescriptionList.class).single().getElement().getTextRecursively();
		assertThat(fields).contains("Annex VIII Section B, Art 49(2)")
			.contains("Art 6(3) conditions that apply (Annex VIII B.6)")
			.contains("(a) The system performs a narrow procedural task")
			.contains("Status (Annex VIII B.8)")
			.contains("Provider (Annex VIII B.1)")
			.contains("@example.org")
			.doesNotContain("Components and functions")
			.doesNotContain("Test User");
	}

	@Test
	@DisplayName("Moving from Section A to Section B shows in the diff, field by field")
	void diffAcrossSections() {
		String number = publishSectionB("Diff Section B Sorter");
		UI.getCurrent()
			.navigate("systems/" + number + "/diff",
					com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("from", "1", "to", "2")));

		String changes = find(DescriptionList.class).single().getElement().getTextRecursively();
		assertThat(changes).contains("Registered under").contains("Section B").contains("Art 6(3) conditions");
	}

	@Test
	@DisplayName("The Section B page reads in German")
	void german() {
		String number = publishSectionB("German Section B Sorter");
		UI.getCurrent().setLocale(Locale.GERMAN);
		UI.getCurrent().navigate("systems/" + number);

		String fields = find(DescriptionList.class).single().getElement().getTextRecursively();
		assertThat(fields).contains("Anhang VIII Abschnitt B")
			.contains("Zutreffende Bedingungen nach Art. 6 Abs. 3 (Anhang VIII B.6)")
			.contains("(a) Das System f\u00fchrt eine eng gefasste Verfahrensaufgabe durch");
	}

}
