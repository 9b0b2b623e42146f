package org.airegistry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.airegistry.shared.Audited;
import org.airegistry.testsupport.H2Test;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audited actions that happen outside any transaction (e.g. an open-data request), many
 * at once, on the embedded H2 database: the load test found them failing with a duplicate
 * chain position (HTTP 500), because each statement of the append committed on its own
 * and the head row's lock ended with the first one.
 */
@H2Test
class ConcurrentAuditTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("Audited actions outside a transaction, 8 at a time, each get their own chain position")
	void concurrentAuditsWithoutTransaction() throws Exception {
		long before = jdbc.queryForObject("select count(*) from audit_event", Long.class);
		List<Future<?>> done = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 200; i++) {
				String subject = Integer.toString(i);
				done.add(threads.submit(() -> events
					.publishEvent(new Audited("test.concurrent", "test", subject, null, null, null, null))));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class) - before).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(distinct chain_position) from audit_event", Long.class))
			.isEqualTo(jdbc.queryForObject("select count(chain_position) from audit_event", Long.class));
	}

}
