package org.airegistry.incident.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.airegistry.incident.AuthorityKind;
import org.airegistry.incident.AuthorityStatus;
import org.airegistry.incident.Handling;
import org.airegistry.incident.InformationRequest;
import org.airegistry.incident.Measure;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What each competent authority did with a report: its state, the 7-day period for
 * measures (Art 73(8)), requests for information (open ones marked) and measures.
 */
class AuthorityStatusList extends Div {

	AuthorityStatusList(List<AuthorityStatus> authorities, Instant now, boolean withMeasures) {
		addClassName("incident-authorities");
		Locale locale = getLocale();
		for (AuthorityStatus status : authorities) {
			Handling handling = status.handling();
			Div item = new Div();
			item.addClassName("incident-authority");
			item.add(new H3(name(handling)));
			StringBuilder state = new StringBuilder(
					getTranslation("incident.authority.state", getTranslation(handling.state().translationKey())));
			if (handling.measuresDueAt() != null && handling.measuresRecordedAt() == null && handling.state().open()) {
				state.append(' ')
					.append(getTranslation(
							handling.measuresOverdue(now) ? "incident.authority.measuresOverdue"
									: "incident.authority.measuresDue",
							Formats.dateTime(handling.measuresDueAt().minusSeconds(1), locale)));
			}
			Paragraph line = new Paragraph(state.toString());
			if (handling.measuresOverdue(now)) {
				line.addClassName("overdue");
			}
			item.add(line);
			if (!status.requests().isEmpty()) {
				UnorderedList requests = new UnorderedList();
				for (InformationRequest request : status.requests()) {
					String text = getTranslation(request.open() ? "incident.request.open" : "incident.request.answered",
							Formats.dateTime(request.requestedAt(), locale), request.text(),
							request.dueOn() == null ? "–" : DeadlineText.day(request.dueOn(), locale),
							request.answeredVersion() == null ? 0 : request.answeredVersion());
					ListItem entry = new ListItem(text);
					entry.addClassName(request.open() ? "request-open" : "request-answered");
					requests.add(entry);
				}
				item.add(new Paragraph(getTranslation("incident.authority.requests")), requests);
			}
			if (withMeasures && !status.measures().isEmpty()) {
				UnorderedList measures = new UnorderedList();
				for (Measure measure : status.measures()) {
					measures.add(new ListItem(
							getTranslation("incident.authority.measure", Formats.dateTime(measure.recordedAt(), locale),
									getTranslation(measure.kind().translationKey()), measure.description())));
				}
				item.add(new Paragraph(getTranslation("incident.authority.measures")), measures);
			}
			if (handling.closedAt() != null) {
				item.add(new Paragraph(
						getTranslation("incident.authority.closed", Formats.dateTime(handling.closedAt(), locale),
								handling.closeReason() == null ? "" : handling.closeReason())));
			}
			add(item);
		}
	}

	private String name(Handling handling) {
		if (handling.kind() == AuthorityKind.AI_OFFICE) {
			return handling.authorityName() == null ? getTranslation("incident.authority.aiOffice")
					: handling.authorityName();
		}
		String state = handling.memberState() == null ? "" : handling.memberState().displayName(getLocale());
		return handling.authorityName() == null ? getTranslation("incident.authority.notYet", state)
				: getTranslation("incident.authority.msa", handling.authorityName(), state);
	}

}
