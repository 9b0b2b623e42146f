package org.airegistry.notification;

import java.util.Locale;

import org.airegistry.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;

/**
 * One family of mails (a key prefix of the bundles, e.g. {@code incident.mail.}): renders
 * a mail's subject and body in its {@link MailRecipient recipient's} language and sends
 * it through the {@link MailOutbox}. Every module writes its mails through one of these,
 * so that "pick the language, render, send" exists once.
 */
public final class MailTemplate {

	private final MailOutbox outbox;

	private final String keyPrefix;

	private final String kindPrefix;

	private final boolean personalData;

	private final @Nullable String footerKey;

	private final Translations texts = Translations.standard();

	MailTemplate(MailOutbox outbox, String keyPrefix, String kindPrefix, boolean personalData,
			@Nullable String footerKey) {
		this.outbox = outbox;
		this.keyPrefix = keyPrefix;
		this.kindPrefix = kindPrefix;
		this.personalData = personalData;
		this.footerKey = footerKey;
	}

	/**
	 * The same family for mails that carry an explanation requester's personal data
	 * ({@link Mail#PERSONAL_DATA_HEADER}), with the text under {@code footerKey} below
	 * every body.
	 */
	public MailTemplate withPersonalData(String footerKey) {
		return new MailTemplate(outbox, keyPrefix, kindPrefix, true, footerKey);
	}

	/**
	 * The mail of the kind ({@code <prefix><kind>.subject} and {@code .body}) in the
	 * recipient's language.
	 */
	public Mail render(MailRecipient to, String kind, Object... arguments) {
		Locale locale = to.language();
		String body = texts.text(keyPrefix + kind + ".body", locale, arguments);
		if (footerKey != null) {
			body = body + "\n\n" + texts.text(footerKey, locale);
		}
		return new Mail(to.address(), kindPrefix + kind, texts.text(keyPrefix + kind + ".subject", locale, arguments),
				body, personalData);
	}

	/**
	 * Sends a mail the caller's change depends on ({@link MailOutbox#send}: a refused
	 * mail refuses the change).
	 */
	public void send(MailRecipient to, String kind, Object... arguments) {
		outbox.send(render(to, kind, arguments));
	}

	/**
	 * Sends a mail whose loss must not undo anything ({@link MailOutbox#sendIfPossible}).
	 */
	public void sendIfPossible(MailRecipient to, String kind, Object... arguments) {
		outbox.sendIfPossible(render(to, kind, arguments));
	}

	/** A text of the bundles in a mail's language, e.g. a status used as argument. */
	public String text(Locale language, String key, Object... arguments) {
		return texts.text(key, language, arguments);
	}

	/** An absolute link to a path of the portal. */
	public String link(String path) {
		return outbox.link(path);
	}

	/**
	 * An absolute link to a path with a token, e.g.
	 * {@code https://registry.example/account/verify?token=...}.
	 */
	public String link(String path, String token) {
		return outbox.link(path + "?token=" + token);
	}

}
