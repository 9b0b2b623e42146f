package org.airegistry.organisation.ui;

import org.airegistry.shell.components.ForVisitorsOnly;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.airegistry.organisation.AccountRules;
import org.airegistry.organisation.AccountService;
import org.airegistry.organisation.AuthorisedRepresentativeOption;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.SignUp;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shell.components.ErrorSummary;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Public sign-up of an organisation with its first user. Every rule is reported next to
 * its field; nothing typed is lost. A provider not established in the Union names its
 * authorised representative from the active authorised-representative organisations.
 */
@Route("sign-up")
@Menu(title = "nav.signUp", order = 90)
@AnonymousAllowed
public class SignUpView extends Main implements HasDynamicTitle, ForVisitorsOnly {

	/** The public flags of an organisation, as one group of checkboxes. */
	enum Flag {

		PUBLIC_AUTHORITY, PUBLIC_LAW_BODY, PUBLIC_SERVICES

	}

	private final AccountService accounts;

	final TextField legalName = new TextField();

	final TextArea postalAddress = new TextArea();

	final ComboBox<String> country = new ComboBox<>();

	final EmailField functionalEmail = new EmailField();

	final RadioButtonGroup<Boolean> establishedInEu = new RadioButtonGroup<>();

	final CheckboxGroup<OrganisationRole> roles = new CheckboxGroup<>();

	final CheckboxGroup<Flag> flags = new CheckboxGroup<>();

	final ComboBox<AuthorisedRepresentativeOption> authorisedRepresentative = new ComboBox<>();

	final TextArea euEstablishmentAddress = new TextArea();

	final TextField userName = new TextField();

	final EmailField loginEmail = new EmailField();

	final PasswordField password = new PasswordField();

	final PasswordField passwordRepeat = new PasswordField();

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	private final ErrorSummary problemSummary = new ErrorSummary();

