package org.airegistry.moderation;

import java.util.Locale;

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
 * Tells a reporter who gave an email address about their report. A mail that cannot be
 * sent does not undo the report (the private link shows the status); the address is never
 * logged.
 */
@Component
class ReportMailer {

	private static final Logger log = LoggerFactory.getLogger(ReportMailer.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final String baseUrl;

	private final String from;

	private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

	ReportMailer(ObjectProvider<JavaMailSender> senders,
			@Value("${airegistry.base-url:http://localhost:${server.port:8080}}") String baseUrl,
			@Value("${airegistry.mail.from:registry@airegistry.example}") String from) {
		this.senders = senders;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
		texts.setBasename("i18n/moderation");
		texts.setDefaultEncoding("UTF-8");
		texts.setFallbackToSystemLocale(false);
	}

	void filed(String to, String language, String reference, String registrationNumber, String token) {
		send(to, Locale.forLanguageTag(language), "filed", reference, registrationNumber,
				baseUrl + "/reports/" + token);
	}

	void answered(String to, String language, String reference, ReportStatus outcome) {
		Locale locale = Locale.forLanguageTag(language);
		send(to, locale, "answered", reference, texts.getMessage("report.status." + outcome.name(), null, locale));
	}

	private void send(String to, Locale locale, String kind, Object... arguments) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			log.warn("No mail server configured; the '{}' mail about a report was not sent", kind);
			return;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(texts.getMessage("report.mail." + kind + ".subject", arguments, locale));
			helper.setText(texts.getMessage("report.mail." + kind + ".body", arguments, locale));
			sender.send(message);
		}
		catch (MessagingException | MailException ex) {
			log.warn("Sending the '{}' mail about a report failed: {}", kind, ex.getClass().getSimpleName());
		}
	}

}
