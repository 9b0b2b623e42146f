package org.airegistry.organisation.ui;

import java.util.Map;

import org.airegistry.shared.InvalidInputException;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/** Helpers shared by the account forms. */
final class Fields {

	private Fields() {
	}

	static void clear(Map<String, ? extends HasValidation> fields) {
		fields.values().forEach(field -> {
			field.setInvalid(false);
			field.setErrorMessage(null);
		});
	}

	static void show(Component view, InvalidInputException problems, Map<String, ? extends HasValidation> fields) {
		Problems.show(problems, fields, error -> Problems.translate(view, error));
	}

}
