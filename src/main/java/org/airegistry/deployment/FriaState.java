package org.airegistry.deployment;

/**
 * Where an assessment stands (spec §10.5 W3): draft, completed, notified to the market
 * surveillance authority (Art 27(3)), update required after an element changed (Art
 * 27(2)), or completed and exempt from notification because the use is authorised under
 * Art 46(1) (Art 27(3), second sentence). Translated as {@code fria.state.<NAME>}.
 */
public enum FriaState {

	DRAFT, COMPLETED, NOTIFIED, UPDATE_REQUIRED, EXEMPT;

	public String translationKey() {
		return "fria.state." + name();
	}

}
