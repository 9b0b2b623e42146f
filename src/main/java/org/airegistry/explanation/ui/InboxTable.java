package org.airegistry.explanation.ui;

import java.util.List;

import org.airegistry.explanation.InboxItem;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

/** A plain, accessible table of requests with due dates and overdue markers. */
final class InboxTable {

	private InboxTable() {
	}

	static NativeTable of(Component on, List<InboxItem> items, String route, boolean showDeployer) {
		NativeTable table = new NativeTable();
		table.addClassName("inbox");
		table.setCaptionText(on.getTranslation("explanation.inbox.caption"));
		NativeTableRow head = table.getHead().addRow();
		head.addHeaderCell().setText(on.getTranslation("explanation.reference"));
		head.addHeaderCell().setText(on.getTranslation("explanation.system"));
		if (showDeployer) {
			head.addHeaderCell().setText(on.getTranslation("explanation.deployer"));
		}
		head.addHeaderCell().setText(on.getTranslation("explanation.inbox.state"));
		head.addHeaderCell().setText(on.getTranslation("explanation.submittedAt"));
		head.addHeaderCell().setText(on.getTranslation("explanation.inbox.due"));
		for (InboxItem item : items) {
			NativeTableRow row = table.getBody().addRow();
			row.addDataCell().add(new Anchor(route + "/" + item.reference(), item.reference()));
			row.addDataCell()
				.setText(item.registrationNumber().isEmpty() ? on.getTranslation("explanation.system.unnamed")
						: item.registrationNumber());
			if (showDeployer) {
				row.addDataCell().setText(item.deployerName());
			}
			row.addDataCell().setText(on.getTranslation("explanation.state." + item.state().name()));
			row.addDataCell()
				.setText(item.submittedAt() == null ? "" : Formats.date(item.submittedAt(), RequestDetails.locale()));
			var due = row.addDataCell();
			if (item.due() != null) {
				due.add(new Span(RequestDetails.date(item.due(), RequestDetails.locale())));
			}
			if (item.clockStopped()) {
				due.add(new Span(" · " + on.getTranslation("explanation.clockStopped")));
			}
			if (item.overdue()) {
				due.add(new Span(" "), RequestDetails.overdueMarker(on, true, item.longOverdue()));
			}
		}
		return table;
	}

}
