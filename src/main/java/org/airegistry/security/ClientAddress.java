package org.airegistry.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The key that per-client limits count under: the client's IPv4 address, or the /64
 * network of an IPv6 address (one subscriber usually gets a whole /64, so counting single
 * IPv6 addresses would give a client 2^64 fresh keys). The address is the request's
 * remote address, which {@link TrustedProxyFilter} replaces by the forwarded client
 * address only when the request came through a configured trusted proxy.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/** The limit key of the request's client. */
	public static String key(HttpServletRequest request) {
		return key(request.getRemoteAddr());
	}

	/** The limit key of an address: IPv4 as it is, IPv6 as its /64 network. */
	public static String key(String address) {
		byte[] bytes = parse(address);
		if (bytes == null) {
			return address.strip().toLowerCase(Locale.ROOT);
		}
		if (bytes.length == 4) {
			return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
		}
		byte[] network = Arrays.copyOf(bytes, 16);
		Arrays.fill(network, 8, 16, (byte) 0);
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < 8; i += 2) {
			key.append(Integer.toHexString(((network[i] & 0xff) << 8) | (network[i + 1] & 0xff))).append(':');
		}
		return key.append(":/64").toString();
	}

	/**
	 * The address as bytes (IPv4-mapped IPv6 addresses as IPv4), or null when it is not a
	 * literal IP address. Never asks DNS.
	 */
	static byte @Nullable [] parse(String address) {
		String literal = address.strip();
		if (literal.startsWith("[") && literal.endsWith("]")) {
			literal = literal.substring(1, literal.length() - 1);
		}
		int zone = literal.indexOf('%');
		if (zone >= 0) {
			literal = literal.substring(0, zone);
		}
		if (!literal.matches("[0-9a-fA-F:.]+") || literal.isEmpty()) {
			return null;
		}
		try {
			return InetAddress.getByName(literal).getAddress();
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
