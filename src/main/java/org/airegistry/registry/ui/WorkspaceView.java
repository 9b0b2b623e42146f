package org.airegistry.registry.ui;

import java.util.Locale;

import org.airegistry.registry.RegistryRoutes;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** A provider's entries: drafts and published ones, with their state. */
@Route(WorkspaceView.ROUTE)
@Menu(title = "nav.workspace", order = 10)
@RolesAllowed(Role.Names.PROVIDER)
public class WorkspaceView extends Main implements HasDynamicTitle {

	static final String ROUTE = "workspace";

	public WorkspaceView(RegistryService registry) {
		addClassName("page");
		Button create = new Button(getTranslation("workspace.new"),
				click -> getUI().ifPresent(ui -> ui.navigate(EntryEditorView.class)));
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

		Grid<WorkspaceEntry> grid = new Grid<>();
		grid.setAriaLabel(getTranslation("workspace.title"));
		grid.addComponentColumn(entry -> new Anchor(EntryEditorView.route(entry.id()), entry.tradeName()))
			.setHeader(getTranslation("field.tradeName"))
			.setFlexGrow(2);
		grid.addColumn(entry -> entry.registrationNumber() == null ? getTranslation("workspace.noNumberYet")
				: entry.registrationNumber())
			.setHeader(getTranslation("field.registrationNumber"));
		grid.addComponentColumn(this::state).setHeader(getTranslation("workspace.state"));
		grid.addColumn(entry -> Formats.dateTime(entry.updatedAt(), locale()))
			.setHeader(getTranslation("workspace.updated"));
		grid.addComponentColumn(entry -> !entry.isPublished() ? new Span()
				: entry.restricted() ? new Span(getTranslation("workspace.nonPublic"))
						: new Anchor(RegistryRoutes.permalink(entry.registrationNumber()),
								getTranslation("workspace.viewPublic")))
			.setHeader(getTranslation("workspace.publicPage"))
			.setKey("publicPage");
		grid.setItems(registry.myEntries());
		grid.setAllRowsVisible(true);

		Paragraph empty = new Paragraph(getTranslation("workspace.empty"));
		empty.setVisible(grid.getListDataView().getItemCount() == 0);

		add(new H1(getTranslation("workspace.title")), new Paragraph(getTranslation("workspace.intro")), create, grid,
				empty);
	}

	private Span state(WorkspaceEntry entry) {
		String text;
		if (!entry.isPublished()) {
			text = getTranslation("workspace.state.draft");
		}
		else if (entry.draftChanged()) {
			text = getTranslation("workspace.state.publishedWithChanges", entry.publishedVersion());
		}
		else {
			text = getTranslation("workspace.state.published", entry.publishedVersion());
		}
		Span badge = new Span(text);
		badge.getElement().getThemeList().add(entry.isPublished() ? "badge success" : "badge contrast");
		return badge;
	}

	private Locale locale() {
		return getLocale();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("workspace.title") + " · " + getTranslation("app.name");
	}

}
