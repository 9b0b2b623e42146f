package org.airegistry.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.GenericWebApplicationContext;

/** The API's base address: from configuration, resolved once per application (DD029). */
class BaseUrlTest {

	final MockServletContext servletContext = new MockServletContext();

	final MockEnvironment environment = new MockEnvironment();

	BaseUrlTest() {
		GenericWebApplicationContext context = new GenericWebApplicationContext(servletContext);
		context.setEnvironment(environment);
		servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(servletContext)));
	}

	@AfterEach
	void clearRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	@DisplayName("A configured base address is used without its trailing slash, and kept for the application's later answers")
	void configuredAddressIsKept() {
		environment.setProperty("airegistry.base-url", "https://registry.example.eu/");

		assertThat(BaseUrl.current()).isEqualTo("https://registry.example.eu");
		environment.setProperty("airegistry.base-url", "https://elsewhere.example");
		assertThat(BaseUrl.current()).as("resolved once per application").isEqualTo("https://registry.example.eu");
	}

	@Test
	@DisplayName("Without a configured address, the server's port is used once it is known, not a guess made before")
	void portIsAwaited() {
		environment.setProperty("server.port", "8080");
		assertThat(BaseUrl.current()).isEqualTo("http://localhost:8080");

		environment.setProperty("local.server.port", "43123");
		assertThat(BaseUrl.current()).isEqualTo("http://localhost:43123");
		environment.setProperty("local.server.port", "1");
		assertThat(BaseUrl.current()).isEqualTo("http://localhost:43123");
	}

}
