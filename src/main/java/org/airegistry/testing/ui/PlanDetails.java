package org.airegistry.testing.ui;

import java.util.Locale;

import org.airegistry.shell.components.Formats;
import org.airegistry.testing.TestPlanData;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One registered version of a test plan, read only, labelled with the Annex IX items: the
 * same rendering for the provider, the authorities and (with consent) the public.
 */
class PlanDetails extends Div {

	PlanDetails(TestPlanData data, String contentSha256) {
		addClassName("test-plan-details");
		Locale locale = getLocale();
		DescriptionList list = new DescriptionList();
		item(list, "uid", data.uid());
		item(list, "providerContact", data.providerContact());
		item(list, "deployers", String.join("\n", data.deployerLines()));
		item(list, "systemName", data.systemName());
		item(list, "systemReference", data.systemReference());
		item(list, "registrationNumber", data.registrationNumber());
		if (data.annexIIIPoint() != null) {
			item(list, "annexIIIPoint",
					data.annexIIIPoint().code() + " – " + getTranslation(data.annexIIIPoint().translationKey()));
		}
		if (data.annexISectionAProduct()) {
			item(list, "annexISectionAProduct", getTranslation("testing.yes"));
		}
		item(list, "intendedPurpose", data.intendedPurpose());
		item(list, "systemDescription", data.systemDescription());
		item(list, "planSummary", data.planSummary());
		item(list, "memberStates", Formats.memberStates(data.memberStates(), locale));
		item(list, "plannedStart", data.plannedStart() == null ? "" : Days.format(data.plannedStart(), locale));
		item(list, "plannedEnd", data.plannedEnd() == null ? "" : Days.format(data.plannedEnd(), locale));
		Span sha = new Span(getTranslation("testing.version.sha256") + " ");
		Code code = new Code(contentSha256);
		code.addClassName("hash");
		sha.add(code);
		add(list, sha);
	}

	private void item(DescriptionList list, String field, String value) {
		if (value.isBlank()) {
			return;
		}
		DescriptionList.Description description = new DescriptionList.Description(value);
		description.addClassName("preserve-lines");
		list.add(new DescriptionList.Term(getTranslation("testing.field." + field)), description);
	}

}
