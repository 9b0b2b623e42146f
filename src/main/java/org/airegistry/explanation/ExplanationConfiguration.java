package org.airegistry.explanation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code airegistry.explanation.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExplanationProperties.class)
class ExplanationConfiguration {

}
