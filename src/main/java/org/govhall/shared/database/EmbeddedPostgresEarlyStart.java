package org.govhall.shared.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.govhall.shared.GovHallProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded PostgreSQL (a separate process: unpacking, {@code initdb} on a first start, the server) on
 * a thread of its own as soon as the hall's settings are read, so that it starts while Spring builds the
 * application context instead of before the connection pool. The server bean adopts the started server, waiting
 * if it is not up yet; a start that nobody adopted (the application failed first) is stopped again. Registered in
 * {@code META-INF/spring.factories}: it must run before the context exists. Does nothing for an external database.
 */
class EmbeddedPostgresEarlyStart implements ApplicationListener<SpringApplicationEvent> {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresEarlyStart.class);

	private Starting starting;

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared && starting == null) {
			GovHallProperties properties = Binder.get(prepared.getEnvironment())
				.bindOrCreate("govhall", GovHallProperties.class);
			if (!properties.db().external()) {
				starting = new Starting(properties.dataDir().resolve("pg"), properties.db().embeddedClean());
			}
		}
		else if (event instanceof ApplicationPreparedEvent prepared && starting != null) {
			prepared.getApplicationContext().getBeanFactory().registerSingleton("embeddedPostgresStarting", starting);
		}
		else if ((event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent)
				&& starting != null) {
			starting.stopUnlessAdopted();
		}
	}

	/** An embedded server on its way up, for the server bean to adopt. */
	static final class Starting {

		private final Path directory;

		private final boolean clean;

		private final CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();

		private boolean adopted;

		Starting(Path directory, boolean clean) {
			this.directory = directory;
			this.clean = clean;
			Thread thread = new Thread(() -> {
				try {
					server.complete(EmbeddedPostgresServer.start(directory, clean));
				}
				catch (Throwable ex) {
					server.completeExceptionally(ex);
				}
			}, "embedded-postgres-start");
			thread.setDaemon(true);
			thread.start();
		}

		/** The started server if it is the one asked for (else {@code null}), waiting for it if need be. */
		synchronized EmbeddedPostgresServer adopt(Path directory, boolean clean) {
			if (adopted || !this.directory.equals(directory) || this.clean != clean) {
				return null;
			}
			adopted = true;
			long waiting = System.nanoTime();
			try {
				EmbeddedPostgresServer started = server.join();
				log.info("Embedded PostgreSQL adopted; the start waited {} ms for it",
						(System.nanoTime() - waiting) / 1_000_000);
				return started;
			}
			catch (CompletionException ex) {
				throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
			}
		}

		synchronized void stopUnlessAdopted() {
			if (adopted) {
				return;
			}
			adopted = true;
			EmbeddedPostgresServer started;
			try {
				started = server.join();
			}
			catch (CompletionException ex) {
				return; // it never started
			}
			try {
				started.close();
			}
			catch (Exception ex) {
				log.warn("Could not stop the embedded PostgreSQL that nobody adopted", ex);
			}
		}
	}
}
