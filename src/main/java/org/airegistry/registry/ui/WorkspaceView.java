package org.airegistry.registry.ui;

import java.util.Locale;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

import org.airegistry.publication.Freshness;
import org.airegistry.registry.AuthorityNotice;
import org.airegistry.registry.AuthorityNotices;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.CurrentConfirmation;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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

	public WorkspaceView(RegistryService registry, List<AuthorityNotices> authority, CurrentActor currentActor) {
		addClassName("page");
		List<AuthorityNotice> notices = authority.stream()
			.flatMap(source -> source.openOn(currentActor.require().organisationId()).stream())
			.toList();
		Map<String, List<AuthorityNotice>> byEntry = notices.stream()
			.collect(Collectors.groupingBy(AuthorityNotice::registrationNumber));
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
		grid.addComponentColumn(entry -> state(entry, byEntry.getOrDefault(entry.registrationNumber(), List.of())))
			.setHeader(getTranslation("workspace.state"));
		grid.addColumn(entry -> Formats.dateTime(entry.updatedAt(), locale()))
			.setHeader(getTranslation("workspace.updated"));
		grid.addComponentColumn(entry -> confirmation(registry, entry))
			.setHeader(getTranslation("workspace.confirmed"))
			.setKey("confirmed");
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

		add(new H1(getTranslation("workspace.title")), new Paragraph(getTranslation("workspace.intro")));
		if (!notices.isEmpty()) {
			add(authorityBanner(notices));
		}
		add(create, grid, empty);
	}

	/**
	 * The authority acted on the provider's entries: say so above everything else, with
	 * the nearest due date and the way to the reports page (issue 21).
	 */
	private Div authorityBanner(List<AuthorityNotice> notices) {
		Div banner = new Div();
		banner.addClassName("notice-banner");
		banner.addClassName("authority-notices");
		banner.getElement().setAttribute("role", "status");
		long entries = notices.stream().map(AuthorityNotice::registrationNumber).distinct().count();
		banner.add(new Paragraph(getTranslation("workspace.authority.banner", entries)));
		notices.stream()
			.map(AuthorityNotice::dueDate)
			.filter(java.util.Objects::nonNull)
			.min(java.util.Comparator.naturalOrder())
			.ifPresent(
					due -> banner.add(new Paragraph(getTranslation("workspace.authority.due",
							due.format(java.time.format.DateTimeFormatter
								.ofLocalizedDate(java.time.format.FormatStyle.LONG)
								.withLocale(getLocale()))))));
		banner.add(new Anchor("workspace/reports", getTranslation("workspace.authority.open")));
		return banner;
	}

	/**
	 * When the entry was last published or confirmed as current, and the one-click
	 * confirmation that it still is (issue 21, freshness): no new version, audited.
	 */
	private Div confirmation(RegistryService registry, WorkspaceEntry entry) {
		return new CurrentConfirmation(entry.tradeName(),
				entry.isPublished() ? registry.standing(entry.id()) : Optional.empty(),
				() -> registry.confirmCurrent(entry.id()));
	}

	private Div state(WorkspaceEntry entry, List<AuthorityNotice> notices) {
		Div cell = new Div(state(entry));
		for (AuthorityNotice notice : notices) {
			Span badge = new Span(getTranslation("moderation.kind." + notice.kind()));
			badge.getElement().getThemeList().add("badge error");
			badge.addClassName("authority-badge");
			cell.add(badge);
		}
		return cell;
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
