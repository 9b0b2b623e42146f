package org.airegistry.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.airegistry.shell.components.StaticHtml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/** The first response writes Vaadin's element tree as the browser would get it. */
class HtmlSerialiserTest {

	static String html(com.vaadin.flow.component.Component component) {
		Document document = Document.createShell("");
		return HtmlSerialiser.toHtml(document, component.getElement()).map(Node::outerHtml).orElse("");
	}

	@Test
	@DisplayName("Texts are escaped like any text: markup from an entry stays text")
	void escapes() {
		H1 heading = new H1("<b>bold</b><script>alert(1)</script> & \"quotes\"");
		Anchor link = new Anchor("systems/AIR-000001?a=1&b=\"2\"", "x");
		String html = html(new Div(heading, link));
		assertThat(html).contains("&lt;b&gt;bold&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\"")
			.contains("href=\"systems/AIR-000001?a=1&amp;b=&quot;2&quot;\"")
			.doesNotContain("<script>");
	}

	@Test
	@DisplayName("Invisible components are left out, as Vaadin does")
	void invisible() {
		Span hidden = new Span("secret");
		hidden.setVisible(false);
		assertThat(html(new Div(new Span("shown"), hidden))).contains("shown").doesNotContain("secret");
	}

	@Test
	@DisplayName("An interactive component is replaced by its stand-in, or left out")
	void standIns() {
		Select<Locale> select = new Select<>();
		select.setItems(Locale.ENGLISH, Locale.GERMAN);
		StaticHtml.standIn(select, new Paragraph("links instead"));
		Button print = StaticHtml.omit(new Button("Print"));
		String html = html(new Div(select, print, new Span("kept")));
		assertThat(html).contains("<p>links instead</p>")
			.doesNotContain("vaadin-select")
			.doesNotContain("Print")
			.contains("kept");
	}

	@Test
	@DisplayName("Issue 17: a UI in a visitor's session keeps no stand-ins, the first response's UI does")
	void standInsOnlyInTheFirstResponse() {
		try {
			// Vaadin holds the current UI weakly: the test keeps it, as a session does
			UI visitor = new UI();
			UI.setCurrent(visitor);
			Select<Locale> live = StaticHtml.standIn(new Select<>(), new Paragraph("links instead"));
			Button print = StaticHtml.omit(new Button("Print"));
			assertThat(StaticHtml.standInOf(live)).isEmpty();
			assertThat(StaticHtml.standInOf(print)).isEmpty();
			assertThat(UI.getCurrent()).isSameAs(visitor);

			UI firstResponse = new UI();
			StaticHtml.firstResponse(firstResponse);
			UI.setCurrent(firstResponse);
			Select<Locale> written = StaticHtml.standIn(new Select<>(), new Paragraph("links instead"));
			assertThat(html(new Div(written, StaticHtml.omit(new Button("Print"))))).contains("<p>links instead</p>")
				.doesNotContain("vaadin-select")
				.doesNotContain("Print");
		}
		finally {
			UI.setCurrent(null);
		}
	}

	@Test
	@DisplayName("Sanitised inner HTML (search snippets) is written as markup")
	void innerHtml() {
		Paragraph snippet = new Paragraph();
		snippet.getElement().setProperty("innerHTML", "a <mark>match</mark>");
		assertThat(html(snippet)).isEqualTo("<p>a <mark>match</mark></p>");
	}

}
