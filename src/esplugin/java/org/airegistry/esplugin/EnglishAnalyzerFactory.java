package org.airegistry.esplugin;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@code registry_english}: see {@link RegistryAnalyzers#english()}. */
@NamedComponent(EnglishAnalyzerFactory.NAME)
public class EnglishAnalyzerFactory implements AnalyzerFactory {

	public static final String NAME = "registry_english";

	@Override
	public Analyzer create() {
		return RegistryAnalyzers.english();
	}

}
