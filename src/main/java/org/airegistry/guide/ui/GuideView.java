package org.airegistry.guide.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.airegistry.guide.Guide;
import org.airegistry.guide.GuideAnswers;
import org.airegistry.guide.GuideRoutes;
import org.airegistry.guide.Obligation;
import org.airegistry.shared.i18n.Citations;
import org.airegistry.guide.Outcome;
import org.airegistry.guide.Question;
import org.airegistry.guide.Registration;
import org.airegistry.guide.Rule;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.PlainForm;
import org.airegistry.shell.components.PublicDocument;
import org.airegistry.shell.components.StaticHtml;
import org.airegistry.shell.components.StructuredData;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The risk-classification guide: one question per page, back and next, the answers in the
 * URL (a reload or a shared link restores them), and a printable result that names the
 * regime, the obligations and the legal reference of every answer.
 */
@Route(GuideRoutes.GUIDE)
@Menu(title = "nav.guide", order = 5)
@AnonymousAllowed
@StyleSheet("styles/guide.css")
public class GuideView extends Main implements BeforeEnterObserver, HasDynamicTitle, PublicDocument {

	private final Guide guide;

	private final Clock clock;

	private GuideAnswers answers = GuideAnswers.none();

	/** What the first response says about the page shown (DD035). */
	private DocumentMetadata metadata = DocumentMetadata.page("", GuideRoutes.GUIDE, null);

	public GuideView(Guide guide, Clock clock) {
		this.guide = guide;
		this.clock = clock;
		addClassName("page");
		addClassName("guide");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		answers = guide.relevant(GuideAnswers.fromParameters(parameters));
		List<Question> path = guide.path(answers);
		Optional<Question> requested = Optional.ofNullable(parameters.get(GuideRoutes.STEP))
			.flatMap(values -> values.stream().findFirst())
			.flatMap(Question::byParameter)
			.filter(path::contains);
		removeAll();
		Optional<Question> shown = requested.or(() -> guide.nextQuestion(answers));
		if (shown.isPresent()) {
			showQuestion(shown.get(), path);
		}
		else {
			showResult(guide.classify(answers).orElseThrow());
		}
	}

	private void showQuestion(Question question, List<Question> path) {
		int index = path.indexOf(question);
		Paragraph progress = new Paragraph(getTranslation("guide.progress", index + 1));
		progress.addClassName("guide-progress");
		List<String> options = guide.options(question, answers);
		Component field;
		HasValidation validation;
		java.util.function.Supplier<Set<String>> value;
		if (question.multiple()) {
			CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation(question.translationKey()));
			group.setItems(options);
			group.setItemLabelGenerator(option -> label(question, option));
			group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
			group.setValue(new LinkedHashSet<>(answers.get(question)));
			group.setHelperText(
					getTranslation("guide.hint.multiple", Citations.format(question.reference(), getLocale())));
			field = group;
			validation = group;
			value = group::getValue;
		}
		else {
			RadioButtonGroup<String> group = new RadioButtonGroup<>(getTranslation(question.translationKey()));
			group.setItems(options);
			group.setItemLabelGenerator(option -> label(question, option));
			group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
			answers.get(question).stream().findFirst().ifPresent(group::setValue);
			group.setHelperText(
					getTranslation("guide.hint.single", Citations.format(question.reference(), getLocale())));
			field = group;
			validation = group;
			value = () -> group.getValue() == null ? Set.of() : Set.of(group.getValue());
		}
		field.getElement().setAttribute("data-question", question.parameter());
		StaticHtml.standIn(field,
				plainForm(question, options, index > 0 ? Optional.of(path.get(index - 1)) : Optional.empty()));
		((AbstractField<?, ?>) field).addValueChangeListener(change -> validation.setInvalid(false));
		Paragraph explanation = new Paragraph(getTranslation("guide.explain." + question.parameter()));

