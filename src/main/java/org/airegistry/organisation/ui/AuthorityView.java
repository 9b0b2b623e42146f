package org.airegistry.organisation.ui;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.airegistry.organisation.AuthorityAdministration;
import org.airegistry.organisation.AuthoritySummary;
import org.airegistry.organisation.AuthorityUser;
import org.airegistry.organisation.NewAuthorityUser;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Competence;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One authority for administrators: its details, activation, its users with their
 * competences (changed in a dialog; effective at the user's next request) and the form
 * that invites a new user.
 */
@Route(AuthoritiesView.ROUTE + "/:authorityId")
@RolesAllowed(Role.Names.ADMIN)
public class AuthorityView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final AuthorityAdministration administration;

	private final Grid<AuthorityUser> users = new Grid<>();

	private final EmailField loginEmail = new EmailField();

	private final CheckboxGroup<Competence> competences = new CheckboxGroup<>();

	private final Binder<NewAuthorityUser> binder = new Binder<>(NewAuthorityUser.class);

	private OrganisationId authorityId = new OrganisationId(new UUID(0, 0));

	private String title = "";

	public AuthorityView(AuthorityAdministration administration) {
		this.administration = administration;
		addClassName("page");
		users.setAriaLabel(getTranslation("authority.users"));
		users.addColumn(user -> user.displayName().isBlank() ? user.loginEmail() : user.displayName())
			.setHeader(getTranslation("authority.user.name"));
		users.addColumn(AuthorityUser::loginEmail).setHeader(getTranslation("authority.user.email"));
		users.addColumn(user -> roles(user.roles())).setHeader(getTranslation("authority.user.role"));
		users.addColumn(user -> AuthorityLabels.competences(this, user.competences()))
			.setHeader(getTranslation("authority.competences"))
			.setFlexGrow(3);
		users.addColumn(user -> getTranslation(UsersView.state(user.active(), user.verified())))
			.setHeader(getTranslation("authority.state"));
		users.addComponentColumn(user -> {
			Button edit = new Button(getTranslation("authority.user.edit"), click -> edit(user));
			edit.setAriaLabel(getTranslation("authority.user.editOf", user.loginEmail()));
			return edit;
		}).setHeader(getTranslation("authority.user.actions"));
		users.setAllRowsVisible(true);

		loginEmail.setLabel(getTranslation("authority.user.email"));
		loginEmail.setHelperText(getTranslation("authority.user.email.help"));
		competences.setLabel(getTranslation("authority.competences"));
		competences.setItems(Competence.values());
		competences.setItemLabelGenerator(competence -> AuthorityLabels.competence(this, competence));
		// the rules live in the service, which reports each problem next to its field
		binder.setDefaultValidatorsEnabled(false);
		binder.forField(loginEmail).bind("loginEmail");
		binder.forField(competences).bind("competences");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			authorityId = new OrganisationId(UUID.fromString(event.getRouteParameters().get("authorityId").orElse("")));
			administration.authority(authorityId);
		}
		catch (IllegalArgumentException | NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
			return;
		}
		render();
	}

	private void render() {
		removeAll();
		AuthoritySummary authority = administration.authority(authorityId);
		title = authority.legalName();
		DescriptionList details = new DescriptionList();
		term(details, "authority.kind", AuthorityLabels.kind(this, authority.kind()));
		term(details, "authority.jurisdiction", AuthorityLabels.jurisdiction(this, authority.jurisdiction()));
		term(details, "authority.functionalEmail", authority.functionalEmail());
		term(details, "authority.state",
				getTranslation(authority.active() ? "authority.state.active" : "authority.state.deactivated"));
		Button activation = new Button(
				getTranslation(authority.active() ? "authority.deactivate" : "authority.reactivate"),
				click -> setActive(!authority.active()));
		if (authority.active()) {
			activation.addThemeVariants(ButtonVariant.LUMO_ERROR);
		}
		users.setItems(administration.users(authorityId));
		add(new H1(authority.legalName()), details, activation, new H2(getTranslation("authority.users")), users);
		if (authority.active()) {
			boolean holdsCompetences = authority.kind().holdsCompetences();
			competences.setVisible(holdsCompetences);
			binder.readRecord(NewAuthorityUser.empty());
			Button invite = new Button(getTranslation("authority.user.invite"), click -> invite());
			invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			add(new H2(getTranslation(holdsCompetences ? "authority.user.add" : "authority.user.addAdministrator")),
					new FormLayout(loginEmail, competences), invite);
		}
		else {
			add(new Paragraph(getTranslation("authority.deactivated.help")));
		}
		add(new Anchor(AuthoritiesView.ROUTE, getTranslation("authority.back")));
	}

	private void setActive(boolean active) {
		try {
			administration.setActive(authorityId, active);
		}
		catch (ActionRefusedException refused) {
			Problems.error(getTranslation(refused.messageKey()));
			return;
		}
		Problems.success(getTranslation(active ? "authority.reactivated" : "authority.deactivated"));
		render();
	}

	private void invite() {
		Map<String, HasValidation> fields = new LinkedHashMap<>();
		fields.put("loginEmail", loginEmail);
		fields.put("competences", competences);
		Fields.clear(fields);
		NewAuthorityUser user;
		try {
			user = binder.writeRecord();
		}
		catch (ValidationException invalid) {
			return;
		}
		try {
			administration.addUser(authorityId, user, getLocale().getLanguage());
		}
		catch (InvalidInputException problems) {
			Fields.show(this, problems, fields);
			return;
		}
		catch (ActionRefusedException refused) {
			Problems.error(getTranslation(refused.messageKey()));
			return;
		}
		Problems.success(getTranslation("authority.user.invited", user.loginEmail().strip()));
		render();
	}

	private void edit(AuthorityUser user) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("authority.user.editOf", user.loginEmail()));
		CheckboxGroup<Competence> chosen = new CheckboxGroup<>(getTranslation("authority.competences"));
		chosen.setItems(Competence.values());
		chosen.setItemLabelGenerator(competence -> AuthorityLabels.competence(this, competence));
		chosen.setValue(user.competences());
		chosen.setVisible(!user.roles().contains(Role.ADMIN) || !user.competences().isEmpty());
		Checkbox active = new Checkbox(getTranslation("authority.user.active"), user.active());
		Button save = new Button(getTranslation("authority.user.save"), click -> {
			chosen.setInvalid(false);
			active.setInvalid(false);
			Set<Competence> value = chosen.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(chosen.getValue());
			try {
				administration.updateUser(authorityId, user.id(), value, active.getValue());
			}
			catch (InvalidInputException problems) {
				Fields.show(this, problems, Map.of("competences", chosen, "active", active));
				return;
			}
			dialog.close();
			Problems.success(getTranslation("authority.user.saved", user.loginEmail()));
			render();
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("authority.user.cancel"), click -> dialog.close());
		dialog.add(new FormLayout(chosen, active));
		dialog.getFooter().add(cancel, save);
		dialog.open();
	}

	private String roles(Set<Role> roles) {
		return UsersView.roleNames(this, roles);
	}

	private void term(DescriptionList list, String key, String value) {
		list.add(new DescriptionList.Term(getTranslation(key)),
				new DescriptionList.Description(value == null || value.isBlank() ? "–" : value));
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("authorities.title") + " · " + getTranslation("app.name");
	}

}
