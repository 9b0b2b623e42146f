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
		return render(this);
	}

	/** Fills the page with the not-found message; returns the HTTP status to answer. */
	static int render(Main page) {
		page.removeAll();
		page.addClassName("page");
		page.add(new H1(page.getTranslation("error.notFound.title")),
				new Paragraph(page.getTranslation("error.notFound.text")),
				new Anchor("", page.getTranslation("error.backHome")));
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
