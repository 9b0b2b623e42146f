package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ClientAddressTest {

	@Test
	@DisplayName("IPv4 addresses are their own key; IPv6 addresses are keyed by their /64; mapped IPv4 is IPv4")
	void keys() {
		assertThat(ClientAddress.key("192.0.2.1")).isEqualTo("192.0.2.1");
		assertThat(ClientAddress.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("2001:0db8:0001:0002::1")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("[2001:db8:1:2::1%eth0]")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
		assertThat(ClientAddress.key("not-an-address")).isEqualTo("not-an-address");
	}

	static String clientSeen(TrustedProxyFilter filter, String peer, String... forwardedFor) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr(peer);
		for (String value : forwardedFor) {
			request.addHeader("X-Forwarded-For", value);
		}
		request.addHeader("X-Forwarded-Proto", "https");
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		return chain.getRequest().getRemoteAddr() + (chain.getRequest().isSecure() ? " https" : " http");
	}

	@Test
	@DisplayName("X-Forwarded-For is believed only from the configured proxies, right to left, never from a client")
	void trustedProxies() throws Exception {
		TrustedProxyFilter filter = new TrustedProxyFilter("10.1.2.3, 2001:db8:ffff::/48");
		assertThat(clientSeen(filter, "10.1.2.3", "198.51.100.7")).isEqualTo("198.51.100.7 https");
		// a client's own forged entry on the left is ignored
		assertThat(clientSeen(filter, "10.1.2.3", "1.2.3.4, 198.51.100.7")).isEqualTo("198.51.100.7 https");
		// two trusted hops
		assertThat(clientSeen(filter, "2001:db8:ffff::1", "198.51.100.8, 10.1.2.3")).isEqualTo("198.51.100.8 https");
		// any other private address is not a proxy of ours
		assertThat(clientSeen(filter, "10.9.9.9", "198.51.100.7")).isEqualTo("10.9.9.9 http");
		assertThat(clientSeen(filter, "192.168.1.1", "198.51.100.7")).isEqualTo("192.168.1.1 http");
		// garbage in the header stops at the proxy
		assertThat(clientSeen(filter, "10.1.2.3", "<script>")).isEqualTo("10.1.2.3 https");
		// no proxies configured: nobody is believed
		assertThat(clientSeen(new TrustedProxyFilter(""), "127.0.0.1", "198.51.100.7")).isEqualTo("127.0.0.1 http");
		assertThat(Collections.list(new MockHttpServletRequest().getHeaderNames())).isEmpty();
	}

}
