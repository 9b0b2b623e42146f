package org.airegistry.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Module test of the notifications: each change mails the right party, in the person's
 * language, through a real SMTP server, after the change is committed.
 */
@H2Test
class ExplanationNotificationsTest {

	@Autowired
	ExplanationService explanations;

	@Autowired
	TestData testData;

	@Test
	@DisplayName("Art 86 notifications: the person is mailed in German when information is requested and the deadline extended; the deployer when information arrives")
	void notifiesBothSides() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		testData.speaks(deployer, "de");
		String system = testData.publish(testData.provider(), testData.sampleEntry("Notified Ranker " + unique));
		String email = "benachrichtigt-" + unique + "@privat.example";
		String deployerContact = "contact-" + deployer.email().substring(deployer.email().indexOf('-') + 1);

		String reference = explanations
			.file(new NewExplanationRequest(system, deployer.organisation(), "Mein Antrag wurde abgelehnt.",
					LocalDate.of(2026, 3, 1), "", "Ich verliere meine Wohnung.", email, "de-DE"), "10.3.3.3");
		TestMailServer.Mail verify = TestMailServer.awaitMail(email, 1);
		assertThat(verify.subject()).isEqualTo("Bitte bestätigen Sie Ihre Erklärungsanfrage " + reference);
		assertThat(verify.body()).contains("Notified Ranker " + unique);
		String tracking = explanations.verify(verify.token(ExplanationRoutes.VERIFY)).orElseThrow().trackingToken();

		TestMailServer.Mail submitted = TestMailServer.awaitMail(email, 2);
		assertThat(submitted.subject()).contains("an den Betreiber gesendet");
		assertThat(submitted.body()).contains(ExplanationRoutes.TRACK + "?token=" + tracking);
		TestMailServer.Mail toDeployer = TestMailServer.awaitMail(deployerContact, 1);
		assertThat(toDeployer.subject()).isEqualTo("Neue Erklärungsanfrage " + reference + " (Art. 86)");
		assertThat(toDeployer.body()).contains(ExplanationRoutes.INBOX + "/" + reference).doesNotContain(email);

		testData.run(deployer, () -> explanations.requestInformation(reference, "Welche Filiale?"));
		TestMailServer.Mail question = TestMailServer.awaitMail(email, 3);
		assertThat(question.subject()).isEqualTo("Der Betreiber braucht Angaben zu Anfrage " + reference);
		assertThat(question.body()).doesNotContain("Welche Filiale?");

		explanations.provideInformation(tracking, "Filiale Mitte.");
		assertThat(TestMailServer.awaitMail(deployerContact, 2).subject())
			.isEqualTo("Angaben zu Anfrage " + reference + " eingegangen");

		testData.run(deployer, () -> explanations.extend(reference, 2, "Viele gleichartige Anfragen."));
		assertThat(TestMailServer.awaitMail(email, 4).subject())
			.isEqualTo("Die Frist der Anfrage " + reference + " wurde verlängert");
		assertThat(explanations.track(tracking).orElseThrow().thread()).extracting(ThreadMessage::kind)
			.containsExactly("INFORMATION_REQUEST", "INFORMATION", "EXTENSION");
	}

	@Test
	@DisplayName("Issue 19: the deployer is written to in its people's language (Polish in a German organisation), "
			+ "the person in the language of the request")
	void deployerInItsPeoplesLanguage() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		testData.speaks(deployer, "pl");
		String system = testData.publish(testData.provider(), testData.sampleEntry("Polish Ranker " + unique));
		String email = "polski-" + unique + "@privat.example";
		String reference = explanations.file(new NewExplanationRequest(system, deployer.organisation(),
				"Odrzucono mój wniosek.", LocalDate.of(2026, 3, 1), "", "Tracę mieszkanie.", email, "en"), "10.3.3.4");
		explanations.verify(TestMailServer.awaitMail(email, 1).token(ExplanationRoutes.VERIFY)).orElseThrow();
		assertThat(TestMailServer.awaitMail(email, 2).subject()).as("the person chose English")
			.contains(reference)
			.doesNotContain("wniosek");
		assertThat(TestMailServer.awaitMail(TestData.mailbox(deployer), 1).subject())
			.isEqualTo("Nowy wniosek o wyjaśnienie " + reference + " (art. 86)");
	}

}
