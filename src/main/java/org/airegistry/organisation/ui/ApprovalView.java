package org.airegistry.organisation.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.airegistry.organisation.AccountService;
import org.airegistry.organisation.PendingOrganisation;
import org.airegistry.organisation.RepresentingPerson;
import org.airegistry.organisation.RepresentingPersons;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The regulator's inbox of organisations awaiting approval, those with a verified address
 * first: approve, or reject with a reason that the organisation's users receive by mail.
 */
@Route("oversight/organisations")
@Menu(title = "nav.approval", order = 50)
@RolesAllowed(Role.Names.REGULATOR)
public class ApprovalView extends Main implements HasDynamicTitle {

	private final AccountService accounts;

	private final RepresentingPersons persons;

	public ApprovalView(AccountService accounts, RepresentingPersons persons) {
		this.accounts = accounts;
		this.persons = persons;
		addClassName("page");
		refresh();
	}

	private void refresh() {
		removeAll();
		add(new H1(getTranslation("approval.title")));
		var pending = accounts.pendingOrganisations();
		if (pending.isEmpty()) {
			add(new Paragraph(getTranslation("approval.empty")));
		}
		pending.forEach(organisation -> add(card(organisation)));
	}

	private Section card(PendingOrganisation organisation) {
		Locale locale = getLocale();
		DescriptionList details = new DescriptionList();
		term(details, "signUp.country", Locale.of("", organisation.country()).getDisplayCountry(locale));
		term(details, "signUp.postalAddress", organisation.postalAddress());
		term(details, "signUp.functionalEmail", organisation.functionalEmail());
		term(details, "signUp.establishedInEu",
				getTranslation(organisation.establishedInEu() ? "signUp.yes" : "signUp.no"));
		if (organisation.euEstablishmentAddress() != null) {
			term(details, "signUp.euEstablishmentAddress", organisation.euEstablishmentAddress());
		}
		term(details, "signUp.roles",
				organisation.roles()
					.stream()
					.map(role -> getTranslation("organisationRole." + role.name()))
					.collect(Collectors.joining(", ")));
		String flags = java.util.stream.Stream
			.of(organisation.publicAuthority() ? "signUp.flag.PUBLIC_AUTHORITY" : null,
					organisation.publicLawBody() ? "signUp.flag.PUBLIC_LAW_BODY" : null,
					organisation.providesPublicServices() ? "signUp.flag.PUBLIC_SERVICES" : null)
			.filter(java.util.Objects::nonNull)
			.map(this::getTranslation)
			.collect(Collectors.joining(", "));
		term(details, "signUp.flags", flags.isEmpty() ? "–" : flags);
		if (organisation.authorisedRepresentative() != null) {
			term(details, "signUp.authorisedRepresentative", organisation.authorisedRepresentative());
		}
		// Art 71(5): the persons with legal authority to represent it (restricted, DD069)
		List<RepresentingPerson> listed = persons.of(organisation.id());
		term(details, "persons.title", RepresentingPerson.describe(listed, this::getTranslation));
		term(details, "approval.verified",
				getTranslation(organisation.verified() ? "approval.verified.yes" : "approval.verified.no"));
		term(details, "approval.signedUp", Formats.dateTime(organisation.signedUpAt(), locale));

		TextArea reason = new TextArea(getTranslation("approval.reason"));
		reason.setHelperText(getTranslation("approval.reason.help"));
		reason.setWidthFull();
		Button approve = new Button(getTranslation("approval.approve", organisation.legalName()), click -> {
			ConfirmDialog confirm = new ConfirmDialog();
			confirm.setHeader(getTranslation("approval.confirm.title", organisation.legalName()));
			confirm.setText(getTranslation("approval.confirm.text", organisation.legalName()));
			confirm.setCancelable(true);
			confirm.setCancelText(getTranslation("approval.confirm.cancel"));
			confirm.setConfirmText(getTranslation("approval.confirm.yes"));
			confirm.addConfirmListener(confirmed -> {
				try {
					accounts.approve(organisation.id());
					Problems.success(getTranslation("approval.approved", organisation.legalName()));
					refresh();
				}
				catch (ActionRefusedException refused) {
					Problems.error(getTranslation(refused.messageKey()));
					refresh();
				}
			});
			confirm.open();
		});
		approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button reject = new Button(getTranslation("approval.reject", organisation.legalName()), click -> {
			try {
				accounts.reject(organisation.id(), reason.getValue());
				Problems.success(getTranslation("approval.rejected", organisation.legalName()));
				refresh();
			}
			catch (InvalidInputException problems) {
				Fields.show(this, problems, Map.of("reason", reason));
			}
			catch (ActionRefusedException refused) {
				Problems.error(getTranslation(refused.messageKey()));
				refresh();
			}
		});
		reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
		Section section = new Section(new H2(organisation.legalName()));
		// Art 22: what to check before approving; Art 71(5): who may represent it
		List<String> warnings = new java.util.ArrayList<>(organisation.warnings());
		if (listed.isEmpty()) {
			warnings.add("approval.warning.noPersons");
		}
		for (String warning : warnings) {
			Paragraph paragraph = new Paragraph(getTranslation(warning));
			paragraph.addClassNames("notice", "approval-warning");
			paragraph.getElement().setAttribute("role", "note");
			section.add(paragraph);
		}
		section.add(details, reason, new HorizontalLayout(approve, reject));
		section.addClassName("pending-organisation");
		return section;
	}

	private void term(DescriptionList list, String key, String value) {
		list.add(new DescriptionList.Term(getTranslation(key)),
				new DescriptionList.Description(value == null || value.isBlank() ? "–" : value));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("approval.title") + " · " + getTranslation("app.name");
	}

}
