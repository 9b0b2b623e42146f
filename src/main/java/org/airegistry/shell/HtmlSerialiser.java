package org.airegistry.shell;

import java.util.Optional;

import org.airegistry.shell.components.StaticHtml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * Writes a rendered Vaadin element tree as HTML for the first response: the same
 * elements, attributes and texts the browser gets from Vaadin, escaped by jsoup like any
 * other text; invisible elements left out, interactive components replaced by their
 * {@link StaticHtml} stand-ins.
 */
final class HtmlSerialiser {

	private HtmlSerialiser() {
	}

	/** The element as a jsoup node of {@code document}, or empty if it is left out. */
	static Optional<Node> toHtml(Document document, Element element) {
		if (element.isTextNode()) {
			return Optional.of(new TextNode(element.getText()));
		}
		if (!element.isVisible()) {
			return Optional.empty();
		}
		Optional<Component> component = element.getComponent();
		if (component.isPresent() && component.get().getElement().equals(element)) {
			Optional<StaticHtml.StandIn> standIn = StaticHtml.standInOf(component.get());
			if (standIn.isPresent()) {
				Component plain = standIn.get().plain();
				return plain == null ? Optional.empty() : toHtml(document, plain.getElement());
			}
		}
		org.jsoup.nodes.Element target = document.createElement(element.getTag());
		if (element.hasProperty("innerHTML")) {
			// only set by views from sanitised HTML (e.g. search snippets with <mark>)
			target.html(String.valueOf(element.getPropertyRaw("innerHTML")));
		}
		element.getAttributeNames().forEach(name -> {
			String value = element.getAttribute(name);
			if (value == null || value.isEmpty()) {
				target.attr(name, true);
			}
			else {
				target.attr(name, value);
			}
		});
		if ("input".equals(element.getTag())) {
			if (element.hasProperty("value")) {
				target.attr("value", String.valueOf(element.getPropertyRaw("value")));
			}
			if (element.getProperty("checked", false)) {
				target.attr("checked", true);
			}
		}
		element.getChildren().forEach(child -> toHtml(document, child).ifPresent(target::appendChild));
		return Optional.of(target);
	}

}
