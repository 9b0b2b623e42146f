package org.airegistry.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Settings of the public pages. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperatorStatement.class)
class PortalConfiguration {

}
