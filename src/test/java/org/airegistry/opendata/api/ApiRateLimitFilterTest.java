package org.airegistry.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiRateLimitFilterTest {

	static MockHttpServletResponse call(ApiRateLimitFilter filter, String ip) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/search");
		request.setRemoteAddr(ip);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	@DisplayName("Over the limit a client gets 429 with Retry-After and a problem detail; other clients go on")
	void limitsPerClientIp() throws Exception {
		ApiRateLimitFilter filter = new ApiRateLimitFilter(3);
		for (int i = 0; i < 3; i++) {
			MockHttpServletResponse ok = call(filter, "192.0.2.1");
			assertThat(ok.getStatus()).isEqualTo(200);
			assertThat(ok.getHeader(ApiRateLimitFilter.REMAINING_HEADER)).isEqualTo(Integer.toString(2 - i));
		}

		MockHttpServletResponse refused = call(filter, "192.0.2.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(refused.getContentAsString());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("title").asString()).isEqualTo("Too many requests");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/search");

		assertThat(call(filter, "192.0.2.2").getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("A limit of 0 turns rate limiting off")
	void off() throws Exception {
		ApiRateLimitFilter filter = new ApiRateLimitFilter(0);
		for (int i = 0; i < 50; i++) {
			assertThat(call(filter, "192.0.2.3").getStatus()).isEqualTo(200);
		}
	}

	@Test
	@DisplayName("Request paths are escaped inside the JSON body")
	void escapes() {
		assertThat(ApiRateLimitFilter.jsonEscape("/a\"b\\c\u0001")).isEqualTo("/a\\\"b\\\\c\\u0001");
	}

}
