package org.airegistry.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Honours {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies
 * named in {@code airegistry.security.trusted-proxies} (addresses or CIDR networks, IPv4
 * and IPv6; none by default). The client is the right-most forwarded address that is not
 * itself a trusted proxy, so a client cannot pick its own address by sending the header;
 * a request from any other peer keeps its connection's address. Runs before everything
 * else, so that rate limits, the audit trail and secure cookies all see the same client.
 */
public class TrustedProxyFilter extends OncePerRequestFilter {

	private final List<IpAddressMatcher> trusted;

	public TrustedProxyFilter(String trustedProxies) {
		List<IpAddressMatcher> matchers = new ArrayList<>();
		for (String entry : trustedProxies.split(",")) {
			if (!entry.isBlank()) {
				matchers.add(new IpAddressMatcher(entry.strip()));
			}
		}
		this.trusted = List.copyOf(matchers);
	}

	boolean isTrusted(String address) {
		if (ClientAddress.parse(address) == null) {
			return false;
		}
		return trusted.stream().anyMatch(matcher -> matcher.matches(address));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (trusted.isEmpty() || !isTrusted(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		String client = client(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"));
		String proto = lastValue(request.getHeaders("X-Forwarded-Proto"));
		chain.doFilter(new Forwarded(request, client, proto), response);
	}

	/** The right-most address of the chain that is not a trusted proxy. */
	String client(String peer, java.util.Enumeration<String> forwardedFor) {
		List<String> hops = new ArrayList<>();
		while (forwardedFor.hasMoreElements()) {
			Arrays.stream(forwardedFor.nextElement().split(",")).map(String::strip).forEach(hops::add);
		}
		String client = peer;
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (ClientAddress.parse(hop) == null) {
				// garbage in the header: stop at the last proxy we trust
				break;
			}
			client = hop;
			if (!isTrusted(hop)) {
				break;
			}
		}
		return client;
	}

	private static @Nullable String lastValue(java.util.Enumeration<String> values) {
		@Nullable String last = null;
		while (values.hasMoreElements()) {
			String[] parts = values.nextElement().split(",");
			last = parts[parts.length - 1].strip().toLowerCase(Locale.ROOT);
		}
		return "https".equals(last) || "http".equals(last) ? last : null;
	}

	private static final class Forwarded extends HttpServletRequestWrapper {

		private final String client;

		private final @Nullable String proto;

		Forwarded(HttpServletRequest request, String client, @Nullable String proto) {
			super(request);
			this.client = client;
			this.proto = proto;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

		@Override
		public String getScheme() {
			return proto == null ? super.getScheme() : proto;
		}

		@Override
		public boolean isSecure() {
			return proto == null ? super.isSecure() : "https".equals(proto);
		}

	}

}
