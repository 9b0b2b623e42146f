package org.airegistry.gpai.ui;

import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.GpaiService;
import org.airegistry.gpai.WorkspaceModel;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.CurrentConfirmation;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The provider's GPAI model pages, with their publication state. */
@Route("workspace/models")
@Menu(title = "nav.gpaiWorkspace", order = 12)
@RolesAllowed(Role.Names.PROVIDER)
public class GpaiWorkspaceView extends Main implements HasDynamicTitle {

	public GpaiWorkspaceView(GpaiService service) {
		addClassName("page");
		add(new H1(getTranslation("gpai.workspace.title")), new Paragraph(
				new Anchor("workspace/models/" + GpaiEditorView.NEW, getTranslation("gpai.workspace.new"))));
		UnorderedList list = new UnorderedList();
		list.addClassName("entry-list");
		for (WorkspaceModel model : service.myModels()) {
			String state = model.publishedVersion() == null ? getTranslation("gpai.workspace.draft")
					: getTranslation(
							model.draftChanged() ? "gpai.workspace.publishedChanged" : "gpai.workspace.published",
							model.publishedVersion());
			Span meta = new Span(state + " · " + Formats.dateTime(model.updatedAt(), getLocale()));
			meta.addClassName("entry-meta");
			ListItem item = new ListItem(new Anchor(GpaiEditorView.route(model.id()),
					model.name().isBlank() ? getTranslation("gpai.workspace.unnamed") : model.name()), meta);
			if (model.publishedVersion() != null) {
				item.add(new Anchor(GpaiRoutes.permalink(model.id()), getTranslation("gpai.editor.viewPublic")));
				// issue 21 (freshness): one click confirms a published page as current
				item.add(new CurrentConfirmation(model.name(), service.standing(model.id()),
						() -> service.confirmCurrent(model.id())));
			}
			list.add(item);
		}
		add(list);
		if (service.myModels().isEmpty()) {
			add(new Paragraph(getTranslation("gpai.workspace.empty")));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("gpai.workspace.title") + " · " + getTranslation("app.name");
	}

}
