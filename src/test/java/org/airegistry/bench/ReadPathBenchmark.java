package org.airegistry.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.airegistry.publication.CanonicalJson;
import org.airegistry.registry.PublicEntryDigest;
import org.junit.jupiter.api.Test;

/**
 * How PostgreSQL reads a whole register for a reindex (DD094): the digest query (the
 * columns and the visibility rule of {@code AiSystemRepository.publicDigests}) read in
 * keyset pages of 500 in id order, as before, against one query without an order whose
 * rows are fetched 500 at a time from a cursor, as now. Plain JDBC on the benchmark's
 * kept database, nothing else running in the JVM; each way twice
 * ({@code -Dbench.rounds}), then the plans. Not part of {@code verify}:
 *
 * <pre>
 * ./mvnw -Pbench test -Dbench.test=ReadPathBenchmark -Dbench.data=/work/bench-data/postgres-1m
 * </pre>
 */
class ReadPathBenchmark {

	static final String PUBLIC_LATEST = """
			SELECT s.ai_system_id, s.registration_number, s.organisation_id, o.legal_name, v.version_number,
			  %s AS first_published_at, v.published_at, v.data
			FROM ai_system s
			JOIN ai_system_version v ON v.ai_system_id = s.ai_system_id
			  AND s.visibility IN ('PUBLIC', 'PUBLIC_BY_CONSENT') AND s.public_hold IS NULL
			  AND v.visibility IN ('PUBLIC', 'PUBLIC_BY_CONSENT')
			JOIN organisation o ON o.organisation_id = s.organisation_id
			WHERE v.version_number = s.published_version""";

	/** The first publication looked up for every row (before DD094). */
	static final String FIRST_LOOKED_UP = "(SELECT f.published_at FROM ai_system_version f "
			+ "WHERE f.ai_system_id = s.ai_system_id AND f.version_number = 1)";

	/** Version 1's own time, looked up only for later versions (DD094). */
	static final String FIRST_OWN = "CASE WHEN v.version_number = 1 THEN v.published_at ELSE " + FIRST_LOOKED_UP
			+ " END";

	static final String KEYSET = " AND s.ai_system_id > ?::uuid ORDER BY s.ai_system_id LIMIT 500";

	@Test
	void run() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of(System.getProperty("bench.data", "target/bench-data/postgres")))
			.setCleanDataDirectory(false)
			.setServerConfig("shared_buffers", "256MB")
			.start(); Connection connection = server.getPostgresDatabase().getConnection()) {
			System.out.println("bench: | Read of every latest public version (digest columns, JSON parsed into the "
					+ "digest's content) | rows | seconds |");
			System.out.println("bench: |---|---|---|");
			for (int round = 1; round <= Integer.getInteger("bench.rounds", 2); round++) {
				keyset(connection, "round " + round + ": keyset pages of 500 in id order, first publication looked up",
						PUBLIC_LATEST.formatted(FIRST_LOOKED_UP) + KEYSET);
				keyset(connection, "round " + round + ": keyset pages of 500 in id order, version 1's own time",
						PUBLIC_LATEST.formatted(FIRST_OWN) + KEYSET);
				onePass(connection, "round " + round + ": one query, no order, cursor of 500 (work_mem as set)",
						PUBLIC_LATEST.formatted(FIRST_OWN), null);
				onePass(connection, "round " + round + ": one query, no order, cursor of 500, work_mem 256 MB",
						PUBLIC_LATEST.formatted(FIRST_OWN), "256MB");
			}
			plan(connection, "EXPLAIN (ANALYZE, BUFFERS) " + PUBLIC_LATEST.formatted(FIRST_LOOKED_UP)
					+ KEYSET.replace("?::uuid", "'80000000-0000-0000-0000-000000000000'::uuid"));
			plan(connection, "EXPLAIN " + PUBLIC_LATEST.formatted(FIRST_OWN));
		}
	}

	private static void keyset(Connection connection, String name, String sql) throws SQLException {
		long started = System.nanoTime();
		long rows = 0;
		String after = "00000000-0000-0000-0000-000000000000";
		try (PreparedStatement page = connection.prepareStatement(sql)) {
			int read;
			do {
				page.setString(1, after);
				read = 0;
				try (ResultSet row = page.executeQuery()) {
					while (row.next()) {
						after = digest(row);
						read++;
					}
				}
				rows += read;
			}
			while (read == 500);
		}
		report(name, rows, started);
	}

	private static void onePass(Connection connection, String name, String sql, String workMem) throws SQLException {
		long started = System.nanoTime();
		long rows = 0;
		connection.setAutoCommit(false);
		try {
			if (workMem != null) {
				try (Statement set = connection.createStatement()) {
					set.execute("SET LOCAL work_mem = '" + workMem + "'");
				}
			}
			try (PreparedStatement query = connection.prepareStatement(sql)) {
				query.setFetchSize(500);
				try (ResultSet row = query.executeQuery()) {
					while (row.next()) {
						digest(row);
						rows++;
					}
				}
			}
			connection.commit();
		}
		finally {
			connection.setAutoCommit(true);
		}
		report(name, rows, started);
	}

	/** Reads a row as the repository does and answers the entry id. */
	private static String digest(ResultSet row) throws SQLException {
		row.getString(2);
		row.getString(4);
		row.getTimestamp(6);
		row.getTimestamp(7);
		CanonicalJson.read(row.getString(8), PublicEntryDigest.Content.class);
		return row.getString(1);
	}

	private static void report(String name, long rows, long started) {
		System.out.printf("bench: | %s | %,d | %.2f |%n", name, rows, (System.nanoTime() - started) / 1e9);
	}

	private static void plan(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet line = statement.executeQuery(sql)) {
			while (line.next()) {
				System.out.println("plan: " + line.getString(1));
			}
		}
	}

}
