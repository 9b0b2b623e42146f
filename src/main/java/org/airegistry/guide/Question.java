package org.airegistry.guide;

import java.util.List;
import java.util.Optional;

/**
 * One step of the guide: its URL parameter, the options a visitor can choose and the
 * legal reference the question rests on. Options of a multiple-choice question may be
 * combined, except {@link #NONE}, which stands alone.
 */
public enum Question {

	/** An AI system (Art 3(1)) or a general-purpose AI model (Art 3(63)). */
	SUBJECT("subject", false, "Art 3(1), Art 3(63)", List.of("system", "model")),

	/**
	 * Whether the visitor develops the system and places it on the market or puts it into
	 * service under its own name (provider, Art 3(3)) or uses it under its authority
	 * (deployer, Art 3(4)); both may apply. The duties differ: Art 16 for providers, Art
	 * 26, 27 and 86 for deployers.
	 */
	ROLE("role", true, "Art 3(3), Art 3(4)", List.of("provider", "deployer")),

	/**
	 * Art 5(1) prohibited practices; (ba) and (bb) only when the Omnibus additions apply.
	 */
	PROHIBITED("art5", true, "Art 5(1)", List.of("a", "b", "ba", "bb", "c", "d", "e", "f", "g", "h", Question.NONE)),

	/**
	 * Safety component of (or itself) an Annex I product needing third-party assessment.
	 */
	ANNEX_I("annexI", false, "Art 6(1), Annex I", List.of("yes", "no")),

	/** The Annex III area, 1–8, or none. */
	ANNEX_III_AREA("area", false, "Art 6(2), Annex III",
			List.of("1", "2", "3", "4", "5", "6", "7", "8", Question.NONE)),

	/** The Annex III point within the chosen area (asked when the area has several). */
	ANNEX_III_POINT("point", false, "Art 6(2), Annex III",
			List.of("1a", "1b", "1c", "3a", "3b", "3c", "3d", "4a", "4b", "5a", "5b", "5c", "5d", "6a", "6b", "6c",
					"6d", "6e", "7a", "7b", "7c", "7d", "8a", "8b")),

	/** The Art 6(3) conditions (a)–(d) that the system meets, or none. */
	DEROGATION("art63", true, "Art 6(3)", List.of("a", "b", "c", "d", Question.NONE)),

	/**
	 * Whether the Annex III system profiles natural persons (Art 6(3), third
	 * subparagraph).
	 */
	PROFILING("profiling", false, "Art 6(3) third subparagraph", List.of("yes", "no")),

	/**
	 * What kind of deployer: a public authority, Union institution, body, office or
	 * agency or a person acting on their behalf (Art 26(8), Art 49(3): registers its
	 * use), a private entity providing public services (Art 27(1): impact assessment), or
	 * another deployer.
	 */
	DEPLOYER_TYPE("deployer", false, "Art 26(8), Art 27(1), Art 49(3)",
			List.of("publicAuthority", "publicService", "other")),

	/** Art 50 transparency situations. */
	TRANSPARENCY("art50", true, "Art 50", List.of("chatbot", "synthetic", "emotion", "deepfake", Question.NONE)),

	/** Released under a free and open-source licence with public weights (Art 53(2)). */
	OPEN_SOURCE("openSource", false, "Art 53(2), Art 54(6)", List.of("yes", "no")),

	/**
	 * Cumulative training compute against the Art 51(2) presumption, or a designation.
	 */
	COMPUTE("compute", false, "Art 51", List.of("above", "below", "designated"));

	/** The option that means "none of these". */
	public static final String NONE = "none";

	private final String parameter;

	private final boolean multiple;

	private final String reference;

	private final List<String> options;

	Question(String parameter, boolean multiple, String reference, List<String> options) {
		this.parameter = parameter;
		this.multiple = multiple;
		this.reference = reference;
		this.options = options;
	}

	/** The URL query parameter that carries the answer. */
	public String parameter() {
		return parameter;
	}

	/** Whether several options may be chosen. */
	public boolean multiple() {
		return multiple;
	}

	/** The legal reference the question rests on. */
	public String reference() {
		return reference;
	}

	/**
	 * All options, in display order (the guide may offer a subset, see {@link Guide}).
	 */
	public List<String> options() {
		return options;
	}

	/** Translation key of the question. */
	public String translationKey() {
		return "guide.question." + parameter;
	}

	/** Translation key of an option's label. */
	public String optionKey(String option) {
		return "guide.option." + parameter + "." + option;
	}

	public static Optional<Question> byParameter(String parameter) {
		for (Question question : values()) {
			if (question.parameter.equals(parameter)) {
				return Optional.of(question);
			}
		}
		return Optional.empty();
	}

}
