package org.airegistry.search.ui;

import org.airegistry.search.IndexStatus;
import org.airegistry.search.ReindexProgress;
import org.airegistry.search.SearchIndexOperations;
import org.airegistry.shared.Role;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The search index for regulators and administrators: health, documents in the index
 * against public entries in the database, the indices kept, and a zero-downtime reindex
 * with a progress bar (the page polls while it runs).
 */
@Route("oversight/search-index")
@Menu(title = "nav.searchIndex", order = 60)
@RolesAllowed({ Role.Names.REGULATOR, Role.Names.ADMIN })
public class SearchIndexView extends Main implements HasDynamicTitle {

	static final int POLL_MILLIS = 1000;

	private final SearchIndexOperations operations;

	private final DescriptionList facts = new DescriptionList();

	private final Paragraph sync = new Paragraph();

	private final Paragraph message = new Paragraph();

	private final ProgressBar progress = new ProgressBar(0, 1);

	private final NativeLabel progressLabel = new NativeLabel();

	private final Div progressBox;

	private final Button reindex;

	public SearchIndexView(SearchIndexOperations operations) {
		this.operations = operations;
		addClassName("page");
		reindex = new Button(getTranslation("searchIndex.reindex"), click -> confirmReindex());
		reindex.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		progress.setId("reindex-progress");
		progressLabel.setFor(progress);
		progress.getElement().setAttribute("aria-label", getTranslation("searchIndex.progress"));
		progressBox = new Div(progressLabel, progress);
		progressBox.addClassName("reindex-progress");
		message.getElement().setAttribute("role", "status");
		sync.getElement().setAttribute("role", "status");
		add(new H1(getTranslation("searchIndex.title")), facts, sync,
				new Paragraph(getTranslation("searchIndex.reindex.help")), reindex, message, progressBox);
		refresh();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		event.getUI().addPollListener(poll -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		event.getUI().setPollInterval(-1);
	}

	/**
	 * A reindex moves every search to a new index and deletes the oldest ones beyond the
	 * retention setting: it starts only after the regulator confirms.
	 */
	private void confirmReindex() {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("searchIndex.confirm.header"));
		dialog.setText(getTranslation("searchIndex.confirm.text", operations.keepIndices()));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("searchIndex.confirm.cancel"));
		dialog.setConfirmText(getTranslation("searchIndex.confirm.confirm"));
		dialog.addConfirmListener(event -> startReindex());
		dialog.open();
	}

	private void startReindex() {
		boolean started = operations.startReindex();
		message.setText(getTranslation(started ? "searchIndex.reindex.started" : "searchIndex.reindex.running"));
		refresh();
	}

	/** Reads the status again and shows it; polls while a reindex runs. */
	void refresh() {
		IndexStatus status = operations.status();
		facts.removeAll();
		fact("searchIndex.health", status.health());
		fact("searchIndex.indexed", Long.toString(status.indexedCount()));
		fact("searchIndex.database", Long.toString(status.databaseCount()));
		fact("searchIndex.readIndices", String.join(", ", status.readIndices()));
		fact("searchIndex.allIndices", String.join(", ", status.allIndices()));
		sync.setText(getTranslation(!status.reachable() ? "searchIndex.unreachable"
				: status.inSync() ? "searchIndex.inSync" : "searchIndex.outOfSync"));
		boolean running = status.reindex().map(ReindexProgress::running).orElse(false);
		reindex.setEnabled(status.reachable() && !running);
		progressBox.setVisible(status.reindex().isPresent());
		status.reindex().ifPresent(p -> {
			progress.setValue(p.fraction());
			// while loading, the entries may still be being counted (DD098)
			String key = "searchIndex.phase." + p.phase().name()
					+ (p.phase() == ReindexProgress.Phase.LOADING && !p.counted() ? ".uncounted" : "");
			progressLabel.setText(getTranslation(key, p.indexed(), p.total(), p.target(), p.error()));
		});
		getUI().ifPresent(ui -> ui.setPollInterval(running ? POLL_MILLIS : -1));
		if (running && getUI().isEmpty()) {
			UI current = UI.getCurrent();
			if (current != null) {
				current.setPollInterval(POLL_MILLIS);
			}
		}
	}

	private void fact(String key, String value) {
		facts.add(new Term(getTranslation(key)), new Description(value.isEmpty() ? "–" : value));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("searchIndex.title") + " · " + getTranslation("app.name");
	}

}
