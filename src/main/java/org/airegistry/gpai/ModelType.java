package org.airegistry.gpai;

/** The kind of model, for the public search facet. */
public enum ModelType {

	LANGUAGE, MULTIMODAL, IMAGE_GENERATION, AUDIO, VIDEO, CODE, OTHER;

	public String translationKey() {
		return "gpai.modelType." + name();
	}

}
