package org.airegistry.moderation.ui;

import java.time.Clock;

import java.time.LocalDate;
import java.util.Map;

import org.airegistry.moderation.Moderation;
import org.airegistry.moderation.ModerationAction;
import org.airegistry.registry.LinkableEntry;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.organisation.RepresentingPersons;
import org.airegistry.registry.RepresentativeMandates;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.Problems;
import org.airegistry.shell.components.LocalisedDatePicker;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The regulator moderates one entry: flag it with a public notice, request a correction
 * by a due date, suspend it from public view, and close each of these. An entry of the
 * non-public section (Art 49(4)) only for a regulator who may read that section; for
 * everyone else its page does not exist (DD074).
 */
@Route("oversight/moderation/:registrationNumber")
@RolesAllowed(Role.Names.REGULATOR)
public class ModerationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final Moderation moderation;

	private final Div actions = new Div();

	private final RepresentativeMandates mandates;

	private final RepresentingPersons persons;

	private final Clock clock;

	private String registrationNumber = "";

	public ModerationView(Moderation moderation, RepresentativeMandates mandates, RepresentingPersons persons,
			Clock clock) {
		this.moderation = moderation;
		this.mandates = mandates;
		this.persons = persons;
		this.clock = clock;
		addClassName("page");
	}

	/** The route of an entry's moderation page. */
	public static String route(String registrationNumber) {
		return "oversight/moderation/" + registrationNumber;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		registrationNumber = event.getRouteParameters().get("registrationNumber").orElse("");
		var entry = moderation.entry(registrationNumber);
		if (entry.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(entry.get());
	}

	private void show(LinkableEntry linkable) {
		PublicEntry entry = linkable.entry();
		removeAll();
		add(new H1(getTranslation("moderation.title", entry.data().tradeName())),
				new Paragraph(new Anchor(linkable.restricted() ? RegistryRoutes.nonPublicEntry(registrationNumber)
						: RegistryRoutes.permalink(registrationNumber), registrationNumber)));
		if (linkable.restricted()) {
			// DD074: the notices of an entry of the non-public section reach its provider
			// and the competent authorities, never the public while it stays there
			Paragraph section = new Paragraph(getTranslation("moderation.restricted.notice"));
			section.addClassName("notice");
			section.addClassName("moderation-restricted");
			section.getElement().setAttribute("role", "note");
			add(section);
		}
		// Art 22(3): the named representative and the state of its mandate, confirmed or
		// not
		add(new Paragraph(getTranslation("mandate.regulator") + ": "
				+ mandates.forRegulator(entry.id())
					.map(mandate -> mandate.describe(this::getTranslation, clock.instant()))
					.orElseGet(() -> getTranslation("mandate.regulator.none"))));
		// DD067: A.3 as the provider typed it before mandates (no longer published)
		mandates.typedBeforeMandatesForRegulator(entry.id()).ifPresent(text -> {
			Paragraph typed = new Paragraph(getTranslation("mandate.typedBefore.regulator", text));
			typed.addClassName("mandate-typed");
			add(typed);
		});
		// Art 71(5): the provider's persons with authority to represent it (DD069),
		// restricted to regulators
		Paragraph representing = new Paragraph(
				getTranslation("persons.title") + ": " + org.airegistry.organisation.RepresentingPerson
					.describe(persons.of(entry.providerId()), this::getTranslation));
		representing.addClassName("representing-persons");
		add(representing);
		add(new H2(getTranslation("moderation.actions")), actions);
		refresh();

		TextArea flagNotice = notice("moderation.flag.notice");
		add(form("moderation.flag.title", flagNotice, null, "moderation.flag.action",
				() -> moderation.flag(registrationNumber, flagNotice.getValue()), "moderation.flagged"));

		TextArea correctionNotice = notice("moderation.correction.notice");
		DatePicker due = new LocalisedDatePicker(getTranslation("moderation.correction.due"));
		due.setMin(moderation.today());
		add(form("moderation.correction.title", correctionNotice, due, "moderation.correction.action",
				() -> moderation.requestCorrection(registrationNumber, correctionNotice.getValue(), due.getValue()),
				"moderation.correctionRequested"));

		TextArea reason = notice("moderation.suspend.reason");
		add(form("moderation.suspend.title", reason, null, "moderation.suspend.action",
				() -> moderation.suspend(registrationNumber, reason.getValue()), "moderation.suspended"));
	}

	private TextArea notice(String labelKey) {
		TextArea area = new TextArea(getTranslation(labelKey));
		area.setHelperText(getTranslation("moderation.notice.help", Moderation.NOTICE_MIN, Moderation.NOTICE_MAX));
		area.setWidthFull();
		return area;
	}

	private Section form(String titleKey, TextArea notice, @Nullable DatePicker due, String actionKey, Runnable action,
			String successKey) {
		Section section = new Section(new H2(getTranslation(titleKey)), notice);
		if (due != null) {
			section.add(due);
		}
		Button button = new Button(getTranslation(actionKey), click -> {
			try {
				action.run();
				notice.clear();
				notice.setInvalid(false);
				if (due != null) {
					due.clear();
					due.setInvalid(false);
				}
				Problems.success(getTranslation(successKey, registrationNumber));
				refresh();
			}
			catch (InvalidInputException problems) {
				Map<String, com.vaadin.flow.component.HasValidation> fields = due == null ? Map.of("notice", notice)
						: Map.of("notice", notice, "dueDate", due);
				Problems.show(problems, fields, error -> Problems.translate(this, error));
			}
			catch (ActionRefusedException refused) {
				Problems.error(getTranslation(refused.messageKey()));
			}
		});
		button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		section.add(button);
		return section;
	}

	private void refresh() {
		actions.removeAll();
		var all = moderation.ofEntry(registrationNumber);
		if (all.isEmpty()) {
			actions.add(new Paragraph(getTranslation("moderation.none")));
		}
		LocalDate today = moderation.today();
		all.forEach(action -> actions.add(card(action, today)));
	}

	private Section card(ModerationAction action, LocalDate today) {
		DescriptionList details = new DescriptionList();
		Reports.term(details, getTranslation("moderation.column.kind"),
				Reports.badge(getTranslation("moderation.kind." + action.kind().name())));
		Reports.term(details, getTranslation("moderation.column.created"),
				new Span(Formats.dateTime(action.createdAt(), getLocale())));
		Reports.term(details, getTranslation("moderation.column.notice"), new Span(action.notice()));
		if (action.dueDate() != null) {
			Span due = new Span(Reports.date(action.dueDate(), getLocale()));
			Reports.term(details, getTranslation("moderation.column.due"), due);
			if (action.isOverdue(today)) {
				details.add(new DescriptionList.Description(Reports.badge(getTranslation("moderation.overdue"))));
			}
		}
		Section card = new Section(details);
		card.addClassName("report-card");
		if (action.isOpen()) {
			Button close = new Button(getTranslation("moderation.close." + action.kind().name()), click -> {
				try {
					moderation.close(action.id());
					Problems.success(getTranslation("moderation.closed"));
				}
				catch (ActionRefusedException refused) {
					Problems.error(getTranslation(refused.messageKey()));
				}
				refresh();
			});
			close.addThemeVariants(ButtonVariant.LUMO_ERROR);
			card.add(close);
		}
		else {
			Reports.term(details, getTranslation("moderation.column.closed"),
					new Span(Formats.dateTime(action.closedAt(), getLocale())));
		}
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("moderation.title", registrationNumber) + " · " + getTranslation("app.name");
	}

}
