package org.govhall.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import org.govhall.casework.Applying;
import org.govhall.casework.CaseworkTests;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Casework against the database's own write rate, in the same run on the same machine (issue 18): the baseline is
 * pgbench's TPC-B-like write transaction ({@code -N}, two clients, 10 s) on the machine's PostgreSQL at
 * 127.0.0.1:5432, or without pgbench single-row inserts over JDBC on the hall's own database; then submissions per
 * second over HTTP from two applicants (each a case with its branch, its running process, timeline, audit entry,
 * notification and key), the p99 of submissions paced at half that rate, and cases approved per second (intake,
 * review and decision by the department's staff over HTTP). Figures and ratios are printed and written to
 * {@code target/benchmarks/casework.txt}; nothing is asserted about time. Run with
 * {@code mvn -Pbench verify -Dtest=CaseSubmissionBenchmark}; never part of the test run.
 */
@GovHallTest
@Tag("benchmark")
class CaseSubmissionBenchmark {

	private static final int THREADS = 2;

	private static final int PER_THREAD = 60;

	private static final int PACED = 80;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void submissions_and_approvals_over_http_against_the_databases_own_write_rate() throws Exception {
		String item = CaseworkTests.personalItem(jdbc);
		String department = jdbc.sql("select lower(department_code) from catalog_item where implementation_code = ?")
			.param(item).query(String.class).single();
		String baseline = pgbenchOrNull();
		double baselineRate = baseline != null ? Double.parseDouble(baseline) : jdbcInserts();
		String baselineName = baseline != null ? "pgbench -N, 2 clients, 10 s, machine's PostgreSQL"
				: "single-row JDBC inserts, 2 threads, 10 s, the hall's database (no pgbench)";

		List<HallClient> applicants = new ArrayList<>();
		List<List<String>> ready = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
			applicants.add(applicant);
			ready.add(prepared(applicant, item, PER_THREAD + (t == 0 ? PACED : 0)));
		}
		List<String> numbers = java.util.Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		parallel(t -> {
			for (String id : ready.get(t).subList(0, PER_THREAD)) {
				numbers.add(submitted(applicants.get(t), id));
			}
		});
		double submissions = numbers.size() / seconds(started);

		long pace = (long) (1e9 / (submissions / 2));
		long[] latencies = new long[PACED];
		List<String> pacedIds = ready.get(0).subList(PER_THREAD, PER_THREAD + PACED);
		long next = System.nanoTime();
		for (int i = 0; i < PACED; i++) {
			while (System.nanoTime() < next) {
				Thread.onSpinWait();
			}
			long sent = System.nanoTime();
			submitted(applicants.get(0), pacedIds.get(i));
			latencies[i] = System.nanoTime() - sent;
			next += pace;
		}
		Arrays.sort(latencies);
		double p50 = latencies[PACED / 2] / 1e6;
		double p99 = latencies[(int) Math.ceil(PACED * 0.99) - 1] / 1e6;

		AtomicLong steps = new AtomicLong();
		long approving = System.nanoTime();
		parallel(t -> {
			HallClient clerk = new HallClient(port).signedIn(department + ".clerk");
			HallClient reviewer = new HallClient(port).signedIn(department + ".reviewer");
			HallClient head = new HallClient(port).signedIn(department + ".head");
			for (int i = t; i < numbers.size(); i += THREADS) {
				String number = numbers.get(i);
				step(clerk, number, "intake", Map.of("outcome", "ACCEPT"));
				step(reviewer, number, "review", Map.of("opinion", "同意"));
				step(head, number, "decision", Map.of("approve", true));
				steps.addAndGet(3);
			}
		});
		double approvals = numbers.size() / seconds(approving);

		String report = String.format(Locale.ROOT, """
				Casework submissions and approvals (%d threads, same run)
				  baseline (%s): %,.1f /s
				  submissions over HTTP (%d, case + branch + running process + timeline + audit + key): %,.1f /s
				  ratio submissions / baseline: %.3f
				  paced submissions at %.1f /s (%d): p50 %.1f ms, p99 %.1f ms
				  cases approved over HTTP (intake, review, decision: %d steps): %,.1f /s (%,.1f steps /s)
				  ratio approvals / baseline: %.3f
				""", THREADS, baselineName, baselineRate, numbers.size(), submissions, submissions / baselineRate,
				submissions / 2, PACED, p50, p99, steps.get(), approvals, steps.get() / seconds(approving),
				approvals / baselineRate);
		System.out.println(report);
		Path out = Path.of("target/benchmarks/casework.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/** Applications started, filled in and with their materials, ready to submit. */
	private static List<String> prepared(HallClient applicant, String item, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Response started = Applying.start(applicant, Map.of("item", item));
			Applying.fillIn(applicant, started);
			Applying.uploadRequired(applicant, started);
			ids.add(started.jsonPath().getString("id"));
		}
		return ids;
	}

	private static String submitted(HallClient applicant, String id) {
		Response submitted = Applying.submit(applicant, id, UUID.randomUUID().toString());
		assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(201);
		return submitted.jsonPath().getString("caseNumber");
	}

	/** Takes the case's only branch's open task at the step (found in the engine's table) over HTTP. */
	private void step(HallClient staff, String number, String step, Map<String, Object> action) {
		String task = jdbc.sql("""
				select t.id_ from act_ru_task t join casework_branch b on t.category_ = b.id::text
				where b.case_number = ? and t.task_def_key_ = ?""").params(number, step).query(String.class).single();
		Response taken = staff.postJson("/api/v1/tasks/" + task + "/" + step, action);
		assertThat(taken.statusCode()).as(taken.asString()).isEqualTo(204);
	}

	/** pgbench's TPS on the machine's PostgreSQL, or null where there is no pgbench or no server. */
	private static String pgbenchOrNull() throws Exception {
		if (!Files.isExecutable(Path.of("/usr/bin/pgbench"))) {
			return null;
		}
		String[] server = { "-h", "127.0.0.1", "-p", "5432", "-U", "postgres" };
		if (run(concat(new String[] { "psql" }, server, "-d", "postgres", "-q", "-c",
				"drop database if exists govhall_bench with (force)", "-c", "create database govhall_bench")) == null
				|| run(concat(new String[] { "pgbench" }, server, "-i", "-q", "-s", "2", "govhall_bench")) == null) {
			return null;
		}
		String out = run(concat(new String[] { "pgbench" }, server, "-N", "-c", "2", "-j", "2", "-T", "10",
				"govhall_bench"));
		Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out == null ? "" : out);
		return tps.find() ? tps.group(1) : null;
	}

	/** Single-row inserts per second, each its own transaction, on the hall's database. */
	private double jdbcInserts() throws InterruptedException {
		jdbc.sql("create table if not exists bench_insert (id bigserial primary key, at timestamptz, body text)")
			.update();
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + 10_000_000_000L;
		long started = System.nanoTime();
		parallel(t -> {
			while (System.nanoTime() < end) {
				jdbc.sql("insert into bench_insert (at, body) values (now(), ?)").param("提交").update();
				done.incrementAndGet();
			}
		});
		return done.get() / seconds(started);
	}

	private interface Work {
		void on(int thread) throws Exception;
	}

	private static void parallel(Work work) throws InterruptedException {
		List<Thread> threads = new ArrayList<>();
		List<Throwable> failed = java.util.Collections.synchronizedList(new ArrayList<>());
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			threads.add(new Thread(() -> {
				try {
					work.on(thread);
				}
				catch (Throwable e) {
					failed.add(e);
				}
			}));
		}
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(failed).isEmpty();
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return process.waitFor() == 0 ? out : null;
	}

	private static String[] concat(String[] first, String[] second, String... rest) {
		String[] all = Arrays.copyOf(first, first.length + second.length + rest.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		System.arraycopy(rest, 0, all, first.length + second.length, rest.length);
		return all;
	}
}
