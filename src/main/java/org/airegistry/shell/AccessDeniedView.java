package org.airegistry.shell;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A signed-in visitor opened a page their role does not allow: 403 with a plain
 * explanation (anonymous visitors are sent to the login page before they get here).
 * Replaces Vaadin's default, which pretends the page does not exist.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		return ErrorPage.FORBIDDEN.fill(this, this::getTranslation);
	}

}
