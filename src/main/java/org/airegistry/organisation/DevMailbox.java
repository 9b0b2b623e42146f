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
 * Demo mode only: a mail sender without SMTP that keeps every message in memory (readable
 * on the demo page {@code /dev/mailbox}) and logs it at INFO, so verification and
 * invitation links of the demo run are never lost (look for "DEV MAILBOX" in the log).
 * Mails marked with the header {@value #PERSONAL_DATA} (explanation requests of affected
 * persons) are logged without body and with a masked recipient: personal data never
 * reaches the log.
 */
@Component
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
public class DevMailbox extends JavaMailSenderImpl {

	private static final Logger log = LoggerFactory.getLogger(DevMailbox.class);

	/** Header of mails whose recipient and body must not be logged. */
	public static final String PERSONAL_DATA = org.airegistry.notification.Mail.PERSONAL_DATA_HEADER;

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
				String[] personal = message.getHeader(PERSONAL_DATA);
				if (personal != null && personal.length > 0) {
					log.info("DEV MAILBOX (demo only, not sent): mail with personal data to {}, subject '{}'; "
							+ "read it on /dev/mailbox", mask(mail.to()), mail.subject());
				}
				else {
					log.info("DEV MAILBOX (demo only, not sent)\nTo: {}\nSubject: {}\n\n{}\n", mail.to(),
							mail.subject(), mail.body());
				}
			}
			catch (MessagingException | IOException ex) {
				throw new MailPreparationException(ex);
			}
		}
	}

	/**
	 * The recipients with all but the first character of each address and the last label
	 * of its domain hidden, e.g. {@code [j***@***.org]}.
	 */
	static String mask(String recipients) {
		StringBuilder masked = new StringBuilder();
		for (String address : recipients.replace("[", "").replace("]", "").split(",")) {
			String trimmed = address.strip();
			int at = trimmed.indexOf('@');
			int dot = trimmed.lastIndexOf('.');
			masked.append(masked.isEmpty() ? "" : ", ")
				.append(trimmed.isEmpty() ? "" : trimmed.charAt(0))
				.append("***@***")
				.append(dot > at && at >= 0 ? trimmed.substring(dot) : "");
		}
		return "[" + masked + "]";
	}

	/** The mails recorded since start, newest last. */
	public List<Mail> mails() {
		return List.copyOf(mails);
	}

}
