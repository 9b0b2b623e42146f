package org.airegistry.registry;

/**
 * Annex VIII B.6: the Art 6(3) condition on which an Annex III system is considered not
 * high-risk. Translated as {@code art63.<NAME>}.
 */
public enum Art63Condition {

	/** Art 6(3)(a): the system performs a narrow procedural task. */
	A_NARROW_PROCEDURAL_TASK,

	/** Art 6(3)(b): it improves the result of a previously completed human activity. */
	B_IMPROVES_HUMAN_ACTIVITY,

	/**
	 * Art 6(3)(c): it detects decision-making patterns or deviations without replacing or
	 * influencing the completed human assessment without proper human review.
	 */
	C_DETECTS_PATTERNS,

	/** Art 6(3)(d): it performs a preparatory task to an assessment. */
	D_PREPARATORY_TASK;

	public String translationKey() {
		return "art63." + name();
	}

	/** The letter of the condition in Art 6(3), e.g. "a". */
	public String letter() {
		return name().substring(0, 1).toLowerCase(java.util.Locale.ROOT);
	}

}
