package org.airegistry.registry;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of an entry that only Section B (Art 49(2)) asks for. Items B.1-B.5 and B.8
 * share their fields with Section A; B.9 (Member States) is
 * {@link EntryData#memberStates()}.
 *
 * @param conditions Annex VIII B.6: the Art 6(3) condition(s) (a)-(d) that apply
 * @param performsProfiling whether the system performs profiling of natural persons; such
 * a system is always high-risk (Art 6(3), third subparagraph) and cannot be registered in
 * Section B
 * @param notHighRiskGrounds Annex VIII B.7: short summary of the grounds on which the
 * system is considered not high-risk (deleted by Reg. 2026/1744 Art 1(42); kept for
 * earlier versions)
 */
public record SectionB(Set<Art63Condition> conditions, boolean performsProfiling, String notHighRiskGrounds) {

	public SectionB {
		// enum order keeps the canonical JSON (and its SHA-256) stable
		conditions = conditions == null || conditions.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(conditions));
		notHighRiskGrounds = notHighRiskGrounds == null ? "" : notHighRiskGrounds.strip();
	}

	public static SectionB none() {
		return new SectionB(Set.of(), false, "");
	}

}
