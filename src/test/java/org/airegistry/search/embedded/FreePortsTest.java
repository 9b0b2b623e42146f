package org.airegistry.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FreePortsTest {

	@Test
	@DisplayName("Picks distinct bindable ports below the ephemeral range")
	void distinctFreePorts() {
		int[] ports = FreePorts.pick(2);

		assertThat(ports).hasSize(2).doesNotHaveDuplicates();
		assertThat(Arrays.stream(ports).allMatch(FreePorts::isFree)).isTrue();
		assertThat(Arrays.stream(ports).boxed().toList())
			.allSatisfy(port -> assertThat(port).isBetween(FreePorts.LOWEST, FreePorts.HIGHEST));
	}

	@Test
	@DisplayName("Skips a port that is already taken")
	void skipsTakenPort() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int busy = taken.getLocalPort();
			RandomGenerator alwaysBusyFirst = new RandomGenerator() {

				private boolean first = true;

				@Override
				public long nextLong() {
					return 0;
				}

				@Override
				public int nextInt(int bound) {
					if (first) {
						first = false;
						return busy - FreePorts.LOWEST;
					}
					return 1234;
				}

			};

			assertThat(FreePorts.isFree(busy)).isFalse();
			assertThat(FreePorts.pick(1, alwaysBusyFirst)).doesNotContain(busy);
		}
	}

}
