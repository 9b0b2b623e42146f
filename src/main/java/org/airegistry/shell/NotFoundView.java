package org.airegistry.shell;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page that does not exist, or that the visitor may not know exists: 404, in the first
 * response too.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		return ErrorPage.NOT_FOUND.fill(this, this::getTranslation);
	}

}
