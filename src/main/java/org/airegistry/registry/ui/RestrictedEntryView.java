package org.airegistry.registry.ui;

import java.time.Clock;

import org.airegistry.publication.ShownField;
import org.airegistry.publication.ui.FieldList;
import org.airegistry.registry.EntryFields;
import org.airegistry.registry.ProviderContacts;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistrySettings;
import org.airegistry.registry.RepresentativeMandates;
import org.airegistry.registry.RestrictedSection;
import org.airegistry.shared.NonPublicSection;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.RegulatorLinks;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One entry of the non-public section (Art 49(4)) as the competent authorities read it:
 * the fields the section holds, with their Annex VIII references. Regulators only.
 */
@Route(RestrictedEntryView.ROUTE)
@RolesAllowed(NonPublicSection.ROLE)
public class RestrictedEntryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = "oversight/restricted/:registrationNumber";

	private final RestrictedSection section;

	private final RegistrySettings settings;

	private final ProviderContacts contacts;

	private final RepresentativeMandates mandates;

	private final Clock clock;

	private String title = "";

	public RestrictedEntryView(RestrictedSection section, RegistrySettings settings, ProviderContacts contacts,
			RepresentativeMandates mandates, Clock clock) {
		this.section = section;
		this.mandates = mandates;
		this.clock = clock;
		this.settings = settings;
		this.contacts = contacts;
		addClassName("page");
		addClassName("restricted-entry");
	}

	static String route(String registrationNumber) {
		return org.airegistry.registry.RegistryRoutes.nonPublicEntry(registrationNumber);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String number = event.getRouteParameters().get("registrationNumber").orElse("");
		section.latestVersion(number).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
	}

	private void show(PublicEntry entry) {
		removeAll();
		title = entry.data().tradeName();
		Paragraph notice = new Paragraph(getTranslation("restricted.entry.notice"));
		notice.addClassName("notice");
		notice.getElement().setAttribute("role", "note");
		FieldList fields = new FieldList();
		fields.add(getTranslation("field.registrationNumber"), new Span(entry.registrationNumber()));
		Paragraph provider = new Paragraph(contacts.publicContact(entry.providerId()).orElse(entry.providerName()));
		provider.addClassName("multiline");
		fields.add(getTranslation("field.provider") + " (" + getTranslation("annex.A1") + ")", provider);
		// Art 22(3): regulators see the named representative and its state, confirmed or
		// not
		fields.add(getTranslation("mandate.regulator"),
				new Span(mandates.forRegulator(entry.id())
					.map(mandate -> mandate.describe(this::getTranslation, clock.instant()))
					.orElseGet(() -> getTranslation("mandate.regulator.none"))));
		for (ShownField field : EntryFields.describe(entry.data(), this::getTranslation, getLocale(),
				settings.omnibus2026())) {
			if (!field.isEmpty()) {
				Paragraph value = new Paragraph(field.value());
				value.addClassName("multiline");
				fields.add(FieldList.label(this, field), value);
			}
		}
		fields.add(getTranslation("restricted.version"), new Span(Integer.toString(entry.version())));
		fields.add(getTranslation("entry.versionPublishedOn"),
				new Span(Formats.dateTime(entry.publishedAt(), getLocale())));
		Code hash = new Code(entry.contentSha256());
		hash.addClassName("hash");
		fields.add(getTranslation("entry.sha256"), hash);
		add(new H1(title), notice);
		// DD074: regulators moderate entries of the non-public section too
		RegulatorLinks.moderate(this, entry.registrationNumber()).ifPresent(this::add);
		add(fields, new Paragraph(new Anchor(RestrictedEntriesView.ROUTE, getTranslation("restricted.entry.back"))));
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
