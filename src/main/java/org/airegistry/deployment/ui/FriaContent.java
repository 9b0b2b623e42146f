package org.airegistry.deployment.ui;

import org.airegistry.deployment.FriaData;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Paragraph;

/** The full content of an assessment as a description list (for regulators). */
final class FriaContent {

	private FriaContent() {
	}

	static DescriptionList of(Component translator, FriaData data) {
		DescriptionList list = new DescriptionList();
		list.addClassName("entry-fields");
		add(list, translator.getTranslation("fria.field.basis"),
				data.basis() == null ? "" : translator.getTranslation(data.basis().translationKey()));
		for (String element : FriaData.ELEMENTS) {
			add(list, translator.getTranslation("fria.element." + element), data.element(element));
		}
		add(list, translator.getTranslation("fria.field.dpiaCrossReferences"), data.dpiaCrossReferences());
		add(list, translator.getTranslation("fria.field.priorAssessmentReference"), data.priorAssessmentReference());
		return list;
	}

	private static void add(DescriptionList list, String term, String value) {
		Paragraph text = new Paragraph(value.isEmpty() ? "\u2014" : value);
		text.addClassName("multiline");
		list.add(new Term(term), new Description(text));
	}

}
