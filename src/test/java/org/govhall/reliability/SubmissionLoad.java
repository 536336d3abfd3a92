package org.govhall.reliability;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.response.Response;
import org.govhall.casework.Applying;
import org.govhall.casework.CaseworkTests;
import org.govhall.support.Citizens;
import org.govhall.support.HallClient;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Submissions with idempotency keys against a running hall, as many applicants at once as threads, each
 * application started, filled in, its materials uploaded and submitted. Every submission is written to a ledger
 * before it is sent ({@code SENT}) and again when the hall acknowledged it ({@code ACK}, with the case number),
 * so that a check after a crash knows what the hall promised. A thread stops at its first failure (the hall
 * killed) or when the wanted number of acknowledgements is reached.
 */
final class SubmissionLoad {

	/** A line of the ledger: what was sent, and the case number if the hall acknowledged it. */
	record Entry(String applicant, String application, String key, String caseNumber) {

		boolean acknowledged() {
			return caseNumber != null;
		}
	}

	private final int port;

	private final JdbcClient jdbc;

	private final Path ledger;

	SubmissionLoad(int port, JdbcClient jdbc, Path ledger) {
		this.port = port;
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	/** Runs {@code threads} applicants until {@code wanted} acknowledgements (0: until the hall stops answering). */
	int run(int threads, int wanted) throws Exception {
		String item = CaseworkTests.personalItem(jdbc);
		AtomicInteger acknowledged = new AtomicInteger();
		List<Thread> applicants = new ArrayList<>();
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(ledger, StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
			for (int t = 0; t < threads; t++) {
				Citizens.Someone someone = Citizens.unregistered(jdbc);
				HallClient applicant = Citizens.signedIn(port, jdbc, someone);
				applicants.add(new Thread(() -> {
					try {
						while (wanted == 0 || acknowledged.get() < wanted) {
							submitOne(applicant, someone.idNumber(), item, out);
							acknowledged.incrementAndGet();
						}
					}
					catch (Throwable stopped) {
						System.out.println("applicant " + someone.idNumber() + " stopped: " + stopped);
					}
				}));
			}
			applicants.forEach(Thread::start);
			for (Thread applicant : applicants) {
				applicant.join();
			}
		}
		return acknowledged.get();
	}

	private static void submitOne(HallClient applicant, String who, String item, PrintWriter out) {
		Response started = Applying.start(applicant, Map.of("item", item));
		if (started.statusCode() != 201) {
			throw new IllegalStateException("start answered " + started.statusCode() + " " + started.asString());
		}
		String id = started.jsonPath().getString("id");
		Applying.fillIn(applicant, started);
		Applying.uploadRequired(applicant, started);
		String key = UUID.randomUUID().toString();
		synchronized (out) {
			out.println(String.join("\t", "SENT", who, id, key));
		}
		Response submitted = Applying.submit(applicant, id, key);
		if (submitted.statusCode() != 201) {
			throw new IllegalStateException("submission answered " + submitted.statusCode() + " " + submitted.asString());
		}
		synchronized (out) {
			out.println(String.join("\t", "ACK", who, id, key, submitted.jsonPath().getString("caseNumber")));
		}
	}

	/** The ledger's submissions, one per key, acknowledged or still in flight when the hall went away. */
	static List<Entry> read(Path ledger) throws IOException {
		Map<String, Entry> byKey = new java.util.LinkedHashMap<>();
		for (String line : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
			String[] f = line.split("\t");
			if (f.length >= 4) {
				byKey.put(f[3], new Entry(f[1], f[2], f[3], "ACK".equals(f[0]) ? f[4] : null));
			}
		}
		return new ArrayList<>(byKey.values());
	}

	/** A data source for the hall's database. */
	static JdbcClient database(String url) {
		org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
		source.setUrl(url);
		source.setUser(System.getProperty("govhall.db.username", "postgres"));
		return JdbcClient.create(source);
	}
}
