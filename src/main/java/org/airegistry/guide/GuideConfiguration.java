package org.airegistry.guide;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The guide as a bean. {@code airegistry.guide.omnibus-prohibitions} (default on, as the
 * spec's {@code omnibus2026} flag) offers the Art 5(1)(ba) and (bb) practices.
 */
@Configuration(proxyBeanMethods = false)
class GuideConfiguration {

	@Bean
	Guide guide(@Value("${airegistry.guide.omnibus-prohibitions:true}") boolean omnibusProhibitions) {
		return new Guide(omnibusProhibitions);
	}

}
