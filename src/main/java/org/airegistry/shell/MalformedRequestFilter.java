package org.airegistry.shell;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses malformed addresses before anything reads them: a query string longer than
 * {@value #MAX_QUERY_LENGTH} characters (414), a query or path that is not valid
 * percent-encoded UTF-8 or contains a NUL character (400). The answer is the portal's
 * error page, or a problem document under {@code /api}, never a 500 or the container's
 * page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class MalformedRequestFilter extends OncePerRequestFilter {

	/** Longest accepted query string, in characters. */
	static final int MAX_QUERY_LENGTH = 8 * 1024;

	private final ErrorDocuments documents;

	MalformedRequestFilter(ErrorDocuments documents) {
		this.documents = documents;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (query != null && query.length() > MAX_QUERY_LENGTH) {
			documents.write(request, response, path, 414,
					"The query string is longer than " + MAX_QUERY_LENGTH + " characters.");
			return;
		}
		if (!wellFormed(request.getRequestURI()) || (query != null && !wellFormed(query))) {
			documents.write(request, response, path, HttpServletResponse.SC_BAD_REQUEST,
					"The address is not valid percent-encoded UTF-8 or contains a NUL character.");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether a raw (still percent-encoded) address part decodes to UTF-8 text without a
	 * NUL character.
	 */
	static boolean wellFormed(String raw) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return false;
				}
				int high = Character.digit(raw.charAt(i + 1), 16);
				int low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return false;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c < 0x80) {
				bytes.write(c);
			}
			else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		byte[] decoded = bytes.toByteArray();
		for (byte b : decoded) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(decoded));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
