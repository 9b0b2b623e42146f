package org.airegistry.shell.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;

/**
 * What an interactive component is in the first HTML response, before Vaadin's scripts
 * have run (and for readers without JavaScript): a plain-HTML stand-in built by the view
 * from the same texts (e.g. a search field becomes a {@code <form method="get">}, a facet
 * checkbox group a list of links), or nothing. Components without a stand-in are written
 * as they are.
 */
public final class StaticHtml {

	private StaticHtml() {
	}

	/** In the first response, {@code plain} stands in for {@code interactive}. */
	public static <C extends Component> C standIn(C interactive, Component plain) {
		ComponentUtil.setData(interactive, StandIn.class, new StandIn(plain));
		return interactive;
	}

	/** The component is left out of the first response (e.g. a print button). */
	public static <C extends Component> C omit(C interactive) {
		ComponentUtil.setData(interactive, StandIn.class, new StandIn(null));
		return interactive;
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
