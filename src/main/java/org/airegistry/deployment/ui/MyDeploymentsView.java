package org.airegistry.deployment.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentRoutes;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.DeploymentUiRoutes;
import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaService;
import org.airegistry.deployment.ProviderOption;
import org.airegistry.deployment.SystemLink;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.CurrentConfirmation;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * A deployer's workspace: find the provider's entry of a system (by registration number
 * or name), start the impact assessment and the registration of its use, or, when the
 * system is not registered, learn that Art 26(8) forbids using it and tell the provider.
 */
@Route(DeploymentUiRoutes.MY_DEPLOYMENTS)
@Menu(title = "nav.myDeployments", order = 12)
@RolesAllowed(Role.Names.DEPLOYER)
public class MyDeploymentsView extends Main implements HasDynamicTitle {

	private final DeploymentService deployments;

	private final FriaService frias;

	private final TextField query = new TextField();

	private final Div results = new Div();

	public MyDeploymentsView(DeploymentService deployments, FriaService frias) {
		this.deployments = deployments;
		this.frias = frias;
		addClassName("page");

		query.setLabel(getTranslation("deployment.find.label"));
		query.setHelperText(getTranslation("deployment.find.help"));
		query.setWidthFull();
		query.addKeyPressListener(Key.ENTER, event -> find());
		Button find = new Button(getTranslation("deployment.find.button"), click -> find());
		find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		results.getElement().setAttribute("aria-live", "polite");
		Section finder = new Section(new H2(getTranslation("deployment.find.title")), query, find, results);

		List<Deployment> mine = deployments.myDeployments();
		Map<String, Fria> assessments = new java.util.HashMap<>();
		frias.myAssessments().forEach(fria -> assessments.put(fria.providerRegistrationNumber(), fria));
		Grid<Deployment> grid = new Grid<>();
		grid.setAriaLabel(getTranslation("deployment.mine.title"));
		grid.addComponentColumn(
				deployment -> new Anchor(DeploymentEditorView.route(deployment.id()), deployment.systemName()))
			.setHeader(getTranslation("deployment.field.system"))
			.setFlexGrow(2);
		grid.addColumn(Deployment::providerRegistrationNumber)
			.setHeader(getTranslation("deployment.field.registrationNumber"));
		grid.addComponentColumn(this::state).setHeader(getTranslation("deployment.mine.state"));
		grid.addColumn(deployment -> Optional.ofNullable(assessments.get(deployment.providerRegistrationNumber()))
			.map(fria -> getTranslation(fria.state().translationKey()))
			.orElse(getTranslation("fria.state.none"))).setHeader(getTranslation("deployment.mine.fria"));
		grid.addColumn(deployment -> Formats.dateTime(deployment.updatedAt(), getLocale()))
			.setHeader(getTranslation("deployment.mine.updated"));
		// issue 21 (freshness): one click confirms a published registration as current
		grid.addComponentColumn(deployment -> new CurrentConfirmation(deployment.systemName(),
				deployment.isPublished() ? deployments.standing(deployment.id()) : Optional.empty(),
				() -> deployments.confirmCurrent(deployment.id())))
			.setHeader(getTranslation("workspace.confirmed"))
			.setKey("confirmed");
		grid.setItems(mine);
		grid.setAllRowsVisible(true);
		Paragraph empty = new Paragraph(getTranslation("deployment.mine.empty"));
		empty.setVisible(mine.isEmpty());
		Section list = new Section(new H2(getTranslation("deployment.mine.title")), grid, empty);

		add(new H1(getTranslation("deployment.workspace.title")),
				new Paragraph(getTranslation("deployment.workspace.intro")), finder, list);
	}

	private Span state(Deployment deployment) {
		String text;
		if (!deployment.isPublished()) {
			text = getTranslation("deployment.state.draft");
		}
		else if (deployment.draftChanged()) {
			text = getTranslation("deployment.state.publishedWithChanges", deployment.publishedVersion());
		}
		else {
			text = getTranslation("deployment.state.published", deployment.publishedVersion());
		}
		Span badge = new Span(text);
		badge.getElement().getThemeList().add(deployment.isPublished() ? "badge success" : "badge contrast");
		return badge;
	}

