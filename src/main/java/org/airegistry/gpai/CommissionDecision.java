package org.airegistry.gpai;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.airegistry.publication.VersionSummary;
import org.airegistry.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;

/**
 * A decision of the Commission that the AI Office recorded as a new version of a model
 * page (Art 52(3), 52(4)): the version's change summary. It is stored without language,
 * as {@code commission-decision:DESIGNATED:2026-01-31}, and rendered in the reader's
 * language wherever it shows (issue 19); the open-data API and feeds carry the English
 * text, beside the language-neutral status and decision date of the record itself.
 * Summaries a provider wrote are shown as written.
 *
 * @param kind the decision: a designation or the provider's arguments accepted or
 * rejected
 * @param date the date of the Commission's decision
 */
public record CommissionDecision(SystemicRiskStatus kind, LocalDate date) {

	/** How a stored decision starts; providers may not start a summary with it. */
	public static final String PREFIX = "commission-decision:";

	private static final Translations TEXTS = Translations.standard();

	public CommissionDecision {
		if (!GpaiRules.COMMISSION_DECISIONS.contains(kind)) {
			throw new IllegalArgumentException("Not a decision of the Commission: " + kind);
		}
	}

	/** The language-neutral form stored as the version's change summary. */
	public String stored() {
		return PREFIX + kind.name() + ":" + date;
	}

	/** The decision in the reader's language, with the date as the reader writes it. */
	public String text(Locale reader) {
		Locale language = TEXTS.supported(reader);
		return TEXTS.text("gpai.decision.summary." + kind.name(), language,
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date));
	}

	/** The decision a stored change summary holds, if it holds one. */
	public static Optional<CommissionDecision> parse(@Nullable String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String[] parts = stored.substring(PREFIX.length()).split(":", -1);
		if (parts.length != 2) {
			return Optional.empty();
		}
		try {
			SystemicRiskStatus kind = SystemicRiskStatus.valueOf(parts[0]);
			return GpaiRules.COMMISSION_DECISIONS.contains(kind)
					? Optional.of(new CommissionDecision(kind, LocalDate.parse(parts[1]))) : Optional.empty();
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A stored change summary as the reader reads it: a decision in the reader's
	 * language, anything else as it was written.
	 */
	public static String render(String stored, Locale reader) {
		return parse(stored).map(decision -> decision.text(reader)).orElse(stored);
	}

	/** A version history with its decisions in the reader's language. */
	public static List<VersionSummary> render(List<VersionSummary> history, Locale reader) {
		return history.stream()
			.map(version -> new VersionSummary(version.version(), version.publishedAt(),
					render(version.changeSummary(), reader), version.contentSha256()))
			.toList();
	}

}
