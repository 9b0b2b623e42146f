package org.airegistry.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After a complete login through the login form: the browser becomes a trusted device of
 * the account (its cookie is set on the login response) and its device limit is full
 * again.
 */
@Component
class LoginSuccess {

	private final TrustedDevices devices;

	private final LoginThrottle throttle;

	LoginSuccess(TrustedDevices devices, LoginThrottle throttle) {
		this.devices = devices;
		this.throttle = throttle;
	}

	@EventListener
	void on(AuthenticationSuccessEvent success) {
		if (!(success.getAuthentication() instanceof UsernamePasswordAuthenticationToken)
				|| !(success.getAuthentication().getPrincipal() instanceof RegistryUserDetails details)
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)
				|| web.getResponse() == null) {
			return;
		}
		String login = details.getUsername();
		throttle.succeeded(login, devices.trustedDevice(web.getRequest(), login));
		devices.remember(web.getRequest(), web.getResponse(), login);
	}

}
