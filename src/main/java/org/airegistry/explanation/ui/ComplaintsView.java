package org.airegistry.explanation.ui;

import java.util.List;

import org.airegistry.explanation.Complaint;
import org.airegistry.explanation.ComplaintService;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.shared.Competence;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The market surveillance authority's inbox of Art 85 complaints from explanation
 * requests.
 */
@Route(ExplanationRoutes.COMPLAINTS)
@Menu(title = "nav.complaints", order = 55)
@RolesAllowed(Competence.Names.COMPLAINTS)
public class ComplaintsView extends Main implements HasDynamicTitle {

	public ComplaintsView(ExplanationService explanations, ComplaintService complaints) {
		addClassName("page");
		add(new H1(getTranslation("explanation.complaints.title")));
		// Art 85: routed by Member State
		add(new Paragraph(complaints.myMemberState()
			.map(state -> getTranslation("complaint.inbox.routing", state.displayName(getLocale())))
			.orElseGet(() -> getTranslation("complaint.inbox.noMemberState"))));
		NativeTable direct = new NativeTable();
		direct.addClassName("inbox");
		direct.setCaptionText(getTranslation("complaint.inbox.caption"));
		NativeTableRow head = direct.getHead().addRow();
		head.addHeaderCell().setText(getTranslation("explanation.reference"));
		head.addHeaderCell().setText(getTranslation("complaint.field.operator"));
		head.addHeaderCell().setText(getTranslation("complaint.state"));
		head.addHeaderCell().setText(getTranslation("explanation.submittedAt"));
		List<Complaint> filed = complaints.inbox();
		for (Complaint complaint : filed) {
			NativeTableRow row = direct.getBody().addRow();
			row.addDataCell()
				.add(new Anchor(ExplanationRoutes.COMPLAINTS + "/direct/" + complaint.reference(),
						complaint.reference()));
			row.addDataCell().setText(complaint.operator());
			row.addDataCell().setText(getTranslation("complaint.state." + complaint.state().name()));
			row.addDataCell()
				.setText(complaint.submittedAt() == null ? ""
						: Formats.date(complaint.submittedAt(), RequestDetails.locale()));
		}
		add(new H2(getTranslation("complaint.inbox.direct")));
		add(filed.isEmpty() ? new Paragraph(getTranslation("complaint.inbox.empty")) : direct);
		add(new H2(getTranslation("complaint.inbox.escalated")),
				new Paragraph(getTranslation("explanation.complaints.intro")));
		var items = explanations.complaints();
		if (items.isEmpty()) {
			add(new Paragraph(getTranslation("explanation.complaints.empty")));
		}
		else {
			add(InboxTable.of(this, items, ExplanationRoutes.COMPLAINTS, true));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("explanation.complaints.title") + " · " + getTranslation("app.name");
	}

}
