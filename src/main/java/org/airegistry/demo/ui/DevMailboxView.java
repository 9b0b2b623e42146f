package org.airegistry.demo.ui;

import java.util.List;

import org.airegistry.demo.DevMailbox;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Demo mode only: the mails the demo run "sent", newest first, including those with
 * personal data that the log does not show. Outside demo mode the route is not even
 * registered ({@link DemoRoutes}): the path does not exist.
 */
@AnonymousAllowed
public class DevMailboxView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ObjectProvider<DevMailbox> mailbox;

	public DevMailboxView(ObjectProvider<DevMailbox> mailbox) {
		this.mailbox = mailbox;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		DevMailbox box = mailbox.getIfAvailable();
		if (box == null) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		removeAll();
		add(new H1(getTranslation("devMailbox.title")), new Paragraph(getTranslation("devMailbox.intro")));
		List<DevMailbox.Mail> mails = box.mails().reversed();
		if (mails.isEmpty()) {
			add(new Paragraph(getTranslation("devMailbox.empty")));
		}
		for (DevMailbox.Mail mail : mails) {
			add(new Article(new H2(mail.subject()), new Paragraph(getTranslation("devMailbox.to", mail.to())),
					new Pre(mail.body())));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("devMailbox.title") + " · " + getTranslation("app.name");
	}

}
