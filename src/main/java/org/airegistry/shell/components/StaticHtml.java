package org.airegistry.shell.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * What an interactive component is in the first HTML response, before Vaadin's scripts
 * have run (and for readers without JavaScript): a plain-HTML stand-in built by the view
 * from the same texts (e.g. a search field becomes a {@code <form method="get">}, a facet
 * chooser a list of links), or nothing. Components without a stand-in are written as they
 * are.
 * <p>
 * Only the first response is written from stand-ins, and it is rendered in a UI of its
 * own that never reaches the browser ({@link #firstResponse(UI)}). A UI that lives in a
 * visitor's session does not keep them: a stand-in built there is left to the garbage
 * collector (issue 17, DD037: each kept stand-in is a component tree per page and
 * visitor). Without a current UI (e.g. a component written directly) they are kept.
 */
public final class StaticHtml {

	private StaticHtml() {
	}

	/** In the first response, {@code plain} stands in for {@code interactive}. */
	public static <C extends Component> C standIn(C interactive, Component plain) {
		if (written()) {
			ComponentUtil.setData(interactive, StandIn.class, new StandIn(plain));
		}
		return interactive;
	}

	/** The component is left out of the first response (e.g. a print button). */
	public static <C extends Component> C omit(C interactive) {
		if (written()) {
			ComponentUtil.setData(interactive, StandIn.class, new StandIn(null));
		}
		return interactive;
	}

	/**
	 * Marks {@code ui} as the short-lived UI in which the first response is rendered: the
	 * components built in it keep their stand-ins.
	 */
	public static void firstResponse(UI ui) {
		ComponentUtil.setData(ui, FirstResponseUi.class, FirstResponseUi.MARK);
	}

	/**
	 * Whether the components built now may be written as the first response: in the first
	 * response's UI, or outside any UI.
	 */
	static boolean written() {
		UI ui = UI.getCurrent();
		return ui == null || ComponentUtil.getData(ui, FirstResponseUi.class) != null;
	}

	private enum FirstResponseUi {

		MARK

	}

	/**
	 * The stand-in of a component: empty if it has none, a holder of {@code null} if it
	 * is left out.
	 */
	public static java.util.Optional<StandIn> standInOf(Component component) {
		return java.util.Optional.ofNullable(ComponentUtil.getData(component, StandIn.class));
	}

	/** A registered stand-in ({@code plain} is {@code null} when left out). */
	public record StandIn(@org.jspecify.annotations.Nullable Component plain) {
	}

}
