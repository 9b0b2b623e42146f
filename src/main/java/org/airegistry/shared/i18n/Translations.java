package org.airegistry.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * The portal's texts: every translation bundle on the class path, read as UTF-8,
 * formatted with ICU {@link MessageFormat} (CLDR plural categories, e.g. Polish
 * {@code one/few/many/other}), and the languages on offer derived from them.
 * <p>
 * Bundles are {@code vaadin-i18n/translations[_<lang>].properties} and one per feature
 * module, {@code i18n/<module>[_<lang>].properties}; the file without a language suffix
 * is English and names the bundle. A language is <em>offered</em> only when every bundle
 * has a file in it with every key of the English file (non-blank): adding a language is
 * adding files, and a half-translated language is never shown. Keys are looked up in the
 * bundles in order (shared first); a test keeps keys unique across bundles.
 * <p>
 * Plain class, no Spring bean: the UI (through the shell's {@code I18NProvider}) and
 * every module's mail renderer share {@link #standard()}.
 */
public final class Translations {

	/** Resource bundle base name of the shared UI texts. */
	public static final String SHARED_BUNDLE = "vaadin-i18n/translations";

	private static final Pattern LANGUAGE_FILE = Pattern.compile("(.+)_([a-z]{2,3})\\.properties");

	private static final Translations STANDARD = new Translations(Translations.class.getClassLoader());

	private final ClassLoader loader;

	private final List<String> bundles;

	private final Map<String, Properties> files = new ConcurrentHashMap<>();

	private final Map<String, Integer> missing;

	private final List<Locale> offered;

	private Translations(ClassLoader loader) {
		this.loader = loader;
		this.bundles = discoverBundles();
		this.missing = countMissing(discoverLanguages());
		this.offered = missing.entrySet()
			.stream()
			.filter(language -> language.getValue() == 0)
			.map(language -> Locale.of(language.getKey()))
			.sorted(Comparator.comparingInt(OfficialLanguages::protocolOrder))
			.toList();
	}

	/** The translations on this application's class path. */
	public static Translations standard() {
		return STANDARD;
	}

	/**
	 * The translations found through another class loader: tests use it with fixture
	 * bundles.
	 */
	public static Translations load(ClassLoader loader) {
		return new Translations(loader);
	}

	/**
	 * Base names of all bundles: the shared one first, then every module bundle (its
	 * English file names it), alphabetically.
	 */
	public List<String> bundleNames() {
		return bundles;
	}

	/**
	 * Languages offered in the UI and used for mails, in the order of the EU's
	 * Interinstitutional Style Guide (by each language's own name): English and every
	 * language whose bundles are complete.
	 */
	public List<Locale> offered() {
		return offered;
	}

	/**
	 * For every language with at least one bundle file (and English), how many keys of
	 * the English bundles its files miss or leave blank; 0 means complete and offered.
	 */
	public Map<String, Integer> missingKeysPerLanguage() {
		return missing;
	}

	/** Whether the language of this locale is offered. */
	public boolean isOffered(@Nullable Locale locale) {
		return locale != null && offered.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
	}

	/** The offered language of a requested locale, if its language is offered. */
	public Optional<Locale> match(@Nullable Locale requested) {
		if (requested == null) {
			return Optional.empty();
		}
		return offered.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst();
	}

	/**
	 * The first offered language among the candidates (in order), else English: e.g. the
	 * recipient's recorded language, then the languages of the organisation's Member
	 * State.
	 */
	public Locale firstOffered(Collection<@Nullable Locale> candidates) {
		return candidates.stream().map(this::match).flatMap(Optional::stream).findFirst().orElse(Locale.ENGLISH);
	}

	/** The offered language of a requested locale; English when it is not offered. */
	public Locale supported(@Nullable Locale requested) {
		return match(requested).orElse(Locale.ENGLISH);
	}

	/**
	 * The raw value of a key in the requested language (English when the language is not
	 * offered), or empty when no bundle has the key.
	 */
	public Optional<String> pattern(String key, @Nullable Locale requested) {
		String language = supported(requested).getLanguage();
		for (String bundle : bundles) {
			Properties texts = file(bundle, language);
			String value = texts.getProperty(key);
			if (value != null) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	/**
	 * The text of a key in the requested language, formatted with ICU
	 * {@link MessageFormat} when there are arguments, or {@code !key!} when no bundle has
	 * it.
	 */
	public String text(String key, @Nullable Locale requested, @Nullable Object... arguments) {
		Locale language = supported(requested);
		return pattern(key, language).map(pattern -> format(pattern, language, arguments)).orElse("!" + key + "!");
	}

	/** Formats an ICU message pattern; without arguments the pattern is the text. */
	public static String format(String pattern, Locale locale, @Nullable Object... arguments) {
		if (arguments == null || arguments.length == 0) {
			return pattern;
		}
		return new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments);
	}

	/**
	 * The keys and values of one bundle file, read as strict UTF-8; empty when the file
	 * does not exist. {@code language} is {@code en} (or empty) for the English file.
	 */
	public Properties file(String bundle, String language) {
		String name = bundle + (language.isEmpty() || language.equals("en") ? "" : "_" + language) + ".properties";
		return files.computeIfAbsent(name, this::read);
	}

	private Properties read(String name) {
		Properties properties = new Properties();
		try (InputStream in = loader.getResourceAsStream(name)) {
			if (in != null) {
				Reader reader = new InputStreamReader(in,
						StandardCharsets.UTF_8.newDecoder()
							.onMalformedInput(CodingErrorAction.REPORT)
							.onUnmappableCharacter(CodingErrorAction.REPORT));
				properties.load(reader);
			}
		}
		catch (CharacterCodingException ex) {
			throw new IllegalStateException("Translation bundle " + name + " is not UTF-8", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read translation bundle " + name, ex);
		}
		return properties;
	}

	private List<String> discoverBundles() {
		List<String> names = new ArrayList<>();
		names.add(SHARED_BUNDLE);
		resources("classpath*:i18n/*.properties").stream()
			.filter(name -> !LANGUAGE_FILE.matcher(name).matches())
			.map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
			.distinct()
			.sorted()
			.forEach(names::add);
		return List.copyOf(names);
	}

	private Set<String> discoverLanguages() {
		Set<String> languages = new TreeSet<>();
		languages.add("en");
		List<String> files = new ArrayList<>(resources("classpath*:i18n/*.properties"));
		files.addAll(resources("classpath*:vaadin-i18n/*.properties"));
		for (String file : files) {
			Matcher matcher = LANGUAGE_FILE.matcher(file);
			if (matcher.matches()) {
				languages.add(matcher.group(2));
			}
		}
		return languages;
	}

	private Map<String, Integer> countMissing(Set<String> languages) {
		Map<String, Integer> counts = new TreeMap<>();
		for (String language : languages) {
			int count = 0;
			for (String bundle : bundles) {
				Properties english = file(bundle, "en");
				Properties translated = file(bundle, language);
				for (String key : english.stringPropertyNames()) {
					String value = translated.getProperty(key);
					if (value == null || value.isBlank()) {
						count++;
					}
				}
			}
			counts.put(language, count);
		}
		return Collections.unmodifiableMap(counts);
	}

	private List<String> resources(String pattern) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver(loader).getResources(pattern);
			return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list translation bundles", ex);
		}
	}

}
