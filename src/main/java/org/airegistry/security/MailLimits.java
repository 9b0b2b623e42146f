package org.airegistry.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.OrganisationId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.bucket4j.BucketConfiguration;

/**
 * Limits on what the registry's sender may be made to send (DD043): per sending
 * organisation and per recipient address, in shared buckets ({@link RateLimits}).
 * Recipients are counted under the SHA-256 of their address, so the bucket table never
 * holds an address.
 */
@Component
public class MailLimits {

	private final RateLimits limits;

	private final BucketConfiguration perOrganisation;

	private final BucketConfiguration perRecipient;

	MailLimits(RateLimits limits, @Value("${airegistry.mail.limits.per-organisation:20/P1D}") String perOrganisation,
			@Value("${airegistry.mail.limits.per-recipient:5/P1D}") String perRecipient) {
		this.limits = limits;
		this.perOrganisation = Limits.parse(perOrganisation);
		this.perRecipient = Limits.parse(perRecipient);
	}

	/**
	 * Takes the tokens of one mail an organisation has the registry send, or refuses.
	 * @param kind what is sent, e.g. {@code notice}, {@code invitation}
	 * @throws ActionRefusedException {@code mail.limit.organisation} or
	 * {@code mail.limit.recipient}
	 */
	public void takeOrRefuse(String kind, OrganisationId sender, String recipient) {
		if (!limits.tryConsume("mail." + kind + ".org:" + sender.value(), perOrganisation).isConsumed()) {
			throw new ActionRefusedException("mail.limit.organisation");
		}
		if (!limits.tryConsume("mail." + kind + ".to:" + hash(recipient), perRecipient).isConsumed()) {
			throw new ActionRefusedException("mail.limit.recipient");
		}
	}

	/**
	 * Whether one more mail to a recipient address that nobody verified may be sent (e.g.
	 * the confirmation of an anonymous report): the action itself goes ahead either way.
	 */
	public boolean mayMailUnverified(String kind, String recipient) {
		return limits.tryConsume("mail." + kind + ".to:" + hash(recipient), perRecipient).isConsumed();
	}

	static String hash(String address) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
