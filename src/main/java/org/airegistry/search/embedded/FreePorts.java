package org.airegistry.search.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Picks free TCP ports on the loopback interface. Ports come from below the usual
 * ephemeral range (Linux: 32768 and up), so outgoing connections are unlikely to take
 * them in the seconds before Elasticsearch binds them.
 */
final class FreePorts {

	static final int LOWEST = 20000;

	static final int HIGHEST = 32000;

	private static final int ATTEMPTS = 200;

	private FreePorts() {
	}

	/** Picks {@code count} distinct ports that can be bound on 127.0.0.1 right now. */
	static int[] pick(int count) {
		return pick(count, RandomGenerator.getDefault());
	}

	static int[] pick(int count, RandomGenerator random) {
		Set<Integer> ports = new LinkedHashSet<>();
		for (int attempt = 0; attempt < ATTEMPTS && ports.size() < count; attempt++) {
			int candidate = LOWEST + random.nextInt(HIGHEST - LOWEST);
			if (!ports.contains(candidate) && isFree(candidate)) {
				ports.add(candidate);
			}
		}
		while (ports.size() < count) {
			ports.add(anyFreePort());
		}
		return ports.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Whether a listening socket can be opened on the port of 127.0.0.1. */
	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int anyFreePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on the loopback interface", ex);
		}
	}

}
