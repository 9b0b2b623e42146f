package org.airegistry.explanation.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.DeployerChoice;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.NewExplanationRequest;
import org.airegistry.organisation.OrganisationSummary;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shell.components.ErrorSummary;
import org.airegistry.shell.components.LocalisedDatePicker;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An affected person asks a deployer to explain a decision taken with a registered
 * high-risk AI system (Art 86(1)); no account needed. Explains eligibility and what
 * happens next, then mails a verification link.
 */
@Route(ExplanationRoutes.NEW)
@AnonymousAllowed
public class FileRequestView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ExplanationService explanations;

	private final RegistryQueries registry;

	public FileRequestView(ExplanationService explanations, RegistryQueries registry) {
		this.explanations = explanations;
		this.registry = registry;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		var parameters = event.getLocation().getQueryParameters();
		String system = parameters.getSingleParameter("system").orElse("");
		Optional<OrganisationId> deployer = parameters.getSingleParameter("deployer").flatMap(FileRequestView::id);
		add(new H1(getTranslation("explanation.new.title")));
		Optional<PublicEntry> entry = system.isBlank() ? Optional.empty() : registry.findLatest(system);
		add(new Paragraph(getTranslation("explanation.new.intro")));
		if (entry.isEmpty()) {
			// no public entry named, or none found: the person names the deployer and
			// describes the system; the page says nothing about whether or where the
			// system is registered (Art 49(4) non-public section)
			Paragraph unlisted = new Paragraph(getTranslation("explanation.new.unlisted"));
			unlisted.addClassName("unlisted-system");
			add(unlisted, eligibility(), form(null, deployer), nextSteps());
			return;
		}
		add(new Paragraph(getTranslation("explanation.new.about") + " "),
				new Anchor(RegistryRoutes.permalink(entry.get().registrationNumber()),
						entry.get().data().tradeName() + " (" + entry.get().registrationNumber() + ")"));
		add(eligibility());
		Optional<String> notCovered = ExplanationService.ineligibility(entry.get());
		if (notCovered.isPresent()) {
			// Art 86(1) covers high-risk systems of Annex III except point 2; Section B
			// systems are not high-risk by the provider's Art 6(3) assessment: Art 85 is
			// the route for a person who believes otherwise
			Paragraph notEligible = new Paragraph(getTranslation(notCovered.get().equals("explanation.error.sectionB")
					? "explanation.new.sectionB" : "explanation.new.notAnnexIII"));
			notEligible.getElement().setAttribute("role", "note");
			add(notEligible, new Paragraph(new Anchor(ExplanationRoutes.newComplaint(entry.get().registrationNumber()),
					getTranslation("explanation.new.complain"))));
			return;
		}
		add(form(entry.get(), deployer));
		add(nextSteps());
	}

	private Section eligibility() {
		UnorderedList conditions = new UnorderedList(new ListItem(getTranslation("explanation.eligibility.annexIII")),
				new ListItem(getTranslation("explanation.eligibility.deployer")),
				new ListItem(getTranslation("explanation.eligibility.effect")));
		return new Section(new H2(getTranslation("explanation.eligibility.title")), conditions,
				new Paragraph(getTranslation("explanation.eligibility.exceptions")));
	}

	private Section nextSteps() {
		OrderedList steps = new OrderedList(new ListItem(getTranslation("explanation.next.verify")),
				new ListItem(getTranslation("explanation.next.deployer",
						explanations.deadlineRules().responsePeriod().toTotalMonths(),
						explanations.deadlineRules().maxExtension().toTotalMonths())),
				new ListItem(getTranslation("explanation.next.track")),
				new ListItem(getTranslation("explanation.next.escalate")));
		return new Section(new H2(getTranslation("explanation.next.title")), steps,
				new Paragraph(getTranslation("explanation.privacy")));
	}

	private Div form(@org.jspecify.annotations.Nullable PublicEntry entry, Optional<OrganisationId> preselected) {
		ComboBox<OrganisationSummary> deployer = new ComboBox<>(getTranslation("explanation.field.deployer"));
		// issue 21: the deployers that registered their use of this system first; any
		// other deployer can be named, labelled so (its requests are counted apart)
		// for a system not found in the public register, nothing is said about who
		// registered it (Art 49(4)): no deployer is labelled
		List<DeployerChoice> choices = entry == null
				? explanations.deployers().stream().map(organisation -> new DeployerChoice(organisation, true)).toList()
				: explanations.deployerChoices(entry.registrationNumber());
		java.util.Set<OrganisationId> registered = choices.stream()
			.filter(DeployerChoice::registered)
			.map(choice -> choice.organisation().id())
			.collect(java.util.stream.Collectors.toSet());
		deployer.setItems(choices.stream().map(DeployerChoice::organisation).toList());
		deployer.setItemLabelGenerator(organisation -> registered.contains(organisation.id()) ? organisation.legalName()
				: getTranslation("explanation.deployer.unregisteredLabel", organisation.legalName()));
		deployer.setHelperText(getTranslation("explanation.field.deployer.help"));
		deployer.addValueChangeListener(change -> deployer
			.setHelperText(getTranslation(change.getValue() == null || registered.contains(change.getValue().id())
					? "explanation.field.deployer.help" : "explanation.deployer.unregisteredHelp")));
		deployer.setRequiredIndicatorVisible(true);
		preselected.flatMap(id -> explanations.deployers().stream().filter(d -> d.id().equals(id)).findFirst())
			.ifPresent(deployer::setValue);
		int max = explanations.maxTextLength();
		TextArea decision = new TextArea(getTranslation("explanation.field.decision"));
		decision.setHelperText(getTranslation("explanation.field.decision.help"));
		decision.setMaxLength(max);
		decision.setRequiredIndicatorVisible(true);
		DatePicker decisionDate = new LocalisedDatePicker(getTranslation("explanation.field.decisionDate"));
		decisionDate.setLocale(getLocale());
		TextField decisionReference = new TextField(getTranslation("explanation.field.decisionReference"));
		decisionReference.setHelperText(getTranslation("explanation.field.decisionReference.help"));
		decisionReference.setMaxLength(200);
		TextArea adverse = new TextArea(getTranslation("explanation.field.adverse"));
		adverse.setHelperText(getTranslation("explanation.field.adverse.help"));
		adverse.setMaxLength(max);
		adverse.setRequiredIndicatorVisible(true);
		TextArea systemDescription = new TextArea(getTranslation("explanation.field.systemDescription"));
		systemDescription.setHelperText(getTranslation("explanation.field.systemDescription.help"));
		systemDescription.setMaxLength(max);
		EmailField email = new EmailField(getTranslation("explanation.field.email"));
		email.setHelperText(getTranslation("explanation.field.email.help"));
		email.setRequiredIndicatorVisible(true);
		Map<String, HasValidation> fields = Map.of("deployer", deployer, "decision", decision, "decisionDate",
				decisionDate, "decisionReference", decisionReference, "adverse", adverse, "email", email,
				"systemDescription", systemDescription);
		Div form = new Div();
		form.addClassName("form");
		ErrorSummary problemSummary = new ErrorSummary();
		Button submit = new Button(getTranslation("explanation.new.submit"));
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submit.addClickListener(click -> Filing.send(this, fields, problemSummary,
				() -> explanations.file(new NewExplanationRequest(entry == null ? "" : entry.registrationNumber(),
						deployer.getValue() == null ? null : deployer.getValue().id(), decision.getValue(),
						decisionDate.getValue(), decisionReference.getValue(), adverse.getValue(), email.getValue(),
						getLocale().getLanguage(), entry == null ? systemDescription.getValue() : ""),
						networkAddress()),
				"explanation.filed.title", "explanation.filed.text"));
		form.add(problemSummary, new H2(getTranslation("explanation.form.title")), deployer);
		if (entry == null) {
			form.add(systemDescription);
		}
		form.add(decision, decisionDate, decisionReference, adverse, email, submit);
		form.getChildren().forEach(child -> child.getElement().getStyle().set("display", "block"));
		for (var field : new com.vaadin.flow.component.HasSize[] { deployer, systemDescription, decision,
				decisionReference, adverse, email }) {
			field.setWidthFull();
		}
		form.getStyle().set("max-width", "48rem");
		return form;
	}

	private static String networkAddress() {
		VaadinRequest request = VaadinRequest.getCurrent();
		return request == null ? "unknown" : request.getRemoteAddr();
	}

	private static Optional<OrganisationId> id(String value) {
		try {
			return Optional.of(new OrganisationId(UUID.fromString(value)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("explanation.new.title") + " · " + getTranslation("app.name");
	}

}
