package org.airegistry.opendata.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.airegistry.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the open data API as an RFC 9457 problem detail: 4xx for bad input,
 * naming the parameter; never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	static final String SUSPENDED_TITLE = "Entry suspended from public view";

	private static final Translations TEXTS = Translations.standard();

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(ResourceNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), null);
	}

	/**
	 * 451 Unavailable For Legal Reasons (RFC 7725): the entry exists, but a measure of
	 * the market surveillance authority (Art 74/79) withholds it; the authority's public
	 * notice is the detail. Not 404 (it exists and clients should know why it vanished),
	 * not 410 (a suspension is temporary).
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> suspended(EntrySuspendedException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS,
				ex.getMessage());
		body.setTitle(SUSPENDED_TITLE);
		body.setProperty("registrationNumber", ex.registrationNumber());
		body.setProperty("notice", ex.notice());
		body.setProperty("suspendedSince", ex.since().toString());
		return ResponseEntity.status(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS).body(body);
	}

	/**
	 * 410 Gone: a test in real-world conditions whose provider withdrew its consent to
	 * publication (Art 60(4)(c), Art 71(4)); clients that copied it should remove it.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> consentWithdrawn(TestConsentWithdrawnException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, ex.getMessage());
		body.setTitle("Consent to publication withdrawn");
		body.setProperty("uid", ex.uid());
		return ResponseEntity.status(HttpStatus.GONE).body(body);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException ex, HttpServletRequest request) {
		String value = ex.value();
		if (value == null || ex.allowed().isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", ex.getMessage(), ex.parameter());
		}
		// an enumerated parameter: its values, in the client's language
		Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, TEXTS
			.text("opendata.problem.unknownValue", language, ex.parameter(), value, String.join(", ", ex.allowed())));
		body.setTitle(TEXTS.text("opendata.problem.invalidParameter", language));
		body.setProperty("parameter", ex.parameter());
		body.setProperty("value", value);
		body.setProperty("allowed", ex.allowed());
		return ResponseEntity.badRequest()
			.header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(body);
	}

	/**
	 * The offered language the client prefers most (Accept-Language), English without the
	 * header, with none offered or with a malformed one.
	 */
	static Locale language(@org.jspecify.annotations.Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			// by language, most wanted first: "de-AT" is answered in German
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
				if (range.getWeight() > 0 && !range.getRange().equals("*")) {
					Optional<Locale> offered = TEXTS.match(Locale.forLanguageTag(range.getRange()));
					if (offered.isPresent()) {
						return offered.get();
					}
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// a malformed header: English
		}
		return Locale.ENGLISH;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if ((ex.getRequiredType() == Boolean.class || ex.getRequiredType() == boolean.class) && ex.getValue() != null) {
			// a yes/no filter (openSource, systemicRisk): enumerated like the others
			return invalidParameter(InvalidParameterException.unknownValue(ex.getName(), String.valueOf(ex.getValue()),
					List.of("true", "false")), request);
		}
		String type = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName().toLowerCase();
		return problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
				"Parameter '" + ex.getName() + "' must be a valid " + type + ".", ex.getName());
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + ex.getParameterName() + "' is required.");
		body.setTitle("Missing parameter");
		body.setProperty("parameter", ex.getParameterName());
		return ResponseEntity.badRequest().body(body);
	}

	/**
	 * Tomcat parses the query string when a parameter is first read; a value that is not
	 * percent-encoded UTF-8 (a lone {@code %}, {@code %C3%28}) or too many parameters
	 * throw its {@code InvalidParameterException}, which carries the 4xx status. It is
	 * the client's error, not a 500.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformedQuery(org.apache.tomcat.util.http.InvalidParameterException ex) {
		return ResponseEntity.status(ex.getErrorCode())
			.body(beforeController(HttpStatus.valueOf(ex.getErrorCode()), ex));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
		if (org.airegistry.shared.Outages.databaseUnavailable(ex)) {
			// an outage, not a defect: 503 with Retry-After, one line in the log
			log.warn("Open data request failed: database unavailable ({})", ex.getClass().getSimpleName());
			ResponseEntity<ProblemDetail> unavailable = problem(HttpStatus.SERVICE_UNAVAILABLE,
					"Temporarily unavailable", "The registry's database cannot be reached just now; try again shortly.",
					null);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "30")
				.body(unavailable.getBody());
		}
		log.error("Open data request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be answered.", null);
	}

	/**
	 * The problem for an error that happened before a controller could run (the container
	 * or the security firewall refused the request, or no resource matched), reported
	 * through Spring Boot's error path (see {@link ApiErrorConfiguration}).
	 */
	static ProblemDetail beforeController(HttpStatus status, @org.jspecify.annotations.Nullable Throwable exception) {
		boolean malformedQuery = false;
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			malformedQuery |= cause instanceof org.apache.tomcat.util.http.InvalidParameterException;
		}
		String detail;
		if (malformedQuery && status == HttpStatus.BAD_REQUEST) {
			detail = "The query string is malformed: parameters must be percent-encoded UTF-8 "
					+ "(a '%' followed by two hexadecimal digits, no invalid or overlong byte sequences).";
		}
		else if (malformedQuery) {
			detail = "The query string has too many parameters.";
		}
		else if (status == HttpStatus.BAD_REQUEST) {
			detail = "The request address is malformed or contains characters that are not allowed "
					+ "(such as an encoded slash '%2F', an encoded '%', a NUL byte or a backslash).";
		}
		else if (status == HttpStatus.NOT_FOUND) {
			detail = "There is no resource of the API at this address.";
		}
		else if (status == HttpStatus.METHOD_NOT_ALLOWED || status == HttpStatus.FORBIDDEN) {
			detail = "The API is read-only: only GET, HEAD and OPTIONS are allowed.";
		}
		else if (status.is4xxClientError()) {
			detail = "The request was refused: " + status.getReasonPhrase() + ".";
		}
		else {
			detail = "The request could not be answered.";
		}
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(status.getReasonPhrase());
		return body;
	}

	/** The members of a problem document, as RFC 9457 names them. */
	static java.util.Map<String, Object> document(ProblemDetail problem) {
		java.util.Map<String, Object> document = new java.util.LinkedHashMap<>();
		document.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
		if (problem.getTitle() != null) {
			document.put("title", problem.getTitle());
		}
		document.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			document.put("detail", problem.getDetail());
		}
		if (problem.getInstance() != null) {
			document.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			document.putAll(problem.getProperties());
		}
		return document;
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			@org.jspecify.annotations.Nullable String parameter) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		if (parameter != null) {
			body.setProperty("parameter", parameter);
		}
		return ResponseEntity.status(status).body(body);
	}

}
