package org.airegistry.guide.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.airegistry.guide.ClassificationRules;
import org.airegistry.guide.Guide;
import org.airegistry.guide.GuideAnswers;
import org.airegistry.guide.Question;
import org.airegistry.guide.Rule;
import org.airegistry.shared.i18n.Translations;
import org.airegistry.testsupport.H2Test;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;

/**
 * The guide in every offered language: every question and an outcome for every rule of
 * the classification table, each page checked for citations written in the English style
 * ("Art 6(2)", "Annex III point 4(a)", "Recital 96", "Reg. (EU)") that a non-English
 * reader must never see.
 */
@H2Test
class GuideLanguagesTest extends SpringBrowserlessTest {

	/** What only the English citation style writes. */
	static final Pattern ENGLISH_CITATION = Pattern
		.compile("\\bArt \\d|\\bArticles? \\d|\\bAnnex [IVX]|\\bRecitals? \\d"
				+ "|\\bReg\\. \\(EU\\)|\\bSection [A-D]\\b|\\bsubparagraph\\b|\\d\\(\\w{1,3}\\)");

	@Autowired
	Guide guide;

	@Test
	@DisplayName("Art 6, Annex III: every guide question and outcome in every offered language cites the Act in that language's style only")
	void everyQuestionAndOutcomeInEveryLanguage() {
		Map<String, GuideAnswers> outcomes = new LinkedHashMap<>();
		Map<Question, GuideAnswers> questions = new LinkedHashMap<>();
		explore(GuideAnswers.none(), outcomes, questions);
		Set<String> ruleIds = new TreeSet<>();
		ClassificationRules.RULES.stream().map(Rule::id).forEach(ruleIds::add);
		assertThat(outcomes.keySet()).as("an outcome for every rule").containsAll(ruleIds);
		assertThat(questions.keySet()).as("every question").containsExactlyInAnyOrder(Question.values());

		List<Locale> languages = Translations.standard()
			.offered()
			.stream()
			.filter(language -> !language.getLanguage().equals("en"))
			.toList();
		assertThat(languages).extracting(Locale::getLanguage).contains("de", "fr", "nl", "it", "es", "pl");
		List<String> problems = new ArrayList<>();
		for (Locale language : languages) {
			UI.getCurrent().setLocale(language);
			questions.forEach((question, answers) -> {
				open(answers);
				String helper = question.multiple() ? checkboxes().getHelperText() : radios().getHelperText();
				check(language, "question " + question.parameter(), page() + " " + helper, problems);
			});
			outcomes.forEach((rule, answers) -> {
				open(answers);
				check(language, "outcome of rule " + rule + " (" + answers.toParameters() + ")", page(), problems);
			});
		}
		assertThat(problems).isEmpty();
	}

	@Test
	@DisplayName("Art 6(2), Annex III point 4(a), Art 113: the German and Polish results cite point, letter and the amending regulation in their own style")
	void annexPointAndDatesInTheLanguagesStyle() {
		GuideAnswers employer = GuideAnswers.fromParameters(QueryParameters
			.fromString("subject=system&role=provider&art5=none&annexI=no&area=4&point=4a&art63=none&art50=none")
			.getParameters());
		UI.getCurrent().setLocale(Locale.GERMAN);
		open(employer);
		assertThat(page()).contains("Art. 6 Abs. 2, Anhang III Nr. 4 Buchst. a");
		UI.getCurrent().setLocale(Locale.of("pl"));
		open(employer);
		assertThat(page()).contains("art. 6 ust. 2, załącznik III pkt 4 lit. a)");
		UI.getCurrent().setLocale(Locale.FRENCH);
		open(GuideAnswers.fromParameters(QueryParameters.fromString(
				"subject=system&role=deployer&art5=none&annexI=no&area=5&point=5b&deployer=publicService&art50=none")
			.getParameters()));
		assertThat(page()).contains("considérant 96").doesNotContain("Recital");
	}

	/**
	 * Walks the guide: every option of every question (each option of a multiple-choice
	 * question alone, and both roles together), keeping for every rule the first complete
	 * answers it applies to and for every question the first answers that ask it.
	 */
	private void explore(GuideAnswers answers, Map<String, GuideAnswers> outcomes,
			Map<Question, GuideAnswers> questions) {
		var next = guide.nextQuestion(answers);
		if (next.isEmpty()) {
			guide.classify(answers)
				.orElseThrow()
				.appliedRules()
				.forEach(rule -> outcomes.putIfAbsent(rule.id(), answers));
			return;
		}
		Question question = next.get();
		questions.putIfAbsent(question, answers);
		List<Set<String>> choices = new ArrayList<>();
		for (String option : guide.options(question, answers)) {
			choices.add(Set.of(option));
		}
		if (question == Question.ROLE) {
			choices.add(Set.of("provider", "deployer"));
		}
		for (Set<String> choice : choices) {
			if (guide.problem(question, choice, answers).isEmpty()) {
				explore(guide.relevant(answers.with(question, choice)), outcomes, questions);
			}
		}
	}

	private void open(GuideAnswers answers) {
		UI.getCurrent().navigate("guide", QueryParameters.simple(answers.toParameters()));
	}

	private String page() {
		return getCurrentView().getElement().getTextRecursively();
	}

	private static void check(Locale language, String where, String text, List<String> problems) {
		Matcher matcher = ENGLISH_CITATION.matcher(text);
		if (matcher.find()) {
			int from = Math.max(0, matcher.start() - 60);
			problems.add(language + " " + where + ": „"
					+ text.substring(from, Math.min(text.length(), matcher.end() + 40)).replace('\n', ' ') + "“");
		}
	}

	@SuppressWarnings("unchecked")
	private RadioButtonGroup<String> radios() {
		return find(RadioButtonGroup.class).single();
	}

	@SuppressWarnings("unchecked")
	private CheckboxGroup<String> checkboxes() {
		return find(CheckboxGroup.class).single();
	}

}
