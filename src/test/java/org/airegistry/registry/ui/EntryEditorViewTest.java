package org.airegistry.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
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
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
	UserDetailsService users;

	@Autowired
	RegistryService registry;

	@Autowired
	RegistryQueries queries;

	TestUser provider;

	@BeforeEach
	void login() {
		provider = testData.provider();
		UserDetails details = users.loadUserByUsername(provider.email());
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	TextField tradeName() {
		return find(TextField.class).withLabelContaining("Trade name").single();
	}

	TextArea purpose() {
		return find(TextArea.class).withLabelContaining("Intended purpose").single();
	}

	@SuppressWarnings("unchecked")
	MultiSelectComboBox<MemberState> memberStates() {
		return find(MultiSelectComboBox.class).withLabelContaining("Member States").single();
	}

	void click(String caption) {
		test(find(Button.class).withText(caption).single()).click();
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
	@DisplayName("Script tags are saved as plain text and published unchanged")
	void scriptIsText() {
		navigate(EntryEditorView.class);
		test(tradeName()).setValue("<script>alert('x')</script> Screening");
		test(purpose()).setValue("<img src=x onerror=alert(1)> ranks applicants");
		test(memberStates()).selectItem("Germany");
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
		test(tradeName()).setValue("No States System");
		test(purpose()).setValue("Purpose");
		click("Publish");

		assertThat(memberStates().isInvalid()).isTrue();
		assertThat(memberStates().getErrorMessage()).isEqualTo("Choose at least one Member State.");
		assertThat(registry.myEntries()).extracting(WorkspaceEntry::tradeName).containsExactly("No States System");
		assertThat(registry.myEntries().getFirst().isPublished()).isFalse();
	}

	@Test
	@DisplayName("Another organisation's entry is not found, even by its exact address")
	void otherOrganisationsEntryIsNotFound() {
		TestUser other = testData.provider();
		var foreign = testData.as(other, () -> registry
			.createDraft(new org.airegistry.registry.EntryData("Foreign System", "Purpose", Set.of(MemberState.DE))));
		login();
		com.vaadin.flow.component.UI.getCurrent().navigate("workspace/systems/" + foreign.id().value());

		assertThat(getCurrentView()).isInstanceOf(org.airegistry.shell.NotFoundView.class);
		assertThat(find(TextField.class).exists()).isFalse();
	}

}
