package org.airegistry.esplugin;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@code registry_folding}: see {@link RegistryAnalyzers#folding()}. */
@NamedComponent(FoldingAnalyzerFactory.NAME)
public class FoldingAnalyzerFactory implements AnalyzerFactory {

	public static final String NAME = "registry_folding";

	@Override
	public Analyzer create() {
		return RegistryAnalyzers.folding();
	}

}
