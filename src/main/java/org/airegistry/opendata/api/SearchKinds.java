package org.airegistry.opendata.api;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.airegistry.opendata.OpenDataRoutes;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The kinds of records the API's search answers with ({@code kind}), read in any case
 * like the API's other enumerated values ({@code ms}, {@code status}, {@code sort}…,
 * DD091, DD093). The tests' operation is chosen by its mapping's parameter condition
 * ({@code kind=tests}), which Spring compares exactly: so before an operation is chosen,
 * a known kind in any case and with spaces around is spelt as the mappings expect. An
 * unknown kind passes unchanged to the 400 that names the kinds.
 */
@Configuration(proxyBeanMethods = false)
class SearchKinds {

	static final String PARAMETER = "kind";

	/** The systems' search ({@link OpenDataController}), also without a kind. */
	static final String SYSTEMS = "systems";

	/** The tests' search ({@link TestsController}). */
	static final String TESTS = "tests";

	static final List<String> ALL = List.of(SYSTEMS, TESTS);

	/** A known kind as the mappings spell it. */
	static Optional<String> known(String value) {
		String lower = value.strip().toLowerCase(Locale.ROOT);
		return ALL.contains(lower) ? Optional.of(lower) : Optional.empty();
	}

	@Bean
	FilterRegistrationBean<KnownKindsSpelt> searchKindsInAnyCase() {
		FilterRegistrationBean<KnownKindsSpelt> registration = new FilterRegistrationBean<>(new KnownKindsSpelt());
		registration.addUrlPatterns(OpenDataRoutes.API + "/search");
		registration.setName("searchKindsInAnyCase");
		return registration;
	}

	/** Spells the known kinds of a search request as the mappings expect. */
	static final class KnownKindsSpelt extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String[] kinds = request.getParameterValues(PARAMETER);
			if (kinds == null) {
				chain.doFilter(request, response);
				return;
			}
			String[] spelt = new String[kinds.length];
			boolean changed = false;
			for (int i = 0; i < kinds.length; i++) {
				spelt[i] = known(kinds[i]).orElse(kinds[i]);
				changed |= !spelt[i].equals(kinds[i]);
			}
			chain.doFilter(changed ? new Spelt(request, spelt) : request, response);
		}

	}

	/** The request with other values of {@value #PARAMETER}. */
	static final class Spelt extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		Spelt(HttpServletRequest request, String[] kinds) {
			super(request);
			Map<String, String[]> copy = new LinkedHashMap<>(request.getParameterMap());
			copy.put(PARAMETER, kinds);
			this.parameters = Collections.unmodifiableMap(copy);
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public java.util.Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

	}

}
