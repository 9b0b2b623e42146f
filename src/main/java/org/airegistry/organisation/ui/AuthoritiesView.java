package org.airegistry.organisation.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.airegistry.organisation.AuthorityAdministration;
import org.airegistry.organisation.AuthorityKind;
import org.airegistry.organisation.AuthoritySummary;
import org.airegistry.organisation.NewAuthority;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The administrators' list of authorities (market surveillance authorities per Member
 * State, Art 74(8) authorities, the AI Office, the registry operator) and the form that
 * creates one. Authorities never sign up themselves.
 */
@Route(AuthoritiesView.ROUTE)
@Menu(title = "nav.authorities", order = 80)
@RolesAllowed(Role.Names.ADMIN)
public class AuthoritiesView extends Main implements HasDynamicTitle {

	static final String ROUTE = "admin/authorities";

	private final AuthorityAdministration administration;

	private final Grid<AuthoritySummary> grid = new Grid<>();

	private final TextField legalName = new TextField();

	private final Select<AuthorityKind> kind = new Select<>();

	private final ComboBox<MemberState> memberState = new ComboBox<>();

	private final EmailField functionalEmail = new EmailField();

	private final Binder<NewAuthority> binder = new Binder<>(NewAuthority.class);

	public AuthoritiesView(AuthorityAdministration administration) {
		this.administration = administration;
		addClassName("page");
		grid.setAriaLabel(getTranslation("authorities.title"));
		grid.addComponentColumn(authority -> new Anchor(link(authority.id()), authority.legalName()))
			.setHeader(getTranslation("authority.legalName"))
			.setFlexGrow(2);
		grid.addColumn(authority -> AuthorityLabels.kind(this, authority.kind()))
			.setHeader(getTranslation("authority.kind"));
		grid.addColumn(authority -> AuthorityLabels.jurisdiction(this, authority.jurisdiction()))
			.setHeader(getTranslation("authority.jurisdiction"));
		grid.addColumn(authority -> getTranslation(
				authority.active() ? "authority.state.active" : "authority.state.deactivated"))
			.setHeader(getTranslation("authority.state"));
		grid.addColumn(AuthoritySummary::activeUsers).setHeader(getTranslation("authority.activeUsers"));
		grid.setAllRowsVisible(true);

		legalName.setLabel(getTranslation("authority.legalName"));
		legalName.setMaxLength(300);
		kind.setLabel(getTranslation("authority.kind"));
		kind.setItems(AuthorityKind.values());
		kind.setItemLabelGenerator(value -> value == null ? "" : AuthorityLabels.kind(this, value));
		kind.setEmptySelectionAllowed(false);
		memberState.setLabel(getTranslation("authority.memberState"));
		memberState.setHelperText(getTranslation("authority.memberState.help"));
		memberState.setItems(Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing(state -> state.displayName(getLocale())))
			.toList());
		memberState.setItemLabelGenerator(state -> state.displayName(getLocale()));
		kind.addValueChangeListener(event -> {
			boolean national = event.getValue() == null || event.getValue().national();
			memberState.setEnabled(national);
			if (!national) {
				memberState.clear();
			}
		});
		functionalEmail.setLabel(getTranslation("authority.functionalEmail"));
		functionalEmail.setHelperText(getTranslation("authority.functionalEmail.help"));
		// the rules live in the service, which reports each problem next to its field
		binder.setDefaultValidatorsEnabled(false);
		binder.forField(legalName).bind("legalName");
		binder.forField(kind).bind("kind");
		binder.forField(memberState).bind("memberState");
		binder.forField(functionalEmail).bind("functionalEmail");
		binder.readRecord(NewAuthority.empty());

		Button create = new Button(getTranslation("authorities.create.submit"), click -> create());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new H1(getTranslation("authorities.title")), new Paragraph(getTranslation("authorities.intro")),
				new Anchor(CompetencesView.ROUTE, getTranslation("authorities.competencesLink")), grid,
				new H2(getTranslation("authorities.create.title")),
				new FormLayout(legalName, kind, memberState, functionalEmail), create);
		refresh();
	}

	static String link(OrganisationId id) {
		return ROUTE + "/" + id.value();
	}

	private void refresh() {
		grid.setItems(administration.authorities());
	}

	private void create() {
		Map<String, HasValidation> fields = new LinkedHashMap<>();
		fields.put("legalName", legalName);
		fields.put("kind", kind);
		fields.put("memberState", memberState);
		fields.put("functionalEmail", functionalEmail);
		Fields.clear(fields);
		NewAuthority authority;
		try {
			authority = binder.writeRecord();
		}
		catch (ValidationException invalid) {
			return;
		}
		try {
			administration.createAuthority(authority);
		}
		catch (InvalidInputException problems) {
			Fields.show(this, problems, fields);
			return;
		}
		Problems.success(getTranslation("authorities.created", authority.legalName().strip()));
		binder.readRecord(NewAuthority.empty());
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("authorities.title") + " · " + getTranslation("app.name");
	}

}
