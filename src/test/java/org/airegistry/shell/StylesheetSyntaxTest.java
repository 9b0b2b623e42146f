package org.airegistry.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The portal's stylesheets close every block they open. A brace lost in a merge once put
 * every rule after the phone media query inside it: the written first response lost its
 * header styles on wide screens and the heading moved when Vaadin took over. Browsers
 * accept such a file silently, so the build checks it.
 */
class StylesheetSyntaxTest {

	static List<Path> stylesheets() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("frontend/styles"))) {
			return files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
		}
	}

	@ParameterizedTest
	@MethodSource("stylesheets")
	@DisplayName("Every block of a stylesheet is closed, and none is closed twice")
	void balancedBlocks(Path stylesheet) throws IOException {
		String css = Files.readString(stylesheet)
			// comments and strings may hold braces
			.replaceAll("(?s)/\\*.*?\\*/", "")
			.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'", "\"\"");
		int depth = 0;
		int line = 1;
		for (char c : css.toCharArray()) {
			if (c == '\n') {
				line++;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
				assertThat(depth).as("%s: a block closed twice near line %d", stylesheet, line)
					.isGreaterThanOrEqualTo(0);
			}
		}
		assertThat(depth).as("%s: blocks left open at the end", stylesheet).isZero();
	}

}
