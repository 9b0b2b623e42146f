package org.airegistry.shell;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * All UI text comes from the bundles {@code vaadin-i18n/translations*.properties}.
 * English is the default; German is complete; a test keeps every language's keys in step.
 */
@Component
public class RegistryI18nProvider implements I18NProvider {

	/** Resource bundle base name of the UI texts. */
	public static final String BUNDLE = "vaadin-i18n/translations";

	/** The languages offered in the language switcher, in menu order. */
	public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

	private static final Logger log = LoggerFactory.getLogger(RegistryI18nProvider.class);

	@Override
	public List<Locale> getProvidedLocales() {
		return LANGUAGES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale effective = supported(locale);
		try {
			String pattern = ResourceBundle
				.getBundle(BUNDLE, effective,
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(key);
			return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("Missing translation key '{}' for {}", key, effective);
			return "!" + key + "!";
		}
	}

	/** The best supported language for a requested locale (English when none fits). */
	public static Locale supported(Locale requested) {
		for (Locale language : LANGUAGES) {
			if (language.getLanguage().equals(requested.getLanguage())) {
				return language;
			}
		}
		return Locale.ENGLISH;
	}

}
