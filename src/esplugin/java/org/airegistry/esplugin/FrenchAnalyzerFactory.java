package org.airegistry.esplugin;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@code registry_french}: see {@link RegistryAnalyzers#french()}. */
@NamedComponent(FrenchAnalyzerFactory.NAME)
public class FrenchAnalyzerFactory implements AnalyzerFactory {

	public static final String NAME = "registry_french";

	@Override
	public Analyzer create() {
		return RegistryAnalyzers.french();
	}

}
