package org.airegistry.shell;

import java.io.IOException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Replaces Spring Boot's "Whitelabel" error page: every error that reaches the servlet
 * container's error dispatch (Spring MVC, Spring Security, a failed filter) gets the
 * portal's error page, or a problem document under {@code /api}.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final ErrorDocuments documents;

	ErrorPageController(ErrorDocuments documents) {
		this.documents = documents;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
		if (status < 400) {
			status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? request.getRequestURI() : uri.toString();
		path = path.substring(Math.min(path.length(), request.getContextPath().length()));
		documents.write(request, response, path, status,
				ErrorDocuments.detailBeforeController(status, request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)));
	}

}
