package org.airegistry.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

/**
 * Makes Spring Security publish permission denials as events, so the trail records them.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
		return new SpringAuthorizationEventPublisher(events);
	}

}
