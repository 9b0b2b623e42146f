package org.airegistry.demo;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.airegistry.organisation.NewOrganisation;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.Certificate;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.MandateRequest;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.RepresentativeMandates;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo of the authorised representative's mandate (Art 22(3), Annex VIII A.3, DD067): a
 * provider established outside the Union names the demo authorised representative for two
 * entries through the same services as the portal; the representative confirms one
 * mandate with the link of its invitation mail (read from the demo mailbox) and leaves
 * the other unanswered. Both entries are published: A.3 of the first names the
 * representative's own record, A.3 of the second says that the named representative has
 * not confirmed yet, and the regulator's attention list flags it. Runs once, after
 * {@link DemoData} created the representative's organisation.
 */
@Component
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
class MandateDemoData {

	private static final Logger log = LoggerFactory.getLogger(MandateDemoData.class);

	/** The provider established outside the Union. */
	static final String PROVIDER = "provider@pacific.example";

	/** A member of the demo authorised representative's organisation. */
	static final String REPRESENTATIVE = "representative@eurep.example";

	static final String CONFIRMED_ENTRY = "Pacific Insurance Risk Scoring";

	static final String PENDING_ENTRY = "Pacific Applicant Screening";

	private static final Pattern TOKEN = Pattern
		.compile(Pattern.quote(RepresentativeMandates.ANSWER_ROUTE) + "\\?token=([A-Za-z0-9_-]+)");

	private final OrganisationService organisations;

	private final RegistryService registry;

	private final RepresentativeMandates mandates;

	private final UserDetailsService users;

	private final ObjectProvider<DevMailbox> mailbox;

	MandateDemoData(OrganisationService organisations, RegistryService registry, RepresentativeMandates mandates,
			UserDetailsService users, ObjectProvider<DevMailbox> mailbox) {
		this.organisations = organisations;
		this.registry = registry;
		this.mandates = mandates;
		this.users = users;
		this.mailbox = mailbox;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		if (organisations.userExists(PROVIDER)) {
			return;
		}
		OrganisationId representative = organisations.findByLegalName(DemoData.AUTHORISED_REPRESENTATIVE)
			.orElseThrow(() -> new IllegalStateException("DemoData creates the authorised representative first"));
		organisations.createUser(representative,
				new NewUser(REPRESENTATIVE, "demo-representative", "Rafa Representative", Set.of(Role.PROVIDER), true));
		OrganisationId provider = organisations.createOrganisation(new NewOrganisation("Pacific Insight Labs Inc.",
				"US", "eu-registry@pacific.example", Set.of(OrganisationRole.PROVIDER), false)
			.withPostalAddress("100 Example Avenue\nSan Francisco, CA 94105"), OrganisationStatus.ACTIVE);
		organisations.createUser(provider,
				new NewUser(PROVIDER, "demo-provider", "Pat Provider", Set.of(Role.PROVIDER), true));

		DraftEntry[] drafts = DemoLogin.actAs(users, PROVIDER, () -> new DraftEntry[] {
				named(entry(CONFIRMED_ENTRY, AnnexIIIPoint.P5C, "claims",
						"Assesses the risk of natural persons applying for life and health insurance and proposes "
								+ "a premium band that an underwriter reviews.")),
				named(entry(PENDING_ENTRY, AnnexIIIPoint.P4A, "screening",
						"Ranks job applications for recruitment by the documents the applicants submit and "
								+ "proposes a shortlist that a recruiter reviews.")) });
		DevMailbox box = mailbox.getIfAvailable();
		String token = box == null ? null
				: box.mails()
					.stream()
					.filter(mail -> mail.subject().contains(CONFIRMED_ENTRY))
					.map(mail -> TOKEN.matcher(mail.body()))
					.filter(Matcher::find)
					.map(matcher -> matcher.group(1))
					.findFirst()
					.orElse(null);
		if (token != null) {
			DemoLogin.actAs(users, REPRESENTATIVE, () -> mandates.confirm(token));
		}
		DemoLogin.actAs(users, PROVIDER, () -> {
			for (DraftEntry draft : drafts) {
				registry.publish(draft.id(), registry.open(draft.id()).lockVersion(), "");
			}
		});
		log.info(
				"Demo data created: a provider outside the EU ({}) with a confirmed mandate ({}) and a pending "
						+ "invitation; the representative signs in as {}",
				PROVIDER, token == null ? "not confirmed: no demo mailbox" : "confirmed", REPRESENTATIVE);
	}

	/** Saves the entry and names the demo authorised representative (Art 22(3)). */
	private DraftEntry named(EntryData data) {
		DraftEntry draft = registry.createDraft(data);
		mandates.invite(draft.id(), new MandateRequest(REPRESENTATIVE, DemoData.AUTHORISED_REPRESENTATIVE));
		return draft;
	}

	private static EntryData entry(String tradeName, AnnexIIIPoint point, String path, String purpose) {
		return EntryData.sectionA(ContentLanguage.EN, point, false, "", "", tradeName, "1.0", purpose,
				"Scoring service and a review console for the deployer's staff.",
				"Inputs: documents supplied by the person concerned. A gradient-boosted model proposes a score; "
						+ "a member of staff decides.",
				EntryStatus.ON_MARKET, Certificate.none(), EnumSet.of(MemberState.NL, MemberState.BE),
				"https://pacific.example/" + path + "/declaration-of-conformity.pdf",
				"https://pacific.example/" + path + "/instructions", "https://pacific.example/ai");
	}

}
