package org.airegistry.explanation;

import org.airegistry.explanation.persistence.ExplanationRepository;
import org.airegistry.explanation.persistence.RequestRow;
import org.airegistry.explanation.persistence.SealedColumn;
import org.airegistry.organisation.OrganisationService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the person and the deployer about changes, after the change is committed (and
 * again from the outbox if SMTP was down). The person's address is decrypted only here.
 * Deployers are written to at their functional address, in the language their people
 * chose, else their Member State's ({@link OrganisationService#mailbox}).
 */
@Component
class ExplanationNotifications {

	private final ExplanationRepository repository;

	private final PersonalDataCipher cipher;

	private final ExplanationMailer mailer;

	private final OrganisationService organisations;

	ExplanationNotifications(ExplanationRepository repository, PersonalDataCipher cipher, ExplanationMailer mailer,
			OrganisationService organisations) {
		this.repository = repository;
		this.cipher = cipher;
		this.mailer = mailer;
		this.organisations = organisations;
	}

	@ApplicationModuleListener
	void on(ExplanationRequestChanged event) {
		RequestRow row = repository.find(event.requestId()).orElse(null);
		if (row == null || row.anonymisedAt() != null) {
			return;
		}
		switch (event.change()) {
			case SUBMITTED -> {
				toPerson(row, "submitted", track(row));
				toDeployer(row, "newRequest");
			}
			case INFORMATION_REQUESTED -> toPerson(row, "informationRequested", track(row));
			case INFORMATION_PROVIDED -> toDeployer(row, "informationProvided");
			case EXTENDED -> toPerson(row, "extended", track(row));
			case RESPONDED -> toPerson(row, "responded", track(row));
			case ESCALATED -> toDeployer(row, "escalated");
			case COMPLAINT_CLOSED -> toPerson(row, "complaintClosed", track(row));
			case ACKNOWLEDGED, CLOSED -> {
				// audited, nobody to tell
			}
		}
	}

	/** The person's private tracking link (decrypted for the mail only). */
	String track(RequestRow row) {
		return mailer.link(ExplanationRoutes.TRACK,
				cipher.openOrEmpty(row.trackingTokenEnc(), SealedColumn.REQUEST_TRACKING_TOKEN, row.id()));
	}

	void toPerson(RequestRow row, String kind, Object... extra) {
		String email = cipher.open(row.emailEnc(), SealedColumn.REQUEST_EMAIL, row.id());
		if (email == null) {
			return;
		}
		mailer.send(email, row.language(), kind, arguments(row.reference(), extra));
	}

	void toDeployer(RequestRow row, String kind, Object... extra) {
		organisations.mailbox(row.deployerId())
			.ifPresent(to -> mailer.send(to, "deployer." + kind, arguments(row.reference(), new Object[] {
					mailer.page(ExplanationRoutes.INBOX + "/" + row.reference()), extra.length > 0 ? extra[0] : "" })));
	}

	private static Object[] arguments(String reference, Object[] extra) {
		Object[] all = new Object[extra.length + 1];
		all[0] = reference;
		System.arraycopy(extra, 0, all, 1, extra.length);
		return all;
	}

}
