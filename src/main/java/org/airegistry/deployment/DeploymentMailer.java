package org.airegistry.deployment;

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
 * Renders the deployment module's mails (notices to providers, provider status changes)
 * from {@code i18n/deployment*.properties} and sends them through Spring's
 * {@link JavaMailSender}. A refused mail fails the caller's transaction: notices are then
 * not stored, and status-change events are retried from the event publication registry.
 */
@Component
class DeploymentMailer {

	private static final Logger log = LoggerFactory.getLogger(DeploymentMailer.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

	private final String baseUrl;

	private final String from;

	DeploymentMailer(ObjectProvider<JavaMailSender> senders,
			@Value("${airegistry.base-url:http://localhost:${server.port:8080}}") String baseUrl,
			@Value("${airegistry.mail.from:registry@airegistry.example}") String from) {
		this.senders = senders;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
		texts.setBasename("i18n/deployment");
		texts.setDefaultEncoding("ISO-8859-1");
		texts.setFallbackToSystemLocale(false);
	}

	/** An absolute link to a path of the portal. */
	String link(String path) {
		return baseUrl + "/" + path;
	}

	/**
	 * Sends the mail in every language the portal offers (English first): the recipient
	 * is an organisation whose working language the registry does not know.
	 */
	void send(String to, String kind, Object... arguments) {
		String subject = texts.getMessage("mail." + kind + ".subject", arguments, Locale.ENGLISH) + " / "
				+ texts.getMessage("mail." + kind + ".subject", arguments, Locale.GERMAN);
		String body = texts.getMessage("mail." + kind + ".body", arguments, Locale.ENGLISH) + "\n\n-- Deutsch --\n\n"
				+ texts.getMessage("mail." + kind + ".body", arguments, Locale.GERMAN);
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			log.error("No mail server configured (spring.mail.host); cannot send '{}' mail", kind);
			throw new ActionRefusedException("mail.unavailable");
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body);
			sender.send(message);
		}
		catch (MessagingException | MailException ex) {
			log.warn("Sending the '{}' mail failed: {}", kind, ex.getMessage());
			throw new ActionRefusedException("mail.unavailable");
		}
	}

}