	public SignUpView(AccountService accounts) {
		this.accounts = accounts;
		addClassName("page");
		Locale locale = getLocale();

		legalName.setLabel(getTranslation("signUp.legalName"));
		legalName.setMaxLength(300);
		postalAddress.setLabel(getTranslation("signUp.postalAddress"));
		country.setLabel(getTranslation("signUp.country"));
		country.setHelperText(getTranslation("signUp.country.help"));
		Collator collator = Collator.getInstance(locale);
		List<String> countries = Arrays.stream(Locale.getISOCountries())
			.sorted(Comparator.comparing((String code) -> countryName(code, locale), collator))
			.toList();
		country.setItems(countries);
		country.setItemLabelGenerator(code -> countryName(code, locale));
		functionalEmail.setLabel(getTranslation("signUp.functionalEmail"));
		functionalEmail.setHelperText(getTranslation("signUp.functionalEmail.help"));
		establishedInEu.setLabel(getTranslation("signUp.establishedInEu"));
		establishedInEu.setItems(Boolean.TRUE, Boolean.FALSE);
		establishedInEu.setItemLabelGenerator(yes -> getTranslation(yes ? "signUp.yes" : "signUp.no"));
		establishedInEu.setHelperText(getTranslation("signUp.establishedInEu.help"));
		euEstablishmentAddress.setLabel(getTranslation("signUp.euEstablishmentAddress"));
		euEstablishmentAddress.setHelperText(getTranslation("signUp.euEstablishmentAddress.help"));
		roles.setLabel(getTranslation("signUp.roles"));
		roles.setItems(OrganisationRole.PROVIDER, OrganisationRole.AUTHORISED_REPRESENTATIVE,
				OrganisationRole.DEPLOYER);
		roles.setItemLabelGenerator(role -> getTranslation("organisationRole." + role.name()));
		flags.setLabel(getTranslation("signUp.flags"));
		flags.setItems(Flag.values());
		flags.setItemLabelGenerator(flag -> getTranslation("signUp.flag." + flag.name()));
		authorisedRepresentative.setLabel(getTranslation("signUp.authorisedRepresentative"));
		authorisedRepresentative.setHelperText(getTranslation("signUp.authorisedRepresentative.help"));
		authorisedRepresentative.setItems(accounts.authorisedRepresentatives());
		authorisedRepresentative
			.setItemLabelGenerator(option -> option.legalName() + " (" + countryName(option.country(), locale) + ")");
		userName.setLabel(getTranslation("signUp.userName"));
		userName.setHelperText(getTranslation("signUp.userName.help"));
		loginEmail.setLabel(getTranslation("signUp.loginEmail"));
		password.setLabel(getTranslation("signUp.password"));
		password.setHelperText(getTranslation("signUp.password.help", AccountRules.PASSWORD_MIN));
		passwordRepeat.setLabel(getTranslation("signUp.passwordRepeat"));

		country.addValueChangeListener(event -> {
			if (event.getValue() != null && AccountRules.isEuCountry(event.getValue())
					&& establishedInEu.getValue() == null) {
				establishedInEu.setValue(true);
			}
			updateRepresentative();
		});
		establishedInEu.addValueChangeListener(event -> updateRepresentative());
		roles.addValueChangeListener(event -> updateRepresentative());
		updateRepresentative();

		fields.put("legalName", legalName);
		fields.put("postalAddress", postalAddress);
		fields.put("country", country);
		fields.put("functionalEmail", functionalEmail);
		fields.put("establishedInEu", establishedInEu);
		fields.put("roles", roles);
		fields.put("authorisedRepresentative", authorisedRepresentative);
		fields.put("euEstablishmentAddress", euEstablishmentAddress);
		fields.put("userName", userName);
		fields.put("loginEmail", loginEmail);
		fields.put("password", password);
		fields.put("passwordRepeat", passwordRepeat);

		FormLayout organisation = new FormLayout(legalName, country, postalAddress, functionalEmail, establishedInEu,
				euEstablishmentAddress, roles, authorisedRepresentative, flags);
		FormLayout user = new FormLayout(userName, loginEmail, password, passwordRepeat);
		Button submit = new Button(getTranslation("signUp.submit"), click -> submit());
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new H1(getTranslation("signUp.title")), new Paragraph(getTranslation("signUp.intro")), problemSummary,
				new H2(getTranslation("signUp.organisation")), organisation, new H2(getTranslation("signUp.user")),
				user, submit);
	}

	/**
	 * Art 22(1): a seat outside the Union that claims an establishment inside names its
	 * address; a provider seated outside without one names its authorised representative.
	 */
	private void updateRepresentative() {
		boolean seatOutside = country.getValue() != null && !AccountRules.isEuCountry(country.getValue());
		euEstablishmentAddress.setVisible(seatOutside && Boolean.TRUE.equals(establishedInEu.getValue()));
		authorisedRepresentative.setVisible(Boolean.FALSE.equals(establishedInEu.getValue())
				&& roles.getValue().contains(OrganisationRole.PROVIDER));
	}

	private void submit() {
		Fields.clear(fields);
		problemSummary.clear();
		boolean formProblems = false;
		if (!password.getValue().equals(passwordRepeat.getValue())) {
			passwordRepeat.setErrorMessage(getTranslation("signUp.error.passwordRepeat"));
			passwordRepeat.setInvalid(true);
			formProblems = true;
		}
		if (establishedInEu.getValue() == null) {
			establishedInEu.setErrorMessage(getTranslation("validation.required"));
			establishedInEu.setInvalid(true);
			formProblems = true;
		}
		Set<Flag> chosen = flags.getValue();
		Set<OrganisationRole> chosenRoles = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
		AuthorisedRepresentativeOption representative = authorisedRepresentative.isVisible()
				? authorisedRepresentative.getValue() : null;
		SignUp signUp = new SignUp(legalName.getValue(), postalAddress.getValue(),
				country.getValue() == null ? "" : country.getValue(), functionalEmail.getValue(),
				Boolean.TRUE.equals(establishedInEu.getValue()), chosenRoles, chosen.contains(Flag.PUBLIC_AUTHORITY),
				chosen.contains(Flag.PUBLIC_LAW_BODY), chosen.contains(Flag.PUBLIC_SERVICES),
				representative == null ? null : representative.id(), userName.getValue(), loginEmail.getValue(),
				password.getValue(), getLocale().getLanguage(),
				euEstablishmentAddress.isVisible() ? euEstablishmentAddress.getValue() : "");
		if (formProblems) {
			// report the other rules too, in one go
			var others = AccountRules.check(signUp)
				.stream()
				.filter(error -> !error.field().equals("establishedInEu"))
				.toList();
			if (!others.isEmpty()) {
				Fields.show(this, new InvalidInputException(others), fields);
			}
			problemSummary.showInvalid(fields.values());
			return;
		}
		try {
			accounts.signUp(signUp);
		}
		catch (InvalidInputException problems) {
			Fields.show(this, problems, fields);
			problemSummary.showInvalid(fields.values());
			return;
		}
		catch (ActionRefusedException refused) {
			Problems.error(getTranslation(refused.messageKey()));
			return;
		}
		removeAll();
		add(new H1(getTranslation("signUp.done.title")),
				new Paragraph(getTranslation("signUp.done.text", signUp.loginEmail().strip())));
	}

	private static String countryName(String code, Locale locale) {
		return Locale.of("", code).getDisplayCountry(locale);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("signUp.title") + " · " + getTranslation("app.name");
	}

}
