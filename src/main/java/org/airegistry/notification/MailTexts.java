package org.airegistry.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Renders a module's mails from its translation bundle ({@code <prefix>.<kind>.subject}
 * and {@code .body}) for an organisation whose working language the registry does not
 * know: in English and in the language of the Member State of its seat, where the
 * registry speaks it.
 */
public final class MailTexts {

	/** The languages of the registry's bundles by Member State (besides English). */
	private static final Map<String, List<Locale>> NATIONAL = Map.ofEntries(Map.entry("DE", List.of(Locale.GERMAN)),
			Map.entry("AT", List.of(Locale.GERMAN)), Map.entry("FR", List.of(Locale.FRENCH)),
			Map.entry("LU", List.of(Locale.FRENCH, Locale.GERMAN)),
			Map.entry("BE", List.of(Locale.of("nl"), Locale.FRENCH)), Map.entry("NL", List.of(Locale.of("nl"))),
			Map.entry("IT", List.of(Locale.ITALIAN)), Map.entry("ES", List.of(Locale.of("es"))),
			Map.entry("PL", List.of(Locale.of("pl"))));

	private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

	private final String prefix;

	/**
	 * @param bundle the bundle's base name, e.g. {@code i18n/incident}
	 * @param prefix the keys' prefix, e.g. {@code incident.mail}
	 */
	public MailTexts(String bundle, String prefix) {
		this.prefix = prefix;
		texts.setBasename(bundle);
		texts.setDefaultEncoding("UTF-8");
		texts.setFallbackToSystemLocale(false);
	}

	/** English, then the languages of the Member State with this code (ISO or EU). */
	public static List<Locale> languagesOf(@Nullable String country) {
		List<Locale> languages = new ArrayList<>(List.of(Locale.ENGLISH));
		if (country != null) {
			String code = country.equals("EL") ? "GR" : country;
			languages.addAll(NATIONAL.getOrDefault(code, List.of()));
		}
		return languages;
	}

	/** The mail of this kind, in the given languages (English first). */
	public Mail render(String to, String kind, List<Locale> languages, Object... arguments) {
		List<String> subjects = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		for (Locale language : languages) {
			subjects.add(texts.getMessage(prefix + "." + kind + ".subject", arguments, language));
			if (!body.isEmpty()) {
				body.append("\n\n-- ").append(language.getDisplayLanguage(language)).append(" --\n\n");
			}
			body.append(texts.getMessage(prefix + "." + kind + ".body", arguments, language));
		}
		return new Mail(to, prefix + "." + kind, String.join(" / ", subjects), body.toString());
	}

}
