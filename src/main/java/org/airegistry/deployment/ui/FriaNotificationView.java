package org.airegistry.deployment.ui;

import java.util.UUID;

import org.airegistry.deployment.FriaNotification;
import org.airegistry.deployment.FriaOversight;
import org.airegistry.shared.Competence;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One notified impact assessment in full, as the authority received it, with
 * acknowledgement.
 */
@Route(FriaNotificationView.ROUTE)
@RolesAllowed(Competence.Names.FRIA_NOTIFICATIONS)
public class FriaNotificationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = FriaInboxView.ROUTE + "/:id";

	private final FriaOversight oversight;

	private String title = "";

	public FriaNotificationView(FriaOversight oversight) {
		this.oversight = oversight;
		addClassName("page");
	}

	static String route(UUID id) {
		return FriaInboxView.ROUTE + "/" + id;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			show(oversight.open(UUID.fromString(event.getRouteParameters().get("id").orElse(""))));
		}
		catch (IllegalArgumentException | NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	private void show(FriaNotification notification) {
		removeAll();
		title = getTranslation("fria.notification.title", notification.systemName());
		add(new H1(title));
		add(new Paragraph(getTranslation("fria.notification.meta", notification.deployerName(),
				notification.providerRegistrationNumber(), notification.assessmentVersion(),
				Formats.dateTime(notification.notifiedAt(), getLocale()))));
		Paragraph hash = new Paragraph(getTranslation("deployment.public.sha256") + " ");
		Code code = new Code(notification.contentSha256());
		code.addClassName("hash");
		hash.add(code);
		add(hash);
		if (notification.acknowledgedAt() != null) {
			add(new Paragraph(getTranslation("fria.notification.acknowledgedAt",
					Formats.dateTime(notification.acknowledgedAt(), getLocale()))));
		}
		else {
			Button acknowledge = new Button(getTranslation("fria.notification.acknowledge"), click -> {
				show(oversight.acknowledge(notification.id()));
				Problems.success(getTranslation("fria.notification.acknowledged"));
			});
			acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			add(acknowledge);
		}
		add(FriaContent.of(this, notification.data()));
		add(new Paragraph(new Anchor(FriaInboxView.ROUTE, getTranslation("fria.notification.back"))));
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
