package org.airegistry.guide;

/**
 * A duty that follows from the answers, with its legal reference; the text is the
 * translation {@code guide.obligation.<id>}.
 */
public record Obligation(String id, String reference) {

	public String translationKey() {
		return "guide.obligation." + id;
	}

}
