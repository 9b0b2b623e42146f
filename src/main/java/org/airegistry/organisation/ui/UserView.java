package org.airegistry.organisation.ui;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.airegistry.organisation.AccountService;
import org.airegistry.organisation.OrganisationUser;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One colleague: roles and deactivation. Users of other organisations are not found, even
 * by their exact address.
 */
@Route(UsersView.ROUTE + "/:userId")
@RolesAllowed(Role.Names.ORG_ADMIN)
public class UserView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final AccountService accounts;

	final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	final Checkbox active = new Checkbox();

	private UserId userId = new UserId(new UUID(0, 0));

	public UserView(AccountService accounts) {
		this.accounts = accounts;
		addClassName("page");
		roles.setLabel(getTranslation("users.roles"));
		roles.setItems(accounts.assignableRoles());
		roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
		active.setLabel(getTranslation("users.active"));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		OrganisationUser user;
		try {
			userId = new UserId(UUID.fromString(event.getRouteParameters().get("userId").orElse("")));
			user = accounts.user(userId);
		}
		catch (IllegalArgumentException | NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
			return;
		}
		removeAll();
		roles.setValue(user.roles());
		active.setValue(user.active());
		Button save = new Button(getTranslation("users.save"), click -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new H1(user.displayName().isBlank() ? user.loginEmail() : user.displayName()),
				new Paragraph(user.loginEmail()), new FormLayout(roles, active), save,
				new Anchor(UsersView.ROUTE, getTranslation("users.back")));
	}

	private void save() {
		roles.setInvalid(false);
		Set<Role> chosen = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
		try {
			accounts.updateUser(userId, chosen, active.getValue());
		}
		catch (InvalidInputException problems) {
			Fields.show(this, problems, Map.of("roles", roles));
			return;
		}
		Problems.success(getTranslation("users.saved"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("users.title") + " · " + getTranslation("app.name");
	}

}
