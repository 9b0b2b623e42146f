package org.airegistry.notification;

import org.airegistry.shared.ActionRefusedException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the modules' mails through Spring's {@link JavaMailSender}, from
 * {@code airegistry.mail.from}, and makes absolute links from
 * {@code airegistry.base-url}. Failures are logged with the mail's kind and the exception
 * type only, never the address or the text.
 */
@Component
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	/**
	 * Mails by kind, delivery and outcome ({@code airegistry_mail_total} in Prometheus).
	 */
	public static final String METER = "airegistry.mail";

	static final String REQUIRED = "required";

	static final String BEST_EFFORT = "best-effort";

	static final String SENT = "sent";

	static final String FAILED = "failed";

	private final ObjectProvider<JavaMailSender> senders;

	private final String baseUrl;

	private final String from;

	private final MeterRegistry meters;

	MailOutbox(ObjectProvider<JavaMailSender> senders,
			@Value("${airegistry.base-url:http://localhost:${server.port:8080}}") String baseUrl,
			@Value("${airegistry.mail.from:registry@airegistry.example}") String from,
			ObjectProvider<MeterRegistry> meters) {
		this.senders = senders;
		this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
	}

	/**
	 * The mails whose texts are {@code <keyPrefix><kind>.subject} and {@code .body},
	 * counted and logged as {@code <kindPrefix><kind>}.
	 */
	public MailTemplate template(String keyPrefix, String kindPrefix) {
		return new MailTemplate(this, keyPrefix, kindPrefix, false, null);
	}

	/** An absolute link to a path of the portal, e.g. {@code account/verify?token=…}. */
	public String link(String path) {
		return baseUrl + "/" + path;
	}

	/**
	 * Sends a mail the caller's change depends on.
	 * @throws ActionRefusedException ({@code mail.unavailable}) when no mail server is
	 * configured or it refuses the mail, so the caller's transaction is rolled back
	 */
	public void send(Mail mail) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			log.error("No mail server configured (spring.mail.host); cannot send the '{}' mail", mail.kind());
			count(mail, REQUIRED, FAILED);
			throw new ActionRefusedException("mail.unavailable");
		}
		try {
			deliver(sender, mail);
			count(mail, REQUIRED, SENT);
		}
		catch (MessagingException | MailException ex) {
			log.warn("Sending the '{}' mail failed ({})", mail.kind(), ex.getClass().getSimpleName());
			count(mail, REQUIRED, FAILED);
			throw new ActionRefusedException("mail.unavailable");
		}
	}

	/** Sends a mail whose loss must not undo anything: failures are only logged. */
	public void sendIfPossible(Mail mail) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			log.warn("No mail server configured; the '{}' mail was not sent", mail.kind());
			count(mail, BEST_EFFORT, FAILED);
			return;
		}
		try {
			deliver(sender, mail);
			count(mail, BEST_EFFORT, SENT);
		}
		catch (MessagingException | MailException ex) {
			log.warn("Sending the '{}' mail failed ({})", mail.kind(), ex.getClass().getSimpleName());
			count(mail, BEST_EFFORT, FAILED);
		}
	}

	/**
	 * Counts the mail in {@value #METER} by kind (a fixed set of names, e.g.
	 * {@code verify}), delivery (must-send or best-effort) and outcome; never the
	 * address.
	 */
	private void count(Mail mail, String delivery, String outcome) {
		meters.counter(METER, "kind", mail.kind(), "delivery", delivery, "outcome", outcome).increment();
	}

	private void deliver(JavaMailSender sender, Mail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
		helper.setFrom(from);
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.body());
		if (mail.personalData()) {
			message.setHeader(Mail.PERSONAL_DATA_HEADER, "true");
		}
		sender.send(message);
	}

}
