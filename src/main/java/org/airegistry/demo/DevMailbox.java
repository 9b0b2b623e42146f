package org.airegistry.demo;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Demo mode only: a real SMTP server inside the application (GreenMail, on a free
 * loopback port) and the mail sender that delivers to it. Demo mails travel over SMTP
 * like production mails, so the mail health check and the mail metrics tell the truth;
 * what the server received is readable on the demo page {@code /dev/mailbox} and logged
 * at INFO (look for "DEV MAILBOX"), so verification and invitation links of the demo run
 * are never lost. Mails marked with the header {@value #PERSONAL_DATA} (explanation
 * requests of affected persons) are logged without body and with a masked recipient:
 * personal data never reaches the log.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
public class DevMailbox extends JavaMailSenderImpl implements DisposableBean, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DevMailbox.class);

	/** Header of mails whose recipient and body must not be logged. */
	public static final String PERSONAL_DATA = org.airegistry.notification.Mail.PERSONAL_DATA_HEADER;

	/** A received mail. */
	public record Mail(String to, String subject, String body) {
	}

	private final GreenMail server;

	public DevMailbox() {
		server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		setHost("127.0.0.1");
		setPort(server.getSmtp().getPort());
		log.info("Demo SMTP server listening on 127.0.0.1:{}; its mails are shown on /dev/mailbox", getPort());
	}

	@Override
	protected void doSend(MimeMessage[] messages, Object[] originals) {
		super.doSend(messages, originals);
		for (MimeMessage message : messages) {
			Mail mail = read(message);
			String[] personal = header(message);
			if (personal != null && personal.length > 0) {
				log.info("DEV MAILBOX (demo only): mail with personal data to {}, subject '{}'; "
						+ "read it on /dev/mailbox", mask(mail.to()), mail.subject());
			}
			else {
				log.info("DEV MAILBOX (demo only)\nTo: {}\nSubject: {}\n\n{}\n", mail.to(), mail.subject(),
						mail.body());
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

	/** The mails the demo SMTP server received since start, oldest first. */
	public List<Mail> mails() {
		return Arrays.stream(server.getReceivedMessages()).map(DevMailbox::read).toList();
	}

	private static Mail read(MimeMessage message) {
		try {
			return new Mail(Arrays.toString(message.getAllRecipients()), message.getSubject(),
					String.valueOf(message.getContent()).replace("\r\n", "\n"));
		}
		catch (MessagingException | IOException ex) {
			throw new MailPreparationException(ex);
		}
	}

	private static String[] header(MimeMessage message) {
		try {
			return message.getHeader(PERSONAL_DATA);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

	@Override
	public void destroy() {
		server.stop();
	}

	@Override
	public void close() {
		destroy();
	}

}
