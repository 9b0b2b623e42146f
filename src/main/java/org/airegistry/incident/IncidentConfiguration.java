package org.airegistry.incident;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code airegistry.incident.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentSettings.class)
class IncidentConfiguration {

}
