package org.airegistry.esplugin;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@code registry_german}: see {@link RegistryAnalyzers#german()}. */
@NamedComponent(GermanAnalyzerFactory.NAME)
public class GermanAnalyzerFactory implements AnalyzerFactory {

	public static final String NAME = "registry_german";

	@Override
	public Analyzer create() {
		return RegistryAnalyzers.german();
	}

}
