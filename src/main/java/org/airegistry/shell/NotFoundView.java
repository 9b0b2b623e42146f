package org.airegistry.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist, or that the visitor may not know exists. */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		addClassName("page");
		add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
				new Anchor("", getTranslation("error.backHome")));
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
