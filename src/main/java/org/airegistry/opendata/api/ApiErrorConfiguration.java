package org.airegistry.opendata.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.airegistry.opendata.OpenDataRoutes;
import org.airegistry.shared.FreeText;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * API errors that arise before a controller runs are answered like every other API error,
 * as RFC 9457 problem documents made by {@link ApiProblems}: a query string that is not
 * percent-encoded UTF-8, a parameter with control characters, an encoded slash in the
 * path, an address without a resource. Errors before a controller reach the portal's one
 * error controller ({@code shell.ErrorPageController}), which answers under {@code /api}
 * with a problem document as well.
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

}
