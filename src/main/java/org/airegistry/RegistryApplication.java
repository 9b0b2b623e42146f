package org.airegistry;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The AI Act Transparency Registry portal. */
@SpringBootApplication
public class RegistryApplication {

	public static void main(String[] args) {
		SpringApplication.run(RegistryApplication.class, args);
	}

	/** All time comes from here, so deadlines and dates are testable. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
