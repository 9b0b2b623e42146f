package org.airegistry.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;

/**
 * The mail server as health sees it ({@code mail}, in the group {@code degradable}): UP
 * when it accepts a connection, {@value #DEGRADED_CODE} when it does not (the portal
 * keeps working; actions that must send a mail are refused with a message until it is
 * back). Replaces Spring Boot's mail indicator, which reports DOWN and logs a stack trace
 * at every health call; this one logs one line when the state changes.
 */
@Component("mailHealthIndicator")
class MailHealth implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(MailHealth.class);

	static final String DEGRADED_CODE = "DEGRADED";

	static final Status DEGRADED = new Status(DEGRADED_CODE,
			"Mail cannot be sent; actions that must send one are refused until the mail server is back");

	private final ObjectProvider<JavaMailSender> senders;

	private volatile boolean lastUp = true;

	MailHealth(ObjectProvider<JavaMailSender> senders) {
		this.senders = senders;
	}

	@Override
	public Health health() {
		JavaMailSender sender = senders.getIfAvailable();
		if (!(sender instanceof JavaMailSenderImpl smtp)) {
			return changed(Health.status(DEGRADED).withDetail("error", "no mail server configured").build(), false);
		}
		try {
			smtp.testConnection();
			return changed(Health.up().build(), true);
		}
		catch (MessagingException ex) {
			return changed(Health.status(DEGRADED).withDetail("error", ex.getClass().getSimpleName()).build(), false);
		}
	}

	private Health changed(Health health, boolean up) {
		if (up != lastUp) {
			lastUp = up;
			if (up) {
				log.info("Mail server reachable again");
			}
			else {
				log.warn("Mail server unreachable: {}", health.getDetails());
			}
		}
		return health;
	}

}
