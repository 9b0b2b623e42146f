package org.airegistry.shell;

import java.util.List;

import com.vaadin.flow.component.Component;

/**
 * Notices for the signed-in user above every page, contributed by the module that knows
 * them (issue 21: the people of an organisation awaiting approval were told so only on a
 * page behind the account menu, and the closed workspace said nothing).
 */
public interface SiteNotices {

	/**
	 * The notices for the current user, texts from {@code layout}'s translations; empty
	 * for most users.
	 */
	List<Component> forCurrentUser(Component layout);

}
