package org.airegistry.guide;

import static org.airegistry.guide.Question.ANNEX_I;
import static org.airegistry.guide.Question.ANNEX_III_AREA;
import static org.airegistry.guide.Question.ANNEX_III_POINT;
import static org.airegistry.guide.Question.COMPUTE;
import static org.airegistry.guide.Question.DEPLOYER_TYPE;
import static org.airegistry.guide.Question.DEROGATION;
import static org.airegistry.guide.Question.OPEN_SOURCE;
import static org.airegistry.guide.Question.PROFILING;
import static org.airegistry.guide.Question.PROHIBITED;
import static org.airegistry.guide.Question.ROLE;
import static org.airegistry.guide.Question.SUBJECT;
import static org.airegistry.guide.Question.TRANSPARENCY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The questionnaire's path, options, answer checks and URL encoding. */
class GuideTest {

	private final Guide guide = new Guide(true);

	@Test
	@DisplayName("Art 5: a prohibited practice ends the questionnaire")
	void prohibitedStops() {
		GuideAnswers answers = GuideAnswers.of(SUBJECT, "system", ROLE, "provider", PROHIBITED, "e");
		assertThat(guide.path(answers)).containsExactly(SUBJECT, ROLE, PROHIBITED);
		assertThat(guide.complete(answers)).isTrue();
	}

	@Test
	@DisplayName("Annex III: the point is asked only for areas with several points; area 2 has one")
	void pointStep() {
		GuideAnswers base = GuideAnswers.of(SUBJECT, "system", ROLE, "provider", PROHIBITED, "none", ANNEX_I, "no");
		assertThat(guide.nextQuestion(base.with(ANNEX_III_AREA, List.of("4")))).contains(ANNEX_III_POINT);
		assertThat(guide.nextQuestion(base.with(ANNEX_III_AREA, List.of("2")))).contains(DEROGATION);
		assertThat(guide.nextQuestion(base.with(ANNEX_III_AREA, List.of("none")))).contains(TRANSPARENCY);
		assertThat(guide.options(ANNEX_III_POINT, base.with(ANNEX_III_AREA, List.of("5")))).containsExactly("5a", "5b",
				"5c", "5d");
	}

	@Test
	@DisplayName("Art 6(3): profiling is asked only when a derogation condition is claimed")
	void profilingStep() {
		GuideAnswers base = GuideAnswers.of(SUBJECT, "system", ROLE, "provider", PROHIBITED, "none", ANNEX_I, "no",
				ANNEX_III_AREA, "3", ANNEX_III_POINT, "3a");
		assertThat(guide.nextQuestion(base.with(DEROGATION, List.of("b")))).contains(PROFILING);
		assertThat(guide.nextQuestion(base.with(DEROGATION, List.of("none")))).contains(TRANSPARENCY);
	}

	@Test
	@DisplayName("Art 3(3), 3(4), 6(3), 26(8): only providers are asked about the derogation, only deployers what kind of deployer they are")
	void roleSteps() {
		GuideAnswers base = GuideAnswers.of(SUBJECT, "system", PROHIBITED, "none", ANNEX_I, "no", ANNEX_III_AREA, "4",
				ANNEX_III_POINT, "4a");
		assertThat(guide.nextQuestion(GuideAnswers.of(SUBJECT, "system"))).contains(ROLE);
		assertThat(guide.nextQuestion(base.with(ROLE, List.of("provider")))).contains(DEROGATION);
		assertThat(guide.nextQuestion(base.with(ROLE, List.of("deployer")))).contains(DEPLOYER_TYPE);
		assertThat(guide.path(base.with(ROLE, List.of("deployer")))).doesNotContain(DEROGATION, PROFILING);
		GuideAnswers both = base.with(ROLE, List.of("provider", "deployer")).with(DEROGATION, List.of("none"));
		assertThat(guide.nextQuestion(both)).contains(DEPLOYER_TYPE);
		// Art 49(5), 27(1): no deployer kind for critical infrastructure
		GuideAnswers pointTwo = GuideAnswers.of(SUBJECT, "system", ROLE, "deployer", PROHIBITED, "none", ANNEX_I, "no",
				ANNEX_III_AREA, "2");
		assertThat(guide.nextQuestion(pointTwo)).contains(TRANSPARENCY);
		assertThat(guide.problem(ROLE, List.of(), GuideAnswers.none())).contains("guide.error.required");
	}

