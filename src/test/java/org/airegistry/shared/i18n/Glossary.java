package org.airegistry.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A language's glossary file {@code i18n/glossary/<lang>.tsv}: the Act's official terms
 * that translations must use.
 */
final class Glossary {

	static final String HEADER = "english\tterm\tarticle\tforms\tnote";

	/** One line of a glossary. */
	record Term(String english, String term, String article, List<String> forms, String note) {

		/**
		 * The term is written as in English (e.g. "deployer" in Italian, "Profiling" in
		 * German).
		 */
		boolean untranslatable() {
			return term.equalsIgnoreCase(english);
		}

		/** The official term and every accepted form. */
		List<String> accepted() {
			List<String> accepted = new ArrayList<>(forms);
			accepted.add(0, term);
			return accepted;
		}

	}

	private Glossary() {
	}

	static String path(String language) {
		return "i18n/glossary/" + language + ".tsv";
	}

	/** The terms of a language's glossary; empty when it has none. */
	static List<Term> load(String language) {
		String raw = raw(path(language));
		if (raw == null) {
			return List.of();
		}
		List<Term> terms = new ArrayList<>();
		raw.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
			String[] columns = line.split("\t", -1);
			if (columns.length != 5) {
				throw new IllegalStateException(path(language) + ": not 5 tab-separated columns: " + line);
			}
			terms.add(new Term(columns[0].strip(), columns[1].strip(), columns[2].strip(),
					Arrays.stream(columns[3].split("\\|")).map(String::strip).filter(form -> !form.isEmpty()).toList(),
					columns[4].strip()));
		});
		return terms;
	}

	/** A class-path resource as UTF-8 text, or null when it does not exist. */
	static @Nullable String raw(String resource) {
		try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(resource)) {
			return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
