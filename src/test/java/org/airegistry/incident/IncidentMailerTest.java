package org.airegistry.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The language of the incident module's mails to organisations. */
@H2Test
class IncidentMailerTest {

	@Autowired
	IncidentMailer mailer;

	@Autowired
	TestData testData;

	@Test
	@DisplayName("Issue 19: a provider told of a deployer's incident report reads it in its people's language "
			+ "(Polish in a German organisation)")
	void providerInItsPeoplesLanguage() {
		TestUser provider = testData.provider();
		testData.speaks(provider, "pl");
		mailer.send(provider.organisation(), "deployerReport", "INC-2026-000001", "Polish Ranker", "Betreiber GmbH",
				mailer.link(IncidentRoutes.WORKSPACE));
		assertThat(TestMailServer.awaitMail(TestData.mailbox(provider), 1).subject())
			.isEqualTo("Podmiot stosujący zgłasza poważny incydent systemu Polish Ranker");
	}

	@Test
	@DisplayName("Issue 19: a Maltese authority whose regulator uses the portal in Italian gets Italian mails, not "
			+ "English (its Member State's language on offer)")
	void authorityInItsPeoplesLanguage() {
		TestUser regulator = testData.regulator(MemberState.MT, Competence.SERIOUS_INCIDENTS);
		testData.speaks(regulator, "it");
		mailer.send(regulator.organisation(), "received", "INC-2026-000002", "Ranker", 1,
				mailer.link(IncidentRoutes.WORKSPACE));
		assertThat(TestMailServer.awaitMail(TestData.mailbox(regulator), 1).subject())
			.isEqualTo("Ricevuta la segnalazione di incidente grave INC-2026-000002");
	}

}
