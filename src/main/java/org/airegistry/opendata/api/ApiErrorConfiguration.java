package org.airegistry.opendata.api;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.airegistry.opendata.OpenDataRoutes;
import org.airegistry.shared.FreeText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * API errors that arise before a controller runs are answered like every other API error,
 * as RFC 9457 problem documents made by {@link ApiProblems}: a query string that is not
 * percent-encoded UTF-8, a parameter with control characters, an encoded slash in the
 * path, an address without a resource. Other paths keep Spring Boot's and Vaadin's error
 * pages.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorConfiguration implements WebMvcConfigurer {

	/**
	 * Tomcat refuses an encoded slash ({@code %2F}) in a path itself, with its own HTML
	 * page, before the application can answer. Passed through, the request reaches Spring
	 * Security's firewall, which refuses it (400) through the application's error path.
	 */
	@Bean
	TomcatConnectorCustomizer encodedSlashReachesTheApplication() {
		return connector -> connector.setEncodedSolidusHandling("passthrough");
	}

	/**
	 * Spring Boot's error controller, answering for {@code /api/**} with a problem
	 * document.
	 */
	@Bean
	BasicErrorController apiAwareErrorController(ErrorAttributes attributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers, JsonMapper json) {
		return new ApiAwareErrorController(attributes, web, resolvers, json);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FreeTextParameters()).addPathPatterns(OpenDataRoutes.API + "/**");
	}

	/** Every parameter value of the API follows the shared free-text rule. */
	static final class FreeTextParameters implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (!(handler instanceof org.springframework.web.method.HandlerMethod)) {
				// no API operation (static resource, unknown address): nothing reads
				// parameters
				return true;
			}
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				String name = FreeText.isClean(parameter.getKey()) ? parameter.getKey() : "?";
				for (String value : parameter.getValue()) {
					if (!FreeText.isClean(parameter.getKey()) || !FreeText.isClean(value)) {
						throw new InvalidParameterException(name, "Parameter '" + name
								+ "' contains a control character or a broken (unpaired surrogate) character.");
					}
				}
			}
			return true;
		}

	}

	static final class ApiAwareErrorController extends BasicErrorController {

		private final JsonMapper json;

		ApiAwareErrorController(ErrorAttributes attributes, WebProperties web,
				ObjectProvider<ErrorViewResolver> resolvers, JsonMapper json) {
			super(attributes, web.getError(), resolvers.orderedStream().toList());
			this.json = json;
		}

		@Override
		public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
			if (!isApi(request)) {
				return super.errorHtml(request, response);
			}
			ProblemDetail problem = problem(request);
			return new ModelAndView((model, req, res) -> {
				res.setStatus(problem.getStatus());
				res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				res.setCharacterEncoding("UTF-8");
				json.writeValue(res.getOutputStream(), ApiProblems.document(problem));
			});
		}

		@Override
		public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
			if (!isApi(request)) {
				return super.error(request);
			}
			ProblemDetail problem = problem(request);
			return ResponseEntity.status(problem.getStatus())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ApiProblems.document(problem));
		}

		private ProblemDetail problem(HttpServletRequest request) {
			Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			return ApiProblems.beforeController(getStatus(request),
					exception instanceof Throwable thrown ? thrown : null);
		}

		private static boolean isApi(HttpServletRequest request) {
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String path = uri instanceof String text ? text.substring(request.getContextPath().length()) : "";
			return path.startsWith(OpenDataRoutes.API + "/") || path.equals(OpenDataRoutes.API);
		}

	}

}
