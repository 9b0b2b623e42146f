package org.airegistry.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SnippetsTest {

	@Test
	@DisplayName("Entry text is escaped, so script in an entry never reaches the page as markup")
	void escapesScript() {
		String html = Snippets.highlight("<script>alert('x')</script> & \"more\"", "alert", 160);

		assertThat(html)
			.isEqualTo("&lt;script&gt;<mark>alert</mark>(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;");
		assertThat(html).doesNotContain("<script");
	}

	@Test
	@DisplayName("Every occurrence of the query is marked, whatever its case, keeping the text's case")
	void marksAllOccurrences() {
		assertThat(Snippets.highlight("Credit scoring for credit lines", "CREDIT", 160))
			.isEqualTo("<mark>Credit</mark> scoring for <mark>credit</mark> lines");
	}

	@Test
	@DisplayName("A long text is cut around the first match at word boundaries")
	void windowAroundMatch() {
		String text = "word ".repeat(100) + "biometric identification " + "tail ".repeat(100);

		String html = Snippets.highlight(text, "biometric", 80);

		assertThat(html).startsWith("… word").endsWith(" …").contains("<mark>biometric</mark> identification");
		assertThat(html.replace("<mark>", "").replace("</mark>", "").length()).isLessThanOrEqualTo(80 + 4);
	}

	@Test
	@DisplayName("Without a match the snippet is the escaped beginning of the text")
	void noMatch() {
		assertThat(Snippets.highlight("Triage <b>support</b>", "radiology", 160))
			.isEqualTo("Triage &lt;b&gt;support&lt;/b&gt;");
		assertThat(Snippets.highlight("", "x", 160)).isEmpty();
	}

	@Test
	@DisplayName("Typos: words within the fuzziness the search allows are marked, folded and escaped")
	void marksNearMisses() {
		assertThat(Snippets.highlightSimilar("Real-time video surveillance <b>of</b> public spaces", "survelance", 160))
			.contains("Real-time video <mark>surveillance</mark> &lt;b&gt;of&lt;/b&gt; public spaces");
		assertThat(Snippets.highlightSimilar("Évalue la solvabilité des personnes", "evalue solvabilite", 160))
			.contains("<mark>Évalue</mark> la <mark>solvabilité</mark> des personnes");
		assertThat(Snippets.highlightSimilar("Grid monitors for substations", "monitrs", 160))
			.contains("Grid <mark>monitors</mark> for substations");
		// words of different lengths in one query, accents only in the text
		assertThat(Snippets.highlightSimilar("Bewertet die Kreditwürdigkeit von Antragstellern",
				"kreditwurdigkiet antragsteler", 160))
			.contains("Bewertet die <mark>Kreditwürdigkeit</mark> von <mark>Antragstellern</mark>");
	}

	@Test
	@DisplayName("Typos: short words must match exactly, far words are not marked and nothing close gives no snippet")
	void nearMissLimits() {
		assertThat(Snippets.similar("ai", "at")).isFalse();
		assertThat(Snippets.similar("loan", "lean")).isFalse();
		assertThat(Snippets.similar("cake", "case")).isFalse();
		assertThat(Snippets.similar("hiring", "during")).isFalse();
		assertThat(Snippets.similar("hirring", "hiring")).isTrue();
		assertThat(Snippets.similar("loan", "lemon")).isFalse();
		assertThat(Snippets.similar("recrutment", "recruitment")).isTrue();
		assertThat(Snippets.highlightSimilar("Scores consumer credit applications", "ambulance", 160)).isEmpty();
		assertThat(Snippets.highlightSimilar("Anything", "  ", 160)).isEmpty();
	}

	@Test
	@DisplayName("A 5 000-character unbroken word becomes a snippet of at most the snippet length, marks closed")
	void boundedSnippets() {
		String word = "x".repeat(5000);
		String marked = "Intro <mark>" + word + "</mark> tail &amp; more";

		String bounded = Snippets.bounded(marked, 160);

		assertThat(bounded.replace("<mark>", "").replace("</mark>", "").replace("&amp;", "&"))
			.hasSizeLessThanOrEqualTo(164);
		assertThat(bounded).startsWith("Intro <mark>x").endsWith("</mark> …");
		assertThat(Snippets.bounded("short <mark>one</mark>", 160)).isEqualTo("short <mark>one</mark>");
		assertThat(Snippets.highlight("a" + word, "zzz", 160)).hasSizeLessThanOrEqualTo(162);
		assertThat(Snippets.bounded("Begins " + "y".repeat(400) + " <mark>hit</mark> end", 160))
			.contains("<mark>hit</mark>")
			.startsWith("… ");
	}

	@Test
	@DisplayName("A cut snippet keeps entities whole, closes the mark it cuts and says where text was left out")
	void boundedCutsAtWholeCharacters() {
		// the expected values are those of the cut before it stopped allocating a
		// string per character (DD029; the same on 3 000 random fragments)
		assertThat(
				Snippets.bounded(
						"Checks " + "applications ".repeat(6)
								+ "<mark>credit &amp; solvency of long marked words</mark> then more &lt;b&gt; text",
						30))
			.isEqualTo("… lications <mark>credit &amp; solvency of</mark> …");
		assertThat(
				Snippets.bounded("<mark>Début</mark> d&#x27;une longue phrase " + "très ".repeat(12) + "&amp; fin", 25))
			.isEqualTo("<mark>Début</mark> d&#x27;une longue phrase …");
	}

}
