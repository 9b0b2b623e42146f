package org.airegistry.gpai;

/**
 * Training-data size per modality, in the three bands of the AI Office template (1.3):
 * text &lt;1 B / 1 B–10 T / &gt;10 T tokens; images &lt;1 M / 1 M–1 B / &gt;1 B; audio
 * and video &lt;10,000 h / 10,000 h–1 M h / &gt;1 M h. The label depends on the modality.
 */
public enum SizeBand {

	SMALL, MEDIUM, LARGE;

	public String translationKey(Modality modality) {
		return "gpai.sizeBand." + modality.name() + "." + name();
	}

}
