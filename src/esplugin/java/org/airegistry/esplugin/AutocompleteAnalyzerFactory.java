package org.airegistry.esplugin;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@code registry_autocomplete}: see {@link RegistryAnalyzers#autocomplete()}. */
@NamedComponent(AutocompleteAnalyzerFactory.NAME)
public class AutocompleteAnalyzerFactory implements AnalyzerFactory {

	public static final String NAME = "registry_autocomplete";

	@Override
	public Analyzer create() {
		return RegistryAnalyzers.autocomplete();
	}

}