	@Test
	@DisplayName("Art 51: models are asked about open source and compute only")
	void modelPath() {
		assertThat(guide.path(GuideAnswers.of(SUBJECT, "model", OPEN_SOURCE, "no", COMPUTE, "below")))
			.containsExactly(SUBJECT, OPEN_SOURCE, COMPUTE);
	}

	@Test
	@DisplayName("Art 5(1)(ba), (bb): the Omnibus additions are offered only when the setting is on")
	void omnibusSetting() {
		assertThat(guide.options(PROHIBITED, GuideAnswers.none())).contains("ba", "bb");
		Guide current = new Guide(false);
		assertThat(current.options(PROHIBITED, GuideAnswers.none())).doesNotContain("ba", "bb").contains("a", "h");
		assertThat(current.problem(PROHIBITED, List.of("ba"), GuideAnswers.none()))
			.contains("guide.error.unknownOption");
	}

	@Test
	@DisplayName("Answers are checked: required, one choice for single questions, 'none' alone")
	void problems() {
		GuideAnswers none = GuideAnswers.none();
		assertThat(guide.problem(ANNEX_I, List.of(), none)).contains("guide.error.required");
		assertThat(guide.problem(ANNEX_I, List.of("yes", "no"), none)).contains("guide.error.single");
		assertThat(guide.problem(TRANSPARENCY, List.of("none", "chatbot"), none)).contains("guide.error.noneAlone");
		assertThat(guide.problem(TRANSPARENCY, List.of("chatbot", "deepfake"), none)).isEmpty();
		assertThat(guide.problem(ANNEX_I, List.of("maybe"), none)).contains("guide.error.unknownOption");
	}

	@Test
	@DisplayName("Changing an earlier answer drops answers that are no longer on the path")
	void relevant() {
		GuideAnswers answers = GuideAnswers.of(SUBJECT, "system", ROLE, "provider", PROHIBITED, "none", ANNEX_I, "no",
				ANNEX_III_AREA, "4", ANNEX_III_POINT, "4a", DEROGATION, "a", PROFILING, "no", TRANSPARENCY, "none");
		GuideAnswers changed = guide.relevant(answers.with(SUBJECT, List.of("model")));
		assertThat(changed.toParameters()).containsExactly(Map.entry("subject", "model"));
		assertThat(guide.relevant(answers.with(PROHIBITED, List.of("c"))).toParameters()).containsOnlyKeys("subject",
				"role", "art5");
	}

	@Test
	@DisplayName("Answers survive a round trip through the URL; unknown values are ignored")
	void urlRoundTrip() {
		GuideAnswers answers = GuideAnswers.of(SUBJECT, "system", ROLE, "provider", PROHIBITED, "none", ANNEX_I, "no",
				ANNEX_III_AREA, "4", ANNEX_III_POINT, "4a", DEROGATION, "d,a", PROFILING, "no", TRANSPARENCY,
				"chatbot,deepfake");
		Map<String, String> parameters = answers.toParameters();
		assertThat(parameters).containsEntry("art63", "a,d").containsEntry("art50", "chatbot,deepfake");
		Map<String, List<String>> url = new java.util.LinkedHashMap<>();
		parameters.forEach((key, value) -> url.put(key, List.of(value)));
		url.put("utm_source", List.of("x"));
		url.put("annexI", List.of("no,<script>"));
		assertThat(GuideAnswers.fromParameters(url)).isEqualTo(answers);
		assertThat(guide.classify(answers)).isPresent();
	}

	@Test
	@DisplayName("No outcome while a question is open")
	void incomplete() {
		assertThat(guide.classify(GuideAnswers.of(SUBJECT, "system", ROLE, "provider", PROHIBITED, "none"))).isEmpty();
		assertThat(guide.classify(GuideAnswers.none())).isEmpty();
	}

}
