package org.airegistry.gpai;

/** Techniques that mark synthetic output as such (Art 50(2), Recital 133). */
public enum MarkingTechnique {

	WATERMARK, METADATA, CRYPTOGRAPHIC_PROVENANCE, FINGERPRINTING, LOGGING;

	public String translationKey() {
		return "gpai.marking." + name();
	}

}
