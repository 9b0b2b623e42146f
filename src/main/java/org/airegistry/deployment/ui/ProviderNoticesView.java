package org.airegistry.deployment.ui;

import java.util.List;

import org.airegistry.deployment.DeploymentUiRoutes;
import org.airegistry.deployment.ProviderNotice;
import org.airegistry.deployment.ProviderNotices;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Notices deployers sent the provider because a system they want to use is not registered
 * (Art 26(8)).
 */
@Route(DeploymentUiRoutes.PROVIDER_NOTICES)
@Menu(title = "nav.providerNotices", order = 11)
@RolesAllowed(Role.Names.PROVIDER)
public class ProviderNoticesView extends Main implements HasDynamicTitle {

	public ProviderNoticesView(ProviderNotices notices) {
		addClassName("page");
		add(new H1(getTranslation("notices.title")), new Paragraph(getTranslation("notices.intro")));
		List<ProviderNotice> mine = notices.myNotices();
		if (mine.isEmpty()) {
			add(new Paragraph(getTranslation("notices.empty")));
		}
		for (ProviderNotice notice : mine) {
			Article article = new Article(new H2(notice.systemDescription()),
					new Paragraph(getTranslation("notices.from", notice.deployerName(),
							Formats.dateTime(notice.sentAt(), getLocale()))));
			if (!notice.message().isEmpty()) {
				Paragraph message = new Paragraph(notice.message());
				message.addClassName("multiline");
				article.add(message);
			}
			article.addClassName("provider-notice");
			add(article);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("notices.title") + " · " + getTranslation("app.name");
	}

}
