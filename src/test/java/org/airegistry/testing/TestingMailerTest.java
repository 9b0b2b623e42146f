package org.airegistry.testing;

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

/** The language of the testing module's mails to organisations. */
@H2Test
class TestingMailerTest {

	@Autowired
	TestingMailer mailer;

	@Autowired
	TestData testData;

	@Test
	@DisplayName("Issue 19: a German authority whose regulator uses the portal in Polish gets the Art 60(4) "
			+ "submission mail in Polish")
	void authorityInItsPeoplesLanguage() {
		TestUser regulator = testData.regulator(MemberState.DE, Competence.REAL_WORLD_TESTING);
		testData.speaks(regulator, "pl");
		mailer.send(regulator.organisation(), "submitted", "RWT-2026-000001", "Polish Ranker", "Anbieter GmbH",
				mailer.link("oversight/testing"));
		assertThat(TestMailServer.awaitMail(TestData.mailbox(regulator), 1).subject())
			.isEqualTo("Plan testów RWT-2026-000001 przedłożony do zatwierdzenia");
	}

	@Test
	@DisplayName("Issue 19: a provider gets the review outcome in its people's language (Italian in a German "
			+ "organisation)")
	void providerInItsPeoplesLanguage() {
		TestUser provider = testData.provider();
		testData.speaks(provider, "it");
		mailer.send(provider.organisation(), "reviewAPPROVED", "RWT-2026-000002", "Ranker", "Bundesnetzagentur", "",
				mailer.link("workspace/tests"));
		assertThat(TestMailServer.awaitMail(TestData.mailbox(provider), 1).subject())
			.isEqualTo("Piano di prova RWT-2026-000002 approvato per Bundesnetzagentur");
	}

}
