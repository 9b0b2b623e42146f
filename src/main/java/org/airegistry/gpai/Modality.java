package org.airegistry.gpai;

/**
 * Input/output and training-data modalities, as in the AI Office template (section 1.3).
 */
public enum Modality {

	TEXT, IMAGE, AUDIO, VIDEO, OTHER;

	public String translationKey() {
		return "gpai.modality." + name();
	}

}