	private void find() {
		results.removeAll();
		String text = query.getValue().strip();
		if (text.isEmpty()) {
			query.setErrorMessage(getTranslation("deployment.find.empty"));
			query.setInvalid(true);
			return;
		}
		query.setInvalid(false);
		List<SystemLink> found = deployments.find(text);
		if (found.isEmpty()) {
			results.add(notRegistered(text));
			return;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("system-links");
		for (SystemLink link : found) {
			list.add(item(link));
		}
		results.add(list);
	}

	private ListItem item(SystemLink link) {
		ListItem item = new ListItem();
		item.add(new H3(link.systemName() + " (" + link.registrationNumber() + ")"));
		item.add(new Paragraph(getTranslation("deployment.find.provider", link.providerName())));
		if (!link.restricted()) {
			item.add(new Paragraph(new Anchor(RegistryRoutes.permalink(String.valueOf(link.registrationNumber())),
					getTranslation("deployment.find.publicEntry"))));
		}
		else {
			Paragraph restricted = new Paragraph(getTranslation("deployment.restricted.notice"));
			restricted.addClassName("notice");
			item.add(restricted);
		}
		// the outcome in words: found here is no authorisation; a withdrawal warns, a
		// recall or suspension refuses a new registration (Art 3(16), 3(17))
		Paragraph outcome = new Paragraph(getTranslation(link.outcome().translationKey()));
		outcome.addClassName("link-outcome");
		if (link.warns()) {
			outcome.addClassName("notice");
			outcome.getElement().setAttribute("role", "alert");
		}
		item.add(outcome);
		if (!link.linkable()) {
			return item;
		}
		String number = String.valueOf(link.registrationNumber());
		Button assess = new Button(getTranslation("deployment.find.assess"), click -> getUI()
			.ifPresent(ui -> ui.navigate(FriaEditorView.class, new RouteParameters("registrationNumber", number))));
		Button register = new Button(getTranslation("deployment.find.register"), click -> register(number));
		register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		item.add(new HorizontalLayout(assess, register));
		return item;
	}

	private void register(String registrationNumber) {
		try {
			Deployment deployment = deployments.start(registrationNumber);
			getUI().ifPresent(ui -> ui.navigate(DeploymentEditorView.route(deployment.id())));
		}
		catch (ActionRefusedException ex) {
			Problems.error(getTranslation(ex.messageKey()));
		}
	}

	/** Art 26(8): the system is not registered; the deployer may tell the provider. */
	private Component notRegistered(String text) {
		Paragraph warning = new Paragraph(getTranslation("deployment.notRegistered.warning", text));
		warning.addClassName("notice");
		warning.getElement().setAttribute("role", "alert");

		ComboBox<ProviderOption> provider = new ComboBox<>(getTranslation("deployment.notice.provider"));
		provider.setItems(deployments.providers());
		provider.setItemLabelGenerator(option -> option.name() + " (" + option.country() + ")");
		provider.setHelperText(getTranslation("deployment.notice.provider.help"));
		provider.setWidthFull();
		TextField system = new TextField(getTranslation("deployment.notice.system"));
		system.setValue(text.length() > 300 ? text.substring(0, 300) : text);
		system.setWidthFull();
		TextArea message = new TextArea(getTranslation("deployment.notice.message"));
		message.setValue(getTranslation("deployment.notice.message.default"));
		message.setWidthFull();
		provider.setManualValidation(true);
		system.setManualValidation(true);
		message.setManualValidation(true);
		Button send = new Button(getTranslation("deployment.notice.send"), click -> {
			provider.setInvalid(false);
			system.setInvalid(false);
			message.setInvalid(false);
			try {
				deployments.sendNotice(provider.getValue() == null ? null : provider.getValue().id(), system.getValue(),
						message.getValue());
				Problems.success(getTranslation("deployment.notice.sent"));
				results.removeAll();
				results.add(new Paragraph(getTranslation("deployment.notice.sent")));
			}
			catch (InvalidInputException ex) {
				Problems.show(ex, Map.of("provider", provider, "system", system, "message", message),
						error -> Problems.translate(this, error));
			}
			catch (ActionRefusedException ex) {
				Problems.error(getTranslation(ex.messageKey()));
			}
		});
		Section section = new Section(warning, new H3(getTranslation("deployment.notice.title")), provider, system,
				message, send);
		section.addClassName("provider-notice");
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("deployment.workspace.title") + " · " + getTranslation("app.name");
	}

}
