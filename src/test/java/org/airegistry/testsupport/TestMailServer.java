package org.airegistry.testsupport;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One real SMTP server (GreenMail) per test JVM on a free port; the application sends
 * mail to it through Spring's mail support. Tests read what arrived, by recipient.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	/** A received mail, decoded. */
	public record Mail(String to, String subject, String body) {

		/**
		 * The first link in the body that contains the path, e.g. {@code account/verify}.
		 */
		public String link(String path) {
			Matcher matcher = Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(body);
			if (!matcher.find()) {
				throw new AssertionError("No link to " + path + " in: " + body);
			}
			return matcher.group();
		}

		/** The token of the first link to the path. */
		public String token(String path) {
			String link = link(path);
			return link.substring(link.indexOf("token=") + "token=".length());
		}

	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-shutdown"));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test-mail-server",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", server().getSmtp().getPort())));
	}

	/** All mails received for the address so far. */
	public static List<Mail> mailsTo(String address) {
		return Arrays.stream(server().getReceivedMessages()).map(TestMailServer::decode).filter(mail -> {
			return mail.to().equalsIgnoreCase(address);
		}).toList();
	}

	/** Waits briefly for the n-th mail to the address and returns it. */
	public static Mail awaitMail(String address, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(address).size() >= count);
		return mailsTo(address).get(count - 1);
	}

	private static Mail decode(MimeMessage message) {
		try {
			return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(),
					String.valueOf(message.getContent()).replace("\r\n", "\n"));
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
