package org.airegistry.esplugin;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@code registry_dutch}: see {@link RegistryAnalyzers#dutch()}. */
@NamedComponent(DutchAnalyzerFactory.NAME)
public class DutchAnalyzerFactory implements AnalyzerFactory {

	public static final String NAME = "registry_dutch";

	@Override
	public Analyzer create() {
		return RegistryAnalyzers.dutch();
	}

}
