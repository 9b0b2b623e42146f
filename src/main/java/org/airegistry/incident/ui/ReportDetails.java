package org.airegistry.incident.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.airegistry.incident.IncidentReportData;
import org.airegistry.incident.ReporterRole;
import org.airegistry.incident.SectoralRegime;
import org.airegistry.incident.SubmittedVersion;
import org.airegistry.registry.StoredDocument;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * One submitted version of a report, read only: every field with its label, empty ones
 * left out, attachments downloadable through the reader's own service (which checks and
 * audits).
 */
class ReportDetails extends Div {

	ReportDetails(SubmittedVersion version, ReporterRole role, Function<String, byte[]> attachment) {
		addClassName("incident-details");
		Locale locale = getLocale();
		IncidentReportData data = version.data();
		DescriptionList list = new DescriptionList();
		item(list, "reportType", getTranslation(data.reportType().translationKey()));
		item(list, "title", data.title());
		item(list, "memberStates", Formats.memberStates(data.memberStates(), locale));
		item(list, "occurredOn", data.occurredOn() == null ? "" : DeadlineText.day(data.occurredOn(), locale));
		item(list, "awareAt", data.awareAt() == null ? "" : Formats.dateTime(data.awareAt(), locale));
		item(list, "causalLinkAt", data.causalLinkAt() == null ? "" : Formats.dateTime(data.causalLinkAt(), locale));
		item(list, "categories",
				data.categories()
					.stream()
					.map(category -> getTranslation(category.translationKey()))
					.collect(Collectors.joining("; ")));
		if (data.death()) {
			item(list, "death", getTranslation("incident.yes"));
		}
		if (data.widespreadInfringement()) {
			item(list, "widespreadInfringement", getTranslation("incident.yes"));
		}
		if (data.cybersecurityBreach()) {
			item(list, "cybersecurityBreach", getTranslation("incident.yes"));
		}
		if (data.justiceAndDemocracyUse()) {
			item(list, "justiceAndDemocracyUse", getTranslation("incident.yes"));
		}
		if (role != ReporterRole.GPAI_PROVIDER && data.sectoralRegime() != SectoralRegime.NONE) {
			item(list, "sectoralRegime", getTranslation(data.sectoralRegime().translationKey()));
		}
		item(list, "affectedPersons", data.affectedPersons() == null ? "" : String.valueOf(data.affectedPersons()));
		for (String field : List.of("description", "harm", "causalLink", "immediateMeasures", "investigation",
				"riskAssessment", "correctiveActions")) {
			item(list, field, text(data, field));
		}
		if (data.systemAltered()) {
			item(list, "systemAltered", getTranslation("incident.yes"));
			item(list, "alterationDetails", data.alterationDetails());
		}
		item(list, "otherAuthoritiesInformed", data.otherAuthoritiesInformed());
		item(list, "providerContactAttempts", data.providerContactAttempts());
		item(list, "contactPoint", data.contactPoint());
		if (!data.attachments().isEmpty()) {
			Div files = new Div();
			for (StoredDocument document : data.attachments()) {
				Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
						new java.io.ByteArrayInputStream(attachment.apply(document.sha256())), document.fileName(),
						"application/pdf", document.size())), document.fileName());
				download.getElement().setAttribute("download", true);
				files.add(new Div(download));
			}
			list.add(new DescriptionList.Term(getTranslation("incident.field.attachments")),
					new DescriptionList.Description(files));
		}
		Span sha = new Span(getTranslation("incident.version.sha256") + " ");
		Code code = new Code(version.contentSha256());
		code.addClassName("hash");
		sha.add(code);
		add(list, sha);
	}

	private static String text(IncidentReportData data, String field) {
		return switch (field) {
			case "description" -> data.description();
			case "harm" -> data.harm();
			case "causalLink" -> data.causalLink();
			case "immediateMeasures" -> data.immediateMeasures();
			case "investigation" -> data.investigation();
			case "riskAssessment" -> data.riskAssessment();
			case "correctiveActions" -> data.correctiveActions();
			default -> throw new IllegalArgumentException(field);
		};
	}

	private void item(DescriptionList list, String field, String value) {
		if (value.isBlank()) {
			return;
		}
		DescriptionList.Description description = new DescriptionList.Description(value);
		description.addClassName("preserve-lines");
		list.add(new DescriptionList.Term(getTranslation("incident.field." + field)), description);
	}

}
