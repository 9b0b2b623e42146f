package org.airegistry.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * All UI text comes from translation bundles: the shared
 * {@code vaadin-i18n/translations*.properties} and one bundle per feature module under
 * {@code i18n/} (e.g. {@code i18n/opendata.properties} and
 * {@code i18n/opendata_de.properties}), looked up in that order. English is the default;
 * German is complete; a test keeps every language's keys in step.
 */
@Component
public class RegistryI18nProvider implements I18NProvider {

	/** Resource bundle base name of the shared UI texts. */
	public static final String BUNDLE = "vaadin-i18n/translations";

	/**
	 * Where feature modules keep their own bundles:
	 * {@code i18n/<module>[_<lang>].properties}.
	 */
	public static final String MODULE_BUNDLES = "classpath*:i18n/*.properties";

	/** The languages offered in the language switcher, in menu order. */
	public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

	private static final Logger log = LoggerFactory.getLogger(RegistryI18nProvider.class);

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final List<String> bundles = bundleNames();

	@Override
	public List<Locale> getProvidedLocales() {
		return LANGUAGES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale effective = supported(locale);
		for (String bundle : bundles) {
			ResourceBundle texts = ResourceBundle.getBundle(bundle, effective, NO_FALLBACK);
			if (texts.containsKey(key)) {
				String pattern = texts.getString(key);
				return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
			}
		}
		log.warn("Missing translation key '{}' for {}", key, effective);
		return "!" + key + "!";
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

	/**
	 * Base names of all bundles: the shared one first, then every module bundle on the
	 * classpath (its default-language file, without a language suffix, names the bundle).
	 */
	public static List<String> bundleNames() {
		List<String> names = new ArrayList<>();
		names.add(BUNDLE);
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES);
			Arrays.stream(resources)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.filter(name -> !name.matches(".*_[a-z]{2}\\.properties"))
				.map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.forEach(names::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list translation bundles", ex);
		}
		return List.copyOf(names);
	}

}
