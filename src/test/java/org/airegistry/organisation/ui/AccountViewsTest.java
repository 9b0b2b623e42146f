package org.airegistry.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.airegistry.organisation.AccountService;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationUser;
import org.airegistry.organisation.SignUp;
import org.airegistry.organisation.TokenCheck;
import org.airegistry.shared.OrganisationId;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The account forms without a browser: every rule shows its message next to its field, in
 * English and German, and nothing typed is lost.
 */
@H2Test
class AccountViewsTest extends SpringBrowserlessTest {

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestData testData;

	@Autowired
	org.airegistry.organisation.OrganisationService organisations;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	void login(String email) {
		UserDetails details = users.loadUserByUsername(email);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	TextField text(String label) {
		return find(TextField.class).withLabelContaining(label).single();
	}

	EmailField email(String label) {
		return find(EmailField.class).withLabelContaining(label).single();
	}

	PasswordField password(String label) {
		return find(PasswordField.class).withLabelContaining(label).single();
	}

	void click(String caption) {
		test(find(Button.class).withText(caption).single()).click();
	}

	@Test
	@DisplayName("Submitting an empty sign-up shows a message next to each required field")
	void emptySignUp() {
		navigate(SignUpView.class);
		text("Legal name").setValue("Typed Org Ltd");
		click("Sign up");

		assertThat(text("Legal name").isInvalid()).isFalse();
		assertThat(text("Legal name").getValue()).as("nothing typed is lost").isEqualTo("Typed Org Ltd");
		assertThat(find(TextArea.class).withLabelContaining("Postal address").single().getErrorMessage())
			.isEqualTo("This field is required.");
		assertThat(find(RadioButtonGroup.class).withLabelContaining("Established").single().getErrorMessage())
			.isEqualTo("This field is required.");
		assertThat(find(CheckboxGroup.class).withLabelContaining("What does").single().getErrorMessage())
			.isEqualTo("Choose at least one role.");
		assertThat(password("Password").getErrorMessage()).isEqualTo("This field is required.");
	}

	@SuppressWarnings("unchecked")
	void fillValidExceptRepresentative(String unique) {
		text("Legal name").setValue("Overseas AI Inc. " + unique);
		find(TextArea.class).withLabelContaining("Postal address").single().setValue("1 Main Street, Springfield");
		ComboBox<String> country = find(ComboBox.class).withLabelContaining("Country").single();
		country.setValue("US");
		email("Contact email").setValue("ai@overseas.example");
		RadioButtonGroup<Boolean> established = find(RadioButtonGroup.class).withLabelContaining("Established")
			.single();
		established.setValue(false);
		CheckboxGroup<OrganisationRole> roles = find(CheckboxGroup.class).withLabelContaining("What does").single();
		roles.setValue(Set.of(OrganisationRole.PROVIDER));
		text("Your name").setValue("Pat Overseas");
		email("Your email").setValue("pat-" + unique + "@overseas.example");
		password("Password").setValue("correct horse battery");
		password("Repeat").setValue("correct horse battery");
	}

	@Test
	@DisplayName("Art 22: a provider outside the EU is asked for its authorised representative next to that field")
	void thirdCountryProvider() {
		navigate(SignUpView.class);
		String unique = UUID.randomUUID().toString().substring(0, 8);
		fillValidExceptRepresentative(unique);
		@SuppressWarnings("rawtypes")
		ComboBox representative = find(ComboBox.class).withLabelContaining("Authorised representative").single();
		assertThat(representative.isVisible()).isTrue();
		click("Sign up");
		assertThat(representative.isInvalid()).isTrue();
		assertThat(representative.getErrorMessage()).contains("must name its authorised representative");
		assertThat(text("Legal name").getValue()).isEqualTo("Overseas AI Inc. " + unique);
	}

	@Test
	@DisplayName("Different passwords and a weak password are reported next to their fields")
	void passwordRules() {
		navigate(SignUpView.class);
		fillValidExceptRepresentative(UUID.randomUUID().toString().substring(0, 8));
		password("Repeat").setValue("something else entirely");
		click("Sign up");
		assertThat(password("Repeat").getErrorMessage()).contains("differ");

		password("Password").setValue("short");
		password("Repeat").setValue("short");
		click("Sign up");
		assertThat(password("Password").getErrorMessage()).isEqualTo("Use at least 12 characters.");
	}

	@Test
	@DisplayName("German: the sign-up form's messages are German")
	void german() {
		UI.getCurrent().setLocale(Locale.GERMAN);
		navigate(SignUpView.class);
		click("Registrieren");
		assertThat(find(CheckboxGroup.class).withLabelContaining("Was tut").single().getErrorMessage())
			.isEqualTo("Wählen Sie mindestens eine Rolle.");
		assertThat(find(PasswordField.class).withLabelContaining("Passwort").first().getErrorMessage()).isNotBlank();
	}

	@Test
	@DisplayName("A complete sign-up thanks the user and sends the verification mail")
	void completeSignUp() {
		navigate(SignUpView.class);
		String unique = UUID.randomUUID().toString().substring(0, 8);
		text("Legal name").setValue("Complete GmbH " + unique);
		find(TextArea.class).withLabelContaining("Postal address").single().setValue("Hauptstr. 1, Berlin");
		@SuppressWarnings("unchecked")
		ComboBox<String> country = find(ComboBox.class).withLabelContaining("Country").single();
		country.setValue("DE");
		email("Contact email").setValue("ai@complete.example");
		@SuppressWarnings("unchecked")
		CheckboxGroup<OrganisationRole> roles = find(CheckboxGroup.class).withLabelContaining("What does").single();
		roles.setValue(Set.of(OrganisationRole.DEPLOYER));
		text("Your name").setValue("Kim Complete");
		String login = "kim-" + unique + "@complete.example";
		email("Your email").setValue(login);
		password("Password").setValue("correct horse battery");
		password("Repeat").setValue("correct horse battery");
		click("Sign up");

		assertThat(find(H1.class).single().getText()).isEqualTo("Please check your inbox");
		assertThat(TestMailServer.awaitMail(login, 1).body()).contains("/account/verify?token=");
	}

	@Test
	@DisplayName("An organisation admin cannot open a user of another organisation, even by exact address")
	void foreignUserNotFound() {
		String a = signUpAndVerify();
		String b = signUpAndVerify();
		login(a);
		OrganisationUser userOfA = accounts.users().getFirst();
		login(b);
		UI.getCurrent().navigate("organisation/users/" + userOfA.id().value());
		assertThat(getCurrentView()).isInstanceOf(org.airegistry.shell.NotFoundView.class);

		UI.getCurrent().navigate("organisation/users");
		assertThat(find(Button.class).withText("Send invitation").exists()).isTrue();
	}

	@Test
	@DisplayName("A provider without the admin role cannot open the users page")
	void usersPageNeedsAdmin() {
		TestUser provider = testData.provider();
		login(provider.email());
		UI.getCurrent().navigate("organisation/users");
		assertThat(find(Button.class).withText("Send invitation").exists()).isFalse();
	}

	@Test
	@DisplayName("Issue 21: the join page of an invitation names the organisation; the users table says 'Email address (login)'; an invalid invitation reads 'organisation's'")
	void invitationPages() {
		String admin = signUpAndVerify();
		login(admin);
		OrganisationId organisation = organisations.findByLegalName(organisationName(admin)).orElseThrow();
		TestUser regulator = testData.user(org.airegistry.shared.Role.REGULATOR, OrganisationRole.AUTHORITY,
				org.airegistry.organisation.OrganisationStatus.ACTIVE);
		testData.run(regulator, () -> accounts.approve(organisation));
		login(admin);
		String colleague = "joiner-" + UUID.randomUUID().toString().substring(0, 8) + "@scope.example";
		accounts.invite(colleague, Set.of(org.airegistry.shared.Role.PROVIDER), "en");
		UI.getCurrent().navigate("organisation/users");
		@SuppressWarnings("unchecked")
		com.vaadin.flow.component.grid.Grid<OrganisationUser> grid = find(com.vaadin.flow.component.grid.Grid.class)
			.single();
		assertThat(grid.getColumns().get(1).getHeaderText()).isEqualTo("Email address (login)");

		logout();
		String token = TestMailServer.awaitMail(colleague, 1).token(AccountService.INVITATION_ROUTE);
		UI.getCurrent()
			.navigate(AccountService.INVITATION_ROUTE, com.vaadin.flow.router.QueryParameters.of("token", token));
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
			.extracting(com.vaadin.flow.component.html.Paragraph::getText)
			.anySatisfy(text -> assertThat(text).contains(organisationName(admin)).contains(colleague));

		UI.getCurrent()
			.navigate(AccountService.INVITATION_ROUTE,
					com.vaadin.flow.router.QueryParameters.of("token", "expired-or-made-up"));
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
			.extracting(com.vaadin.flow.component.html.Paragraph::getText)
			.anySatisfy(text -> assertThat(text).contains("organisation’s administrator").doesNotContain("''"));
	}

	@Test
	@DisplayName("Issue 21: a new verification link is one form away, with the same answer for any address")
	void resendVerificationPage() {
		UI.getCurrent().navigate(org.airegistry.organisation.ui.ResendVerificationView.ROUTE);
		click("Send a new link");
		assertThat(email("Email address").isInvalid()).as("empty address").isTrue();
		email("Email address").setValue("nobody-" + UUID.randomUUID() + "@scope.example");
		click("Send a new link");
		assertThat(email("Email address").isInvalid()).isFalse();
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
			.extracting(com.vaadin.flow.component.html.Paragraph::getText)
			.anySatisfy(text -> assertThat(text).startsWith("If an account at nobody-"));
	}

	String organisationName(String adminEmail) {
		return "Scope Org " + adminEmail.substring("admin-".length(), adminEmail.indexOf('@'));
	}

	String signUpAndVerify() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String email = "admin-" + unique + "@scope.example";
		OrganisationId ignored = accounts.signUp(new SignUp("Scope Org " + unique, "Street 1", "DE", "c@scope.example",
				true, Set.of(OrganisationRole.PROVIDER), false, false, false, null, "Admin " + unique, email,
				"correct horse battery", "en"));
		assertThat(ignored).isNotNull();
		assertThat(accounts.verifyEmail(TestMailServer.awaitMail(email, 1).token(AccountService.VERIFY_ROUTE)))
			.isEqualTo(TokenCheck.ACCEPTED);
		return email;
	}

}
