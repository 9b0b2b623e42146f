package org.airegistry.shell;

import java.util.List;
import java.util.Locale;

import org.airegistry.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * All UI text comes from the translation bundles ({@link Translations}): UTF-8 files
 * formatted with ICU message formats. The languages provided are those whose bundles are
 * complete; English is the default.
 */
@Component
public class RegistryI18nProvider implements I18NProvider {

	private static final Logger log = LoggerFactory.getLogger(RegistryI18nProvider.class);

	private final Translations translations = Translations.standard();

	@Override
	public List<Locale> getProvidedLocales() {
		return translations.offered();
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale effective = translations.supported(locale);
		return translations.pattern(key, effective)
			.map(pattern -> Translations.format(pattern, effective, params))
			.orElseGet(() -> {
				log.warn("Missing translation key '{}' for {}", key, effective);
				return "!" + key + "!";
			});
	}

	/** The best offered language for a requested locale (English when none fits). */
	public static Locale supported(Locale requested) {
		return Translations.standard().supported(requested);
	}

}