		Button next = new Button(getTranslation("guide.next"), click -> {
			Set<String> chosen = value.get();
			Optional<String> problem = guide.problem(question, chosen, answers);
			if (problem.isPresent()) {
				validation.setErrorMessage(getTranslation(problem.get()));
				validation.setInvalid(true);
				return;
			}
			GuideAnswers updated = guide.relevant(answers.with(question, chosen));
			List<Question> newPath = guide.path(updated);
			int position = newPath.indexOf(question);
			Optional<Question> following = position + 1 < newPath.size() ? Optional.of(newPath.get(position + 1))
					: Optional.empty();
			open(updated, following);
		});
		next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div buttons = new Div();
		buttons.addClassName("guide-buttons");
		if (index > 0) {
			Button back = new Button(getTranslation("guide.back"),
					click -> open(answers, Optional.of(path.get(index - 1))));
			buttons.add(back);
		}
		buttons.add(next);
		StaticHtml.omit(buttons);
		add(new H1(getTranslation("guide.title")), progress, explanation, field, buttons);
		String description = getTranslation("guide.meta.description");
		metadata = index == 0 && answers.equals(GuideAnswers.none())
				? DocumentMetadata.page(description, GuideRoutes.GUIDE,
						StructuredData.of("WebApplication")
							.put("name", getTranslation("guide.title"))
							.put("description", description)
							.put("applicationCategory", "Reference")
							.put("isAccessibleForFree", true))
				: DocumentMetadata.page(description, link(answers, Optional.of(question)), null).notIndexed();
		if (index == 0) {
			add(new Paragraph(getTranslation("guide.disclaimer")));
		}
	}

	/**
	 * The question as a plain form for the first response and readers without JavaScript:
	 * the answers so far as hidden fields, the options as radio buttons or checkboxes,
	 * "Next" submits to the guide's address (which shows the next question or the
	 * result), "Back" links to the previous question.
	 */
	private Component plainForm(Question question, List<String> options, Optional<Question> previous) {
		HtmlContainer form = new PlainForm(GuideRoutes.GUIDE);
		form.addClassName("guide-form");
		answers.toParameters().forEach((parameter, value) -> {
			if (!parameter.equals(question.parameter())) {
				form.add(PlainForm.hidden(parameter, value));
			}
		});
		FieldSet fieldSet = new FieldSet(getTranslation(question.translationKey()));
		fieldSet.add(new Paragraph(getTranslation(question.multiple() ? "guide.hint.multiple" : "guide.hint.single",
				Citations.format(question.reference(), getLocale()))));
		for (String option : options) {
			Input input = new Input();
			input.setType(question.multiple() ? "checkbox" : "radio");
			input.getElement().setAttribute("name", question.parameter());
			input.setValue(option);
			if (answers.has(question, option)) {
				input.getElement().setAttribute("checked", true);
			}
			NativeLabel label = new NativeLabel();
			label.add(input, new Span(" " + label(question, option)));
			fieldSet.add(new Div(label));
		}
		form.add(fieldSet);
		Div buttons = new Div();
		buttons.addClassName("guide-buttons");
		previous
			.ifPresent(step -> buttons.add(new Anchor(link(answers, Optional.of(step)), getTranslation("guide.back"))));
		NativeButton next = new NativeButton(getTranslation("guide.next"));
		next.getElement().setAttribute("type", "submit");
		buttons.add(next);
		form.add(buttons);
		return form;
	}

	private void showResult(Outcome outcome) {
		H1 title = new H1(getTranslation("guide.result.title"));
		Paragraph regime = new Paragraph(getTranslation(outcome.regime().translationKey()));
		regime.addClassName("guide-regime");
		regime.getElement().setAttribute("data-regime", outcome.regime().name());

		UnorderedList why = new UnorderedList();
		LocalDate today = LocalDate.now(clock);
		for (Rule rule : outcome.appliedRules()) {
			ListItem item = new ListItem(new Span(getTranslation(rule.messageKey(), rule.arguments().toArray())),
					reference(String.join(", ", rule.references())));
			if (rule.startsAfter(today)) {
				// the duty or prohibition exists but starts later (Art 113)
				Span starts = new Span(" " + getTranslation("guide.result.appliesFrom",
						DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
							.withLocale(getLocale())
							.format(rule.appliesFrom()),
						Citations.format(rule.appliesFromReference(), getLocale())));
				starts.addClassName("guide-applies-from");
				item.add(starts);
			}
			why.add(item);
		}

		UnorderedList duties = new UnorderedList();
		duties.addClassName("guide-obligations");
		for (Obligation obligation : outcome.obligations()) {
			duties.add(new ListItem(new Span(getTranslation(obligation.translationKey())),
					reference(obligation.reference())));
		}

		DescriptionList given = new DescriptionList();
		for (Question question : guide.path(answers)) {
			List<String> labels = question.options()
				.stream()
				.filter(answers.get(question)::contains)
				.map(option -> label(question, option))
				.toList();
			Anchor change = new Anchor(link(answers, Optional.of(question)), getTranslation("guide.result.change"));
			change.addClassName("no-print");
			change.getElement()
				.setAttribute("aria-label",
						getTranslation("guide.result.changeLabel", getTranslation(question.translationKey())));
			given.add(new DescriptionList.Term(getTranslation(question.translationKey())),
					new DescriptionList.Description(new Span(String.join("; ", labels)),
							reference(question.reference()), change));
		}

		Section next = new Section(new H2(getTranslation("guide.result.next")));
		Set<Registration> registrations = outcome.registrations();
		if (registrations.contains(Registration.SECTION_A)) {
			next.add(startLink(GuideRoutes.NEW_SYSTEM_ENTRY, "guide.start.sectionA"));
		}
		if (registrations.contains(Registration.SECTION_B)) {
			next.add(startLink(GuideRoutes.NEW_SYSTEM_ENTRY, "guide.start.sectionB"));
		}
		if (registrations.contains(Registration.GPAI_PAGE)) {
			next.add(startLink(GuideRoutes.NEW_MODEL_PAGE, "guide.start.gpai"));
		}
		if (registrations.contains(Registration.SECTION_C)) {
			next.add(startLink(GuideRoutes.DEPLOYER_REGISTRATIONS, "guide.start.sectionC"));
		}
		if (registrations.contains(Registration.SECTION_C_VOLUNTARY)) {
			next.add(startLink(GuideRoutes.DEPLOYER_REGISTRATIONS, "guide.start.sectionCVoluntary"));
		}
		if (registrations.contains(Registration.NATIONAL)) {
			next.add(new Paragraph(getTranslation("guide.start.national")));
		}
		if (outcome.prohibited()) {
			// Art 5: no registration can make a prohibited practice lawful
			Paragraph prohibited = new Paragraph(getTranslation("guide.start.prohibited"));
			prohibited.addClassName("guide-prohibited");
			next.add(prohibited);
		}
		else if (registrations.isEmpty()) {
			next.add(new Paragraph(getTranslation("guide.start.none")));
		}

		String permalink = link(answers, Optional.empty());
		Anchor share = new Anchor(permalink, getTranslation("guide.result.share"));
		share.getElement().setAttribute("data-share", "true");
		Button print = StaticHtml
			.omit(new Button(getTranslation("guide.result.print"), click -> getElement().executeJs("window.print()")));
		Anchor restart = new Anchor(GuideRoutes.GUIDE, getTranslation("guide.result.restart"));
		Div actions = new Div(print, share, restart);
		actions.addClassNames("guide-buttons", "no-print");

		add(title, regime, new Section(new H2(getTranslation("guide.result.why")), why),
				new Section(new H2(getTranslation("guide.result.obligations")), duties),
				new Section(new H2(getTranslation("guide.result.answers")), given), next, actions,
				new Paragraph(getTranslation("guide.disclaimer")));
		String regimeText = getTranslation(outcome.regime().translationKey());
		String description = getTranslation("guide.meta.result", regimeText);
		metadata = DocumentMetadata.page(description, permalink, StructuredData.of("WebPage")
			.put("name", getTranslation("guide.result.title"))
			.put("description", description)
			.put("about", StructuredData.of("DefinedTerm").put("name", regimeText))
			.put("citation",
					outcome.references().stream().map(reference -> Citations.format(reference, getLocale())).toList())
			.put("isPartOf", StructuredData.of("WebApplication").put("name", getTranslation("guide.title"))))
			.notIndexed();
	}

	@Override
	public DocumentMetadata documentMetadata() {
		return metadata;
	}

	private Paragraph startLink(String route, String key) {
		Anchor anchor = new Anchor(route, getTranslation(key));
		anchor.addClassName("guide-start");
		return new Paragraph(anchor);
	}

	private Span reference(String reference) {
		Span span = new Span(" (" + Citations.format(reference, getLocale()) + ")");
		span.addClassName("guide-reference");
		return span;
	}

	private String label(Question question, String option) {
		if (question == Question.ANNEX_III_POINT) {
			return getTranslation("annexIII." + option);
		}
		if (question == Question.ANNEX_III_AREA && !option.equals(Question.NONE)) {
			return getTranslation("annexIII.area." + option);
		}
		return getTranslation(question.optionKey(option));
	}

	private void open(GuideAnswers target, Optional<Question> step) {
		getUI().ifPresent(ui -> ui.navigate(GuideRoutes.GUIDE, parameters(target, step)));
	}

	private static QueryParameters parameters(GuideAnswers target, Optional<Question> step) {
		Map<String, List<String>> ordered = new java.util.LinkedHashMap<>();
		target.toParameters().forEach((key, value) -> ordered.put(key, List.of(value)));
		step.ifPresent(question -> ordered.put(GuideRoutes.STEP, List.of(question.parameter())));
		return new QueryParameters(ordered);
	}

	/**
	 * The guide's address with these answers, parameters in question order (values are
	 * option codes from the questions, safe in a URL as they are).
	 */
	static String link(GuideAnswers target, Optional<Question> step) {
		StringBuilder query = new StringBuilder();
		target.toParameters()
			.forEach((key, value) -> query.append(query.isEmpty() ? "" : "&").append(key).append('=').append(value));
		step.ifPresent(question -> query.append(query.isEmpty() ? "" : "&")
			.append(GuideRoutes.STEP)
			.append('=')
			.append(question.parameter()));
		return query.isEmpty() ? GuideRoutes.GUIDE : GuideRoutes.GUIDE + "?" + query;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("guide.title") + " · " + getTranslation("app.name");
	}

}
