package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.airegistry.audit.AuditFilter;
import org.airegistry.audit.AuditRecord;
import org.airegistry.audit.AuditTrail;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.publication.ShownField;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.shared.i18n.Translations;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.airegistry.testsupport.TestMailServer.Mail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authorised representative's mandate end to end on PostgreSQL 18 (Art 22(3), Annex
 * VIII A.3, DD067): invitation mail in the recipient's language, answer in the portal,
 * the entry publishable meanwhile, A.3 of each version by the one rule, every step
 * audited.
 */
@PostgresTest
class RepresentativeMandatesIT {

	@Autowired
	RegistryService registry;

	@Autowired
	RepresentativeMandates mandates;

	@Autowired
	RegistryQueries queries;

	@Autowired
	TestData testData;

	@Autowired
	org.jooq.DSLContext dsl;

	@Autowired
	AuditTrail trail;

	private TestUser representative() {
		return testData.user(Role.PROVIDER, OrganisationRole.AUTHORISED_REPRESENTATIVE, OrganisationStatus.ACTIVE);
	}

	private static String a3(PublicEntry entry) {
		Translations texts = Translations.standard();
		return EntryFields
			.describe(entry.data(), (key, arguments) -> texts.text(key, Locale.ENGLISH, arguments), Locale.ENGLISH,
					false)
			.stream()
			.filter(field -> field.key().equals("authorisedRepresentative"))
			.map(ShownField::value)
			.findFirst()
			.orElseThrow();
	}

	@Test
	@DisplayName("Art 22(3), Annex VIII A.3: invited in its own language, the representative confirms in the portal; "
			+ "the entry is published meanwhile without its name, and the next version names it by its own record")
	void inviteConfirmPublish() {
		TestUser provider = testData.providerOutsideEu();
		TestUser representative = representative();
		// the recipient chose German (DD051: the account's language comes first)
		dsl.update(org.airegistry.db.Tables.APP_USER)
			.set(org.airegistry.db.Tables.APP_USER.PREFERRED_LANGUAGE, "de")
			.where(org.airegistry.db.Tables.APP_USER.LOGIN_EMAIL.eq(representative.email()))
			.execute();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(TestData.sample("Mandated System")));

