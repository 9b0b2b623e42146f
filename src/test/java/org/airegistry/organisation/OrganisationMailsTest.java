package org.airegistry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.airegistry.notification.MailRecipient;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who receives an organisation's mails and in which language (issue 19): each account in
 * its own language; the functional mailbox in its people's language, the Member State's
 * only when none of them recorded one.
 */
@H2Test
class OrganisationMailsTest {

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	TestData testData;

	@Test
	@DisplayName("Issue 19: two people of one organisation with different languages get one mail each, each in "
			+ "their own language")
	void eachAccountInItsOwnLanguage() {
		TestUser founder = testData.pendingProvider();
		testData.speaks(founder, "pl");
		TestUser colleague = testData.colleague(founder, Role.PROVIDER, "fr");
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		testData.run(regulator, () -> accounts.approve(founder.organisation()));

		assertThat(TestMailServer.mailsTo(founder.email())).singleElement()
			.satisfies(mail -> assertThat(mail.subject())
				.isEqualTo("Organizacja " + founder.organisationName() + " została zatwierdzona"));
		assertThat(TestMailServer.mailsTo(colleague.email())).singleElement()
			.satisfies(mail -> assertThat(mail.subject())
				.isEqualTo("Inscription de " + founder.organisationName() + " approuvée"));
	}

	@Test
	@DisplayName("Issue 19: the functional mailbox is written to in the language of the account that owns it, "
			+ "else in the one most of the organisation's people chose")
	void mailboxInItsPeoplesLanguage() {
		TestUser provider = testData.provider();
		testData.speaks(provider, "pl");
		assertThat(organisations.mailbox(provider.organisation()))
			.contains(new MailRecipient(TestData.mailbox(provider), Locale.forLanguageTag("pl")));

		testData.mailboxAccount(provider, Role.PROVIDER, "nl");
		assertThat(organisations.mailbox(provider.organisation())).map(MailRecipient::language)
			.as("the mailbox's own account first")
			.contains(Locale.forLanguageTag("nl"));
	}

	@Test
	@DisplayName("Issue 19: an organisation whose people recorded no language is written to in its Member State's "
			+ "language; one without a mailbox gets no mail")
	void memberStateOnlyAsFallback() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		OrganisationId french = organisations.createOrganisation(new NewOrganisation("Sans Comptes " + unique, "FR",
				"sans-comptes-" + unique + "@example.org", Set.of(OrganisationRole.DEPLOYER), true),
				OrganisationStatus.ACTIVE);
		assertThat(organisations.mailbox(french)).map(MailRecipient::language).contains(Locale.FRENCH);

		OrganisationId silent = organisations.createOrganisation(
				new NewOrganisation("Ohne Postfach " + unique, "DE", null, Set.of(OrganisationRole.DEPLOYER), true),
				OrganisationStatus.ACTIVE);
		assertThat(organisations.mailbox(silent)).isEmpty();
	}

}
