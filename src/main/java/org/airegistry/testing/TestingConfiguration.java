package org.airegistry.testing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code airegistry.testing.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TestingSettings.class)
class TestingConfiguration {

}
