package org.airegistry.explanation;

import java.util.Locale;

import org.airegistry.shared.ActionRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Renders explanation mails in the recipient's language from
 * {@code i18n/explanation*.properties} and sends them through Spring's
 * {@link JavaMailSender}. Every mail is marked with the header {@value #PERSONAL_DATA} so
 * that the demo mailbox never logs its recipient or body. Failures are logged with the
 * mail's kind only, never the address.
 */
@Component
class ExplanationMailer {

	/** Header marking mails that contain personal data of an explanation request. */
	static final String PERSONAL_DATA = "X-Airegistry-Personal-Data";

	private static final Logger log = LoggerFactory.getLogger(ExplanationMailer.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

	private final String baseUrl;

	private final String from;

	ExplanationMailer(ObjectProvider<JavaMailSender> senders,
			@Value("${airegistry.base-url:http://localhost:${server.port:8080}}") String baseUrl,
			@Value("${airegistry.mail.from:registry@airegistry.example}") String from) {
		this.senders = senders;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
		texts.setBasename("i18n/explanation");
		texts.setDefaultEncoding("ISO-8859-1");
		texts.setFallbackToSystemLocale(false);
	}

	String link(String route, String token) {
		return baseUrl + "/" + route + "?token=" + token;
	}

	String page(String route) {
		return baseUrl + "/" + route;
	}

	/** Sends a mail; when the mail server refuses, the caller's change is refused. */
	void send(String to, String language, String kind, Object... arguments) {
		Locale locale = Locale.forLanguageTag(language);
		String subject = texts.getMessage("explanation.mail." + kind + ".subject", arguments, locale);
		String body = texts.getMessage("explanation.mail." + kind + ".body", arguments, locale) + "\n\n"
				+ texts.getMessage("explanation.mail.footer", null, locale);
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			log.error("No mail server configured (spring.mail.host); cannot send an explanation '{}' mail", kind);
			throw new ActionRefusedException("mail.unavailable");
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body);
			message.setHeader(PERSONAL_DATA, "true");
			sender.send(message);
		}
		catch (MessagingException | MailException ex) {
			log.warn("Sending an explanation '{}' mail failed ({})", kind, ex.getClass().getSimpleName());
			throw new ActionRefusedException("mail.unavailable");
		}
	}

}
