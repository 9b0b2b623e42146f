package org.airegistry.explanation.ui;

import java.util.Locale;

import org.airegistry.explanation.Complaint;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** An Art 85 complaint's details, the same for the complainant and the authority. */
final class ComplaintDetails {

	private ComplaintDetails() {
	}

	static DescriptionList of(Component on, Complaint complaint) {
		Locale locale = RequestDetails.locale();
		DescriptionList list = new DescriptionList();
		term(list, on.getTranslation("explanation.reference"), new Span(complaint.reference()));
		term(list, on.getTranslation("complaint.state"),
				new Span(on.getTranslation("complaint.state." + complaint.state().name())));
		term(list, on.getTranslation("complaint.field.memberState"),
				new Span(complaint.memberState().displayName(locale)));
		term(list, on.getTranslation("complaint.field.kind"),
				new Span(on.getTranslation("complaint.kind." + complaint.kind().name())));
		if (!complaint.complainant().isBlank()) {
			term(list, on.getTranslation("complaint.field.complainant"), new Span(complaint.complainant()));
		}
		term(list, on.getTranslation("complaint.field.operator"), new Span(complaint.operator()));
		if (!complaint.registrationNumber().isEmpty()) {
			term(list, on.getTranslation("explanation.system"),
					new Anchor(RegistryRoutes.permalink(complaint.registrationNumber()),
							complaint.systemName().isBlank() ? complaint.registrationNumber()
									: complaint.systemName() + " (" + complaint.registrationNumber() + ")"));
		}
		term(list, on.getTranslation("complaint.field.infringement"),
				RequestDetails.multiline(complaint.infringement()));
		if (complaint.submittedAt() != null) {
			term(list, on.getTranslation("explanation.submittedAt"),
					new Span(Formats.date(complaint.submittedAt(), locale)));
		}
		if (complaint.acknowledgedAt() != null) {
			term(list, on.getTranslation("complaint.acknowledgedAt"),
					new Span(Formats.date(complaint.acknowledgedAt(), locale)));
		}
		if (!complaint.outcome().isBlank()) {
			term(list, on.getTranslation("complaint.outcome"), RequestDetails.multiline(complaint.outcome()));
		}
		return list;
	}

	private static void term(DescriptionList list, String term, Component description) {
		list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
	}

}
