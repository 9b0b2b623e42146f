package org.airegistry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

@ExtendWith(OutputCaptureExtension.class)
class DevMailboxTest {

	@Test
	@DisplayName("Architecture convention 15: the demo mailbox logs mails with personal data without body and with a masked recipient")
	void masksPersonalMails(CapturedOutput output) throws Exception {
		try (DevMailbox mailbox = new DevMailbox()) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
			message.setFrom("registry@airegistry.example");
			message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("jane.doe@private.example.org"));
			message.setSubject("Your explanation request EXR-000001");
			message.setText("Secret body with the decision");
			message.setHeader(DevMailbox.PERSONAL_DATA, "true");
			mailbox.send(message);

			assertThat(output.getAll()).contains("j***@***.org")
				.contains("EXR-000001")
				.doesNotContain("jane.doe")
				.doesNotContain("Secret body");
			assertThat(mailbox.mails()).singleElement()
				.satisfies(mail -> assertThat(mail.body()).contains("Secret body"));
		}
	}

	@Test
	@DisplayName("Account mails of the demo run stay readable in the log")
	void logsAccountMails(CapturedOutput output) throws Exception {
		try (DevMailbox mailbox = new DevMailbox()) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
			message.setFrom("registry@airegistry.example");
			message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("org-admin@acme.example"));
			message.setSubject("Verify");
			message.setText("Open https://x/account/verify?token=abc");
			mailbox.send(message);
			assertThat(output.getAll()).contains("org-admin@acme.example").contains("account/verify?token=abc");
			// delivered over SMTP to the demo's own server: the mail check can connect
			mailbox.testConnection();
			assertThat(mailbox.mails()).singleElement()
				.satisfies(mail -> assertThat(mail.to()).isEqualTo("[org-admin@acme.example]"));
		}
	}

}
