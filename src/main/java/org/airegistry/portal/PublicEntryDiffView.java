package org.airegistry.portal;

import java.util.List;
import java.util.Optional;

import org.airegistry.registry.EntryFields;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.publication.VersionSummary;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.PlainForm;
import org.airegistry.shell.components.PublicDocument;
import org.airegistry.shell.components.StaticHtml;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A readable, field-by-field comparison of two public versions of an entry
 * ({@code /systems/AIR-000001/diff?from=1&to=2}), labelled like the entry page.
 */
@Route("systems/:registrationNumber/diff")
@AnonymousAllowed
public class PublicEntryDiffView extends Main implements BeforeEnterObserver, HasDynamicTitle, PublicDocument {

	private final RegistryQueries registry;

	private String title = "";

	/** What the first response says about the page shown (DD035). */
	private DocumentMetadata metadata = DocumentMetadata.page("", "", null);

	public PublicEntryDiffView(RegistryQueries registry) {
		this.registry = registry;
		addClassName("page");
		addClassName("entry-diff");
	}

	/** The comparison's address. */
	public static String route(String registrationNumber, int from, int to) {
		return RegistryRoutes.permalink(registrationNumber) + "/diff?from=" + from + "&to=" + to;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String registrationNumber = event.getRouteParameters().get("registrationNumber").orElse("");
		QueryParameters query = event.getLocation().getQueryParameters();
		Optional<PublicEntry> from = number(query, "from")
			.flatMap(version -> registry.findVersion(registrationNumber, version));
		Optional<PublicEntry> to = number(query, "to")
			.flatMap(version -> registry.findVersion(registrationNumber, version));
		if (from.isEmpty() || to.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(from.get(), to.get(), registry.history(registrationNumber));
	}

	private void show(PublicEntry from, PublicEntry to, List<VersionSummary> history) {
		removeAll();
		title = getTranslation("entry.diff.title", from.version(), to.version());
		String address = route(to.registrationNumber(), from.version(), to.version());
		metadata = DocumentMetadata
			.page(to.data().tradeName() + " (" + to.registrationNumber() + "): " + title, address, null)
			.notIndexed();
		add(new H1(title), new Paragraph(new Anchor(RegistryRoutes.permalink(to.registrationNumber()),
				to.data().tradeName() + " \u2013 " + getTranslation("entry.diff.back"))));
		add(chooser(from, to, history));

		List<EntryFields.Change> changes = EntryFields.compare(from.data(), to.data(), this::getTranslation,
				getLocale());
		if (changes.isEmpty()) {
			add(new Paragraph(getTranslation("entry.diff.none")));
			return;
		}
		DescriptionList list = new DescriptionList();
		list.addClassName("entry-changes");
		for (EntryFields.Change change : changes) {
			list.add(new Term(PublicEntryView.label(this, change.after())),
					new Description(side("diff-before", from.version(), change.before()),
							side("diff-after", to.version(), change.after())));
		}
		add(list);
	}

	private Div side(String className, int version, EntryFields.Field field) {
		Span versionLabel = new Span(getTranslation("entry.diff.before", version) + ": ");
		versionLabel.addClassName("diff-version");
		Div side = new Div(versionLabel,
				field.isEmpty() ? new Span(getTranslation("entry.none")) : PublicEntryView.value(field));
		side.addClassName(className);
		return side;
	}

	private HorizontalLayout chooser(PublicEntry from, PublicEntry to, List<VersionSummary> history) {
		List<Integer> versions = history.stream().map(VersionSummary::version).toList();
		Select<Integer> fromSelect = new Select<>();
		fromSelect.setLabel(getTranslation("entry.diff.from"));
		fromSelect.setItems(versions);
		fromSelect.setValue(from.version());
		Select<Integer> toSelect = new Select<>();
		toSelect.setLabel(getTranslation("entry.diff.to"));
		toSelect.setItems(versions);
		toSelect.setValue(to.version());
		Button show = new Button(getTranslation("entry.diff.show"),
				click -> getUI()
					.ifPresent(ui -> ui.navigate(RegistryRoutes.permalink(to.registrationNumber()) + "/diff",
							query(fromSelect.getValue(), toSelect.getValue()))));
		HorizontalLayout chooser = new HorizontalLayout(fromSelect, toSelect, show);
		chooser.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
		return StaticHtml.standIn(chooser, plainChooser(from, to, versions));
	}

	/** The version choice as a plain form, for the first response. */
	private PlainForm plainChooser(PublicEntry from, PublicEntry to, List<Integer> versions) {
		PlainForm form = new PlainForm(RegistryRoutes.permalink(to.registrationNumber()) + "/diff");
		form.addClassName("diff-chooser");
		form.add(versionSelect("from", getTranslation("entry.diff.from"), versions, from.version()),
				versionSelect("to", getTranslation("entry.diff.to"), versions, to.version()));
		NativeButton submit = new NativeButton(getTranslation("entry.diff.show"));
		submit.getElement().setAttribute("type", "submit");
		form.add(submit);
		return form;
	}

	private static NativeLabel versionSelect(String name, String label, List<Integer> versions, int selected) {
		com.vaadin.flow.dom.Element select = new com.vaadin.flow.dom.Element("select");
		select.setAttribute("name", name);
		for (int version : versions) {
			com.vaadin.flow.dom.Element option = new com.vaadin.flow.dom.Element("option");
			option.setAttribute("value", Integer.toString(version));
			option.setText(Integer.toString(version));
			if (version == selected) {
				option.setAttribute("selected", true);
			}
			select.appendChild(option);
		}
		NativeLabel field = new NativeLabel();
		field.addClassName("plain-field");
		field.add(new Span(label));
		field.getElement().appendChild(select);
		return field;
	}

	@Override
	public DocumentMetadata documentMetadata() {
		return metadata;
	}

	/** The query of a comparison's address. */
	static QueryParameters query(int from, int to) {
		return QueryParameters.simple(java.util.Map.of("from", Integer.toString(from), "to", Integer.toString(to)));
	}

	private static Optional<Integer> number(QueryParameters query, String name) {
		return query.getSingleParameter(name).flatMap(PublicEntryView::parseVersion);
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
