package org.airegistry.organisation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Demo mode only: a mail sender without SMTP that logs every message in full at INFO and
 * keeps it in memory, so verification and invitation links of the demo run are never lost
 * (look for "DEV MAILBOX" in the log).
 */
@Component
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
public class DevMailbox extends JavaMailSenderImpl {

	private static final Logger log = LoggerFactory.getLogger(DevMailbox.class);

	/** A recorded mail. */
	public record Mail(String to, String subject, String body) {
	}

	private final List<Mail> mails = Collections.synchronizedList(new ArrayList<>());

	@Override
	protected void doSend(MimeMessage[] messages, Object[] originals) {
		for (MimeMessage message : messages) {
			try {
				Mail mail = new Mail(Arrays.toString(message.getAllRecipients()), message.getSubject(),
						String.valueOf(message.getContent()));
				mails.add(mail);
				log.info("DEV MAILBOX (demo only, not sent)\nTo: {}\nSubject: {}\n\n{}\n", mail.to(), mail.subject(),
						mail.body());
			}
			catch (MessagingException | IOException ex) {
				throw new MailPreparationException(ex);
			}
		}
	}

	/** The mails recorded since start, newest last. */
	public List<Mail> mails() {
		return List.copyOf(mails);
	}

}
