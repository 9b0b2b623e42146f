package org.airegistry.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The one-shot commands ({@code --airegistry.bootstrap-admin=…},
 * {@code --airegistry.reindex=true}) run the whole application and exit; they listen on a
 * free port instead of the portal's, so that they can run on a host where the portal
 * itself is running.
 */
public class CommandMode implements EnvironmentPostProcessor, Ordered {

	static final List<String> COMMANDS = List.of(BootstrapAdministratorCommand.PROPERTY, "airegistry.reindex");

	static final String SOURCE = "commandMode";

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 20;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean command = COMMANDS.stream()
			.anyMatch(property -> environment.containsProperty(property)
					&& !"false".equalsIgnoreCase(environment.getProperty(property)));
		if (!command) {
			return;
		}
		Map<String, Object> ports = new HashMap<>();
		ports.put("server.port", "0");
		if (environment.containsProperty("management.server.port")) {
			ports.put("management.server.port", "0");
		}
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, ports));
	}

}
