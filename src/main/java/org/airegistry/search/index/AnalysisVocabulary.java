package org.airegistry.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.airegistry.registry.ContentLanguage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The registry's search vocabulary, versioned files per language under {@value #FOLDER}:
 * key terms mapped to concepts across languages ({@code concepts-<lang>.txt}, for the
 * analysis plugin's {@code registry_concepts} filter) and base words for splitting
 * compounds ({@code compounds-<lang>.txt}, for its {@code registry_language} filter).
 * They go into the settings of every index the application creates, so a reindex reloads
 * them; the index records their {@link #fingerprint()} in its {@code _meta}, and a
 * changed vocabulary makes the index outdated.
 */
public final class AnalysisVocabulary {

	public static final String FOLDER = "search/vocabulary/";

	/** Languages whose compounds are split (the plugin's compounding languages). */
	public static final List<String> COMPOUNDING = List.of("de", "nl", "sv", "da", "fi", "hu", "et");

	/** Corpus words kept per language at most. */
	static final int MAX_CORPUS_WORDS = 20_000;

	private final Map<String, List<String>> concepts;

	private final Map<String, List<String>> compounds;

	private final String fingerprint;

	private AnalysisVocabulary(Map<String, List<String>> concepts, Map<String, List<String>> compounds,
			String fingerprint) {
		this.concepts = concepts;
		this.compounds = compounds;
		this.fingerprint = fingerprint;
	}

	/** The vocabulary files on the classpath. */
	public static AnalysisVocabulary load() {
		Map<String, List<String>> concepts = new LinkedHashMap<>();
		Map<String, List<String>> compounds = new LinkedHashMap<>();
		MessageDigest digest = sha256();
		for (ContentLanguage language : ContentLanguage.values()) {
			String code = code(language);
			read("concepts-" + code + ".txt", digest).ifPresent(lines -> concepts.put(code, lines));
			read("compounds-" + code + ".txt", digest).ifPresent(lines -> compounds.put(code, lines));
		}
		return new AnalysisVocabulary(concepts, compounds, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
	}

	/** The lower-case code of a language, as in field and file names. */
	public static String code(ContentLanguage language) {
		return language.name().toLowerCase(Locale.ROOT);
	}

	/** Identifies the files' contents; stored in each index's {@code _meta}. */
	public String fingerprint() {
		return fingerprint;
	}

	/**
	 * The concept rules in Solr synonym format, one per concept: every term of every
	 * language {@code =>} the concept.
	 */
	public List<String> conceptRules() {
		Map<String, Set<String>> terms = new LinkedHashMap<>();
		concepts.values().forEach(lines -> lines.forEach(line -> {
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new IllegalStateException("Concept line without 'concept:' in the vocabulary: " + line);
			}
			String concept = line.substring(0, colon).strip();
			if (!concept.matches("[a-z]+")) {
				throw new IllegalStateException("Concept names are lower-case letters only: " + concept);
			}
			Set<String> forConcept = terms.computeIfAbsent(concept, c -> new LinkedHashSet<>());
			for (String term : line.substring(colon + 1).split(",")) {
				if (!term.isBlank()) {
					forConcept.add(term.strip().replace("=>", " "));
				}
			}
		}));
		List<String> rules = new ArrayList<>();
		terms.forEach((concept, words) -> rules.add(String.join(", ", words) + " => " + concept));
		return rules;
	}

	/** Base words for splitting compounds of a language (may be empty). */
	public List<String> compoundWords(String language) {
		return compounds.getOrDefault(language, List.of());
	}

	/**
	 * The index definition with the vocabulary and the corpus's words filled in: the
	 * concept rules, and per compounding language the base words plus the corpus words.
	 */
	public String apply(String definition, CorpusWords corpus) {
		JsonMapper mapper = JsonMapper.builder().build();
		ObjectNode root = (ObjectNode) mapper.readTree(definition);
		ObjectNode filters = (ObjectNode) root.path("settings").path("analysis").path("filter");
		ArrayNode rules = ((ObjectNode) filters.path("concepts")).putArray("rules");
		conceptRules().forEach(rules::add);
		for (String language : COMPOUNDING) {
			JsonNode filter = filters.path("lang_" + language + "_index");
			if (filter instanceof ObjectNode object) {
				Set<String> words = new LinkedHashSet<>(compoundWords(language));
				words.addAll(corpus.words(language));
				ArrayNode list = object.putArray("decompound_words");
				words.forEach(list::add);
			}
		}
		((ObjectNode) root.path("mappings")).putObject("_meta")
			.put("definition", IndexNames.DEFINITION_VERSION)
			.put("vocabulary", fingerprint);
		return mapper.writeValueAsString(root);
	}

	private static java.util.Optional<List<String>> read(String file, MessageDigest digest) {
		try (InputStream in = AnalysisVocabulary.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
			if (in == null) {
				return java.util.Optional.empty();
			}
			byte[] bytes = in.readAllBytes();
			digest.update(file.getBytes(StandardCharsets.UTF_8));
			digest.update(bytes);
			List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
			return java.util.Optional.of(lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
