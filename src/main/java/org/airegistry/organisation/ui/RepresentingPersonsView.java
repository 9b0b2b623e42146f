package org.airegistry.organisation.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.airegistry.organisation.RepresentingPerson;
import org.airegistry.organisation.RepresentingPersons;
import org.airegistry.security.Actor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The organisation profile's Art 71(5) part (DD069): the administrator lists the natural
 * persons responsible for the registrations who have legal authority to represent the
 * organisation. Regulators see them; the public never does.
 */
@Route(RepresentingPersonsView.ROUTE)
@RolesAllowed(Role.Names.ORG_ADMIN)
public class RepresentingPersonsView extends Main implements HasDynamicTitle {

	static final String ROUTE = "organisation/persons";

	private final RepresentingPersons persons;

	private final Grid<RepresentingPerson> grid = new Grid<>();

	final TextField name = new TextField();

	final TextField function = new TextField();

	final EmailField email = new EmailField();

	final TextField phone = new TextField();

	private final Binder<RepresentingPerson> binder = new Binder<>(RepresentingPerson.class);

	public RepresentingPersonsView(RepresentingPersons persons) {
		this.persons = persons;
		addClassName("page");
		grid.setAriaLabel(getTranslation("persons.title"));
		grid.addColumn(RepresentingPerson::name).setHeader(getTranslation("persons.name"));
		grid.addColumn(RepresentingPerson::function).setHeader(getTranslation("persons.function"));
		grid.addColumn(RepresentingPerson::email).setHeader(getTranslation("persons.email"));
		grid.addColumn(RepresentingPerson::phone).setHeader(getTranslation("persons.phone"));
		grid.addComponentColumn(person -> {
			Button remove = new Button(getTranslation("persons.remove"), click -> remove(person));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			remove.setAriaLabel(getTranslation("persons.removeNamed", person.name()));
			return remove;
		});
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText(getTranslation("persons.empty"));
		name.setLabel(getTranslation("persons.name"));
		name.setMaxLength(RepresentingPerson.TEXT_MAX);
		function.setLabel(getTranslation("persons.function"));
		function.setHelperText(getTranslation("persons.function.help"));
		function.setMaxLength(RepresentingPerson.TEXT_MAX);
		email.setLabel(getTranslation("persons.email"));
		phone.setLabel(getTranslation("persons.phone"));
		phone.setMaxLength(RepresentingPerson.PHONE_MAX);
		// the rules live in RepresentingPerson and the service: one message per field
		binder.setDefaultValidatorsEnabled(false);
		binder.forField(name).bind("name");
		binder.forField(function).bind("function");
		binder.forField(email).bind("email");
		binder.forField(phone).bind("phone");
		binder.readRecord(RepresentingPerson.empty());
		Button add = new Button(getTranslation("persons.add"), click -> add());
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Paragraph intro = new Paragraph(getTranslation("persons.intro"));
		// back to the organisation's page, which links here
		Paragraph back = new Paragraph(new Anchor(OrganisationStatusView.ROUTE, getTranslation("nav.myOrganisation")));
		add(new H1(getTranslation("persons.title")), intro, grid, new H2(getTranslation("persons.add.title")),
				new FormLayout(name, function, email, phone), add, back);
		refresh();
	}

	/**
	 * The link to this page for the organisation's administrators (the only ones who may
	 * open it); empty for everyone else.
	 */
	static Optional<Paragraph> link(Component view, Actor actor) {
		if (!actor.has(Role.ORG_ADMIN)) {
			return Optional.empty();
		}
		return Optional.of(new Paragraph(new Anchor(ROUTE, view.getTranslation("persons.link"))));
	}

	private void refresh() {
		grid.setItems(persons.mine());
	}

	private Map<String, HasValidation> fields() {
		Map<String, HasValidation> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("function", function);
		fields.put("email", email);
		fields.put("phone", phone);
		return fields;
	}

	private void add() {
		Fields.clear(fields());
		RepresentingPerson person;
		try {
			person = binder.writeRecord();
		}
		catch (ValidationException invalid) {
			return;
		}
		List<RepresentingPerson> list = new ArrayList<>(persons.mine());
		list.add(person);
		try {
			persons.replaceMine(list);
		}
		catch (InvalidInputException problems) {
			// the new person is the last one: its problems go to the form's fields
			String prefix = "persons[" + (list.size() - 1) + "].";
			Fields.show(this, new InvalidInputException(problems.errors()
				.stream()
				.map(error -> new FieldError(error.field().replace(prefix, ""), error.messageKey(), error.arguments()))
				.toList()), fields());
			return;
		}
		catch (ActionRefusedException refused) {
			Problems.error(getTranslation(refused.messageKey()));
			return;
		}
		binder.readRecord(RepresentingPerson.empty());
		Problems.success(getTranslation("persons.saved"));
		refresh();
	}

	private void remove(RepresentingPerson person) {
		List<RepresentingPerson> list = new ArrayList<>(persons.mine());
		list.remove(person);
		try {
			persons.replaceMine(list);
		}
		catch (InvalidInputException | ActionRefusedException refused) {
			Problems.error(getTranslation("persons.error.notSaved"));
			return;
		}
		Problems.success(getTranslation("persons.removed", person.name()));
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("persons.title") + " · " + getTranslation("app.name");
	}

}
