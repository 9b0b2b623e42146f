package org.airegistry.organisation.ui;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.airegistry.organisation.AccountService;
import org.airegistry.organisation.OrganisationUser;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The organisation admin's list of colleagues, with invitations by email. */
@Route(UsersView.ROUTE)
@Menu(title = "nav.users", order = 40)
@RolesAllowed(Role.Names.ORG_ADMIN)
public class UsersView extends Main implements HasDynamicTitle {

	static final String ROUTE = "organisation/users";

	private final AccountService accounts;

	private final Grid<OrganisationUser> grid = new Grid<>();

	final EmailField email = new EmailField();

	final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	public UsersView(AccountService accounts) {
		this.accounts = accounts;
		addClassName("page");
		grid.setAriaLabel(getTranslation("users.title"));
		grid.addComponentColumn(user -> new Anchor(ROUTE + "/" + user.id().value(),
				user.displayName().isBlank() ? user.loginEmail() : user.displayName()))
			.setHeader(getTranslation("users.name"));
		grid.addColumn(OrganisationUser::loginEmail).setHeader(getTranslation("users.email"));
		grid.addColumn(user -> roleNames(this, user.roles())).setHeader(getTranslation("users.roles"));
		grid.addColumn(user -> getTranslation(state(user.active(), user.verified())))
			.setHeader(getTranslation("users.state"));
		grid.setAllRowsVisible(true);

		email.setLabel(getTranslation("users.invite.email"));
		roles.setLabel(getTranslation("users.roles"));
		roles.setItems(accounts.assignableRoles());
		roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
		Button invite = new Button(getTranslation("users.invite.submit"), click -> invite());
		invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

		add(new H1(getTranslation("users.title")),
				new Anchor(RepresentingPersonsView.ROUTE, getTranslation("persons.link")), grid,
				new H2(getTranslation("users.invite.title")), new FormLayout(email, roles), invite);
		refresh();
	}

	/** The message key of an account's state. */
	static String state(boolean active, boolean verified) {
		if (!active) {
			return "users.state.deactivated";
		}
		return verified ? "users.state.active" : "users.state.invited";
	}

	static String roleNames(Component view, Set<Role> roles) {
		return roles.stream()
			.sorted()
			.map(role -> view.getTranslation("role." + role.name()))
			.collect(Collectors.joining(", "));
	}

	private void refresh() {
		grid.setItems(accounts.users());
	}

	private void invite() {
		Map<String, HasValidation> fields = new LinkedHashMap<>();
		fields.put("loginEmail", email);
		fields.put("roles", roles);
		Fields.clear(fields);
		try {
			accounts.invite(email.getValue(), roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue()),
					getLocale().getLanguage());
		}
		catch (InvalidInputException problems) {
			Fields.show(this, problems, fields);
			return;
		}
		catch (ActionRefusedException refused) {
			Problems.error(getTranslation(refused.messageKey()));
			return;
		}
		Problems.success(getTranslation("users.invite.sent", email.getValue().strip()));
		email.clear();
		roles.clear();
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("users.title") + " · " + getTranslation("app.name");
	}

}
