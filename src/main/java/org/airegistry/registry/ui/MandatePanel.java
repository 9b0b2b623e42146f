package org.airegistry.registry.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.MandateRequest;
import org.airegistry.registry.MandateState;
import org.airegistry.registry.RepresentativeMandate;
import org.airegistry.registry.RepresentativeMandates;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shell.components.Problems;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * The entry editor's part of item A.3 / B.3 (Art 22(3), DD067): the provider names its
 * authorised representative by e-mail address and organisation, and the registry invites
 * it to confirm its mandate; the part shows where the mandate stands and lets the
 * provider withdraw it. The entry stays publishable while the mandate is unconfirmed.
 */
class MandatePanel extends Div {

	private final RepresentativeMandates mandates;

	private final Clock clock;

	private final Paragraph state = new Paragraph();

	/**
	 * A.3 as the provider typed it before mandates (V166, DD067), while none is named.
	 */
	private final Paragraph typed = new Paragraph();

	private final EmailField email = new EmailField();

	private final TextField organisation = new TextField();

	private final Button invite = new Button();

	private final Button withdraw = new Button();

	private final Binder<MandateRequest> binder = new Binder<>(MandateRequest.class);

	private @Nullable AiSystemId entry;

	MandatePanel(RepresentativeMandates mandates, Clock clock) {
		this.mandates = mandates;
		this.clock = clock;
		addClassName("mandate-panel");
		state.addClassName("mandate-state");
		state.getElement().setAttribute("aria-live", "polite");
		typed.addClassNames("mandate-typed", "notice");
		typed.setVisible(false);
		email.setLabel(getTranslation("mandate.email"));
		email.setHelperText(getTranslation("mandate.email.help"));
		email.setMaxLength(320);
		organisation.setLabel(getTranslation("mandate.organisation"));
		organisation.setHelperText(getTranslation("mandate.organisation.help"));
		organisation.setMaxLength(MandateRequest.ORGANISATION_MAX);
		// the rules live in MandateRequest and the service: one message per field
		binder.setDefaultValidatorsEnabled(false);
		binder.forField(email).bind("email");
		binder.forField(organisation).bind("organisation");
		binder.readRecord(MandateRequest.empty());
		invite.setText(getTranslation("mandate.invite"));
		invite.addClickListener(click -> invite());
		withdraw.setText(getTranslation("mandate.withdraw"));
		withdraw.addClickListener(click -> withdraw());
		add(state, typed, new FormLayout(email, organisation), new HorizontalLayout(invite, withdraw));
	}

	/**
	 * Shows the entry's mandate; a new entry must be saved first.
	 * @param proposed what the form proposes when no representative is named yet
	 */
	void show(@Nullable AiSystemId entry, MandateRequest proposed) {
		this.entry = entry;
		clear();
		Optional<RepresentativeMandate> current = entry == null ? Optional.empty() : mandates.current(entry);
		// DD067: the text typed before mandates is shown, never lost, while no
		// representative is named; its first line is proposed as the organisation
		Optional<String> typedText = entry == null || current.isPresent() ? Optional.empty()
				: mandates.typedBeforeMandates(entry);
		typed.setVisible(typedText.isPresent());
		typedText.ifPresent(text -> typed.setText(getTranslation("mandate.typedBefore", text)));
		MandateRequest proposal = typedText.filter(text -> proposed.organisation().isEmpty())
			.map(text -> new MandateRequest(proposed.email(), firstLine(text)))
			.orElse(proposed);
		binder.readRecord(
				current.map(mandate -> new MandateRequest(mandate.invitedEmail(), mandate.invitedOrganisation()))
					.orElse(proposal));
		email.setEnabled(entry != null);
		organisation.setEnabled(entry != null);
		invite.setEnabled(entry != null);
		withdraw.setVisible(current.isPresent());
		if (entry == null) {
			state.setText(getTranslation("mandate.saveFirst"));
		}
		else {
			state.setText(current.map(this::describe).orElseGet(() -> getTranslation("mandate.none")));
		}
		invite.setText(getTranslation(current.isPresent() ? "mandate.inviteAgain" : "mandate.invite"));
	}

	private static String firstLine(String text) {
		String line = text.lines().findFirst().orElse("").strip();
		return line.length() > MandateRequest.ORGANISATION_MAX ? line.substring(0, MandateRequest.ORGANISATION_MAX)
				: line;
	}

	private String describe(RepresentativeMandate mandate) {
		String line = mandate.describe(this::getTranslation, clock.instant());
		if (mandate.state() == MandateState.INVITED && !mandate.expired(clock.instant())) {
			line += " " + getTranslation("mandate.validUntil",
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
						.withLocale(getLocale())
						.format(mandate.expiresAt().atZone(ZoneId.of("Europe/Brussels"))));
		}
		return line + " " + getTranslation("mandate.nextVersion");
	}

	private Map<String, HasValidation> fields() {
		Map<String, HasValidation> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("organisation", organisation);
		return fields;
	}

	private void clear() {
		fields().values().forEach(field -> field.setInvalid(false));
	}

	private void invite() {
		if (entry == null) {
			return;
		}
		clear();
		MandateRequest request;
		try {
			request = binder.writeRecord();
		}
		catch (ValidationException invalid) {
			return;
		}
		try {
			RepresentativeMandate mandate = mandates.invite(entry, request);
			Problems.success(getTranslation("mandate.invited", mandate.invitedEmail()));
			show(entry, MandateRequest.empty());
		}
		catch (InvalidInputException problems) {
			Problems.show(problems, fields(), error -> Problems.translate(this, error));
		}
		catch (ActionRefusedException refused) {
			Problems.error(getTranslation(refused.messageKey()));
		}
	}

	private void withdraw() {
		if (entry == null) {
			return;
		}
		mandates.withdraw(entry);
		Problems.success(getTranslation("mandate.withdrawn"));
		show(entry, MandateRequest.empty());
	}

}