		assertThatThrownBy(() -> testData.run(provider, () -> registry.publish(draft.id(), draft.lockVersion(), "")))
			.as("Art 22(1): a provider outside the Union names its representative before publishing")
			.isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).errors())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldError.class))
			.extracting(FieldError::field)
			.contains("authorisedRepresentative");

		RepresentativeMandate invited = testData.as(provider,
				() -> mandates.invite(draft.id(), new MandateRequest(representative.email().toUpperCase(Locale.ROOT),
						"EU Rep as the provider knows it")));
		assertThat(invited.state()).isEqualTo(MandateState.INVITED);
		assertThat(invited.expiresAt()).isEqualTo(invited.invitedAt().plus(java.time.Duration.ofDays(30)));

		Mail mail = TestMailServer.awaitMail(representative.email(), 1);
		assertThat(mail.subject()).as("the recipient's language (DD051)")
			.isEqualTo(provider.organisationName() + " benennt Sie als Bevollmächtigten für „Mandated System“");
		String token = mail.token(RepresentativeMandates.ANSWER_ROUTE);

		// Art 49(1): the entry is publishable while the representative has not answered
		String number = testData.as(provider, () -> {
			registry.publish(draft.id(), registry.open(draft.id()).lockVersion(), "");
			return registry.open(draft.id()).registrationNumber();
		});
		PublicEntry first = queries.findLatest(number).orElseThrow();
		assertThat(first.data().authorisedRepresentative()).isEqualTo(AuthorisedRepresentativeText.PENDING);
		assertThat(a3(first))
			.isEqualTo("An authorised representative has been named; it has not yet confirmed its mandate (Art 22(3)).")
			.doesNotContain("EU Rep");

		RepresentativeMandates.Invitation seen = testData.as(representative, () -> mandates.invitation(token))
			.orElseThrow();
		assertThat(seen.mayAnswer()).isTrue();
		assertThat(seen.providerName()).isEqualTo(provider.organisationName());
		testData.run(representative, () -> mandates.confirm(token));

		assertThatThrownBy(() -> testData.run(representative, () -> mandates.decline(token)))
			.as("an answered invitation cannot be answered again")
			.isInstanceOf(ActionRefusedException.class)
			.extracting(ex -> ((ActionRefusedException) ex).messageKey())
			.isEqualTo("mandate.refused.answered");
		assertThat(queries.findLatest(number).orElseThrow().data().authorisedRepresentative())
			.as("a published version never changes")
			.isEqualTo(AuthorisedRepresentativeText.PENDING);

		testData.run(provider,
				() -> registry.publish(draft.id(), registry.open(draft.id()).lockVersion(), "Mandate confirmed"));
		PublicEntry second = queries.findLatest(number).orElseThrow();
		assertThat(second.version()).isEqualTo(2);
		assertThat(a3(second)).as("the representative's own record: legal name, country, functional e-mail")
			.startsWith(representative.organisationName())
			.contains("DE")
			.contains("@example.org")
			.doesNotContain("as the provider knows it")
			.doesNotContain(representative.email());
		assertThat(a3(queries.findVersion(number, 1).orElseThrow())).contains("not yet confirmed");

		TestUser regulator = testData.regulator(MemberState.DE);
		RepresentativeMandate forRegulator = testData.as(regulator, () -> mandates.forRegulator(draft.id()))
			.orElseThrow();
		assertThat(forRegulator.state()).isEqualTo(MandateState.CONFIRMED);
		assertThat(forRegulator.invitedEmail()).isEqualTo(representative.email().toLowerCase(Locale.ROOT));
		List<AuditRecord> audited = testData.as(regulator,
				() -> trail.page(new AuditFilter(null, invited.id().toString(), null, null), 0, 10));
		assertThat(audited).extracting(AuditRecord::action)
			.containsExactlyInAnyOrder("representative-mandate.invited", "representative-mandate.confirmed");
		assertThat(audited).allSatisfy(record -> assertThat(record.legalReference()).isEqualTo("Art 22(3)"));
	}

	@Test
	@DisplayName("Art 22(3): a declined mandate is published without a name; a withdrawn one leaves A.3 empty "
			+ "from the next version; organisations that are not authorised representatives cannot answer")
	void declineAndWithdraw() {
		TestUser provider = testData.providerOutsideEu();
		TestUser representative = representative();
		TestUser otherProvider = testData.provider();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(TestData.sample("Declined System")));
		testData.run(provider, () -> mandates.invite(draft.id(),
				new MandateRequest(representative.email(), representative.organisationName())));
		String token = TestMailServer.awaitMail(representative.email(), 1).token(RepresentativeMandates.ANSWER_ROUTE);

		assertThat(testData.as(otherProvider, () -> mandates.invitation(token)).orElseThrow().mayAnswer()).isFalse();
		assertThatThrownBy(() -> testData.run(otherProvider, () -> mandates.confirm(token)))
			.as("Art 22(1): only an authorised-representative organisation established in the Union answers")
			.isInstanceOf(ActionRefusedException.class)
			.extracting(ex -> ((ActionRefusedException) ex).messageKey())
			.isEqualTo("mandate.refused.notRepresentative");
		assertThat(testData.as(representative, () -> mandates.invitation("not-a-token"))).isEmpty();

		testData.run(representative, () -> mandates.decline(token));
		String number = testData.as(provider, () -> {
			registry.publish(draft.id(), registry.open(draft.id()).lockVersion(), "");
			return registry.open(draft.id()).registrationNumber();
		});
		assertThat(a3(queries.findLatest(number).orElseThrow()))
			.isEqualTo("The authorised representative named by the provider declined the mandate (Art 22(3)).");

		testData.run(provider, () -> mandates.withdraw(draft.id()));
		assertThat(testData.as(provider, () -> mandates.current(draft.id()))).isEmpty();
		assertThatThrownBy(() -> testData.run(provider,
				() -> registry.publish(draft.id(), registry.open(draft.id()).lockVersion(),
						"Representative withdrawn")))
			.as("without a named representative, the provider outside the Union cannot publish again")
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@DisplayName("Art 22(1): a provider established in the Union names no representative; bad input is refused "
			+ "on its field")
	void refusals() {
		TestUser provider = testData.provider();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(TestData.sample("Union System")));
		assertThatThrownBy(() -> testData.run(provider,
				() -> mandates.invite(draft.id(), new MandateRequest("rep@example.org", "EU Rep"))))
			.isInstanceOf(ActionRefusedException.class)
			.extracting(ex -> ((ActionRefusedException) ex).messageKey())
			.isEqualTo("mandate.refused.established");

		TestUser outside = testData.providerOutsideEu();
		DraftEntry imported = testData.as(outside, () -> registry.createDraft(TestData.sample("Imported System")));
		assertThatThrownBy(() -> testData.run(outside,
				() -> mandates.invite(imported.id(), new MandateRequest("not an address", "Rep\u0000Ltd"))))
			.isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).errors())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldError.class))
			.extracting(FieldError::field)
			.containsExactlyInAnyOrder("email", "organisation");
		assertThatThrownBy(() -> testData.run(provider,
				() -> mandates.invite(imported.id(), new MandateRequest("rep@example.org", "EU Rep"))))
			.as("another organisation's entry is not found")
			.isInstanceOf(org.airegistry.shared.NotFoundException.class);
	}

	@Test
	@DisplayName("Art 22(3), DD075: the invitation page names the entry by its published trade name only: none "
			+ "before the first publication, and not a rename the provider saved in its draft without publishing")
	void invitationShowsThePublishedNameOnly() {
		TestUser provider = testData.providerOutsideEu();
		TestUser representative = representative();
		DraftEntry draft = testData.as(provider, () -> registry.createDraft(TestData.sample("Published Scorer")));
		testData.run(provider, () -> mandates.invite(draft.id(),
				new MandateRequest(representative.email(), representative.organisationName())));
		String token = TestMailServer.awaitMail(representative.email(), 1).token(RepresentativeMandates.ANSWER_ROUTE);
		testData.run(provider, () -> registry.saveDraft(draft.id(), registry.open(draft.id()).lockVersion(),
				registry.open(draft.id()).data().withTradeName("Renamed Before Publication")));
		RepresentativeMandates.Invitation unpublished = testData.as(representative, () -> mandates.invitation(token))
			.orElseThrow();
		assertThat(unpublished.tradeName()).as("never published: no name").isNull();
		assertThat(unpublished.registrationNumber()).isNull();

		testData.run(provider, () -> registry.publish(draft.id(), registry.open(draft.id()).lockVersion(), ""));
		testData.run(provider, () -> registry.saveDraft(draft.id(), registry.open(draft.id()).lockVersion(),
				registry.open(draft.id()).data().withTradeName("Unpublished Draft Rename")));
		RepresentativeMandates.Invitation published = testData.as(representative, () -> mandates.invitation(token))
			.orElseThrow();
		assertThat(published.tradeName()).isEqualTo("Renamed Before Publication");
		assertThat(published.registrationNumber()).isNotNull();
	}

}
