package org.airegistry.opendata.api;

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
	ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", ex.getMessage(), ex.parameter());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
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

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
		log.error("Open data request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be answered.", null);
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
