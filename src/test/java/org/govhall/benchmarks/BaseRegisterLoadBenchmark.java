package org.govhall.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.govhall.exchange.AccessGrant;
import org.govhall.exchange.AccessGrants;
import org.govhall.exchange.AccessRequest;
import org.govhall.exchange.DataLookups;
import org.govhall.exchange.Lookup;
import org.govhall.exchange.internal.AccessContext;
import org.govhall.exchange.internal.ActiveGrants;
import org.govhall.exchange.internal.BaseRegisterLoader;
import org.govhall.exchange.internal.ExchangeProperties;
import org.govhall.exchange.internal.GovernedLookups;
import org.govhall.exchange.internal.MachineClient;
import org.govhall.exchange.internal.Register;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading synthetic people into the population register with COPY (rows/s), then the governed gateway against a
 * direct indexed SQL lookup on the same table with the same keys, in the same run: in process with one, four and
 * eight threads (grant check, projection, masking and the access log entry against the bare query), the gateway's
 * statement alone with its record committed asynchronously (the default, ADR 0010) and flushed, and over HTTP from
 * a second process (wrk against the gateway for department systems).
 * One million people by default; {@code -Dgovhall.bench.people=25000000} for the 25-million figure. Run with
 * {@code mvn -Pbench verify}. {@code -Dgovhall.bench.http-only=true} measures only the direct lookup on one thread
 * and the HTTP gateway (what the HTTP ratio needs); {@code -Dgovhall.bench.jfr=<file>} records the server's JVM
 * with Java Flight Recorder while wrk measures (summarise with {@code benchmarks/jfr-tree.py}).
 */
@GovHallTest
@Tag("benchmark")
class BaseRegisterLoadBenchmark {

	private static final int ROUNDS = 5;

	private static final int PER_ROUND = 2_000;

	private static final int THREADS = 4;

	/** More callers than cores, fewer than the pool's connections: flushes of concurrent commits are shared. */
	private static final int MANY_THREADS = 8;

	private static final String DIRECT = "select name, birth_date from exchange_person where id_number = ?";

	@LocalServerPort
	int port;

	@Autowired
	BaseRegisterLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExchangeProperties properties;

	@Autowired
	AccessGrants grants;

	@Autowired
	DataLookups lookupsFacade;

	@Autowired
	ActiveGrants activeGrants;

	@Autowired
	GovernedLookups lookups;

	/** A data steward of the health commission, for the benchmark's grant and lookups. */
	static final class BenchStaff implements StaffMember {

		@Override
		public String getUsername() {
			return "benchmark";
		}

		@Override
		public String departmentCode() {
			return "WJW";
		}

		@Override
		public Set<StaffRole> roles() {
			return Set.of(StaffRole.DATA_STEWARD);
		}
	}

	/** The health commission's own system, as the gateway's filter admits it (the lookups' caller). */
	private static final MachineClient SYSTEM = new MachineClient("bench-system", "WJW");

	@Test
	void load_people_then_compare_the_governed_gateway_with_a_direct_lookup() throws Exception {
		long target = Long.getLong("govhall.bench.people", 1_000_000);
		SyntheticPopulation population = new SyntheticPopulation(2026);
		long existing = count();
		long start = System.nanoTime();
		long loaded = existing >= target ? 0 : loader.loadPeople(population, existing, target - existing, (done, all) -> {
			if (done % 1_000_000 == 0 || done == all) {
				System.out.printf("loaded %,d of %,d%n", done, all);
			}
		});
		double loadSeconds = (System.nanoTime() - start) / 1e9;
		jdbc.sql("analyze exchange_person").update();
		long total = count();
		assertThat(total).isEqualTo(existing + loaded);

		SplittableRandom random = new SplittableRandom(1);
		String[] keys = new String[20_000];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = population.person(random.nextLong(total)).idNumber();
		}
		as(new BenchStaff(), () -> grants.request(new AccessRequest("GAJ-SFHY", List.of("name", "birth_date"),
				"基准测试", "基准测试", List.of(), LocalDate.now().plusDays(30), false)));
		long logBefore = jdbc.sql("select count(*) from exchange_access_log").query(Long.class).single();

		if (Boolean.getBoolean("govhall.bench.http-only")) {
			Figures direct = directOnly(keys);
			String http = overHttp(keys, direct, direct);
			String report = String.format(Locale.ROOT, "Gateway over HTTP (%,d people)%n  direct, one thread: p50 %.3f ms, "
					+ "p99 %.3f ms, %,.0f /s%n  %s%n", total, direct.directP(50), direct.directP(99), direct.directRate(),
					http);
			System.out.println(report);
			Path out = Path.of("target/benchmarks/gateway-http-" + total + ".txt");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			return;
		}

		// one thread, the paths interleaved round by round after a warm-up of each
		AccessGrant grant = as(SYSTEM, () -> activeGrants.of("GAJ-SFHY", "WJW", LocalDate.now()).orElseThrow());
		Figures[] single = interleaved(keys, grant);

		// how often the server flushes WAL for 2,000 lookups, with records committed as configured and flushed
		long asConfiguredFlushes = flushesDuring(() -> as(SYSTEM, () -> runGateway(keys, 0, 2_000, new long[2_000])));
		long flushedFlushes = flushesDuring(() -> runStatement(grant, keys, 0, 2_000, new long[2_000], true));

		// four and eight threads each, one path after the other
		Figures parallel = parallel(keys, grant, THREADS, false);
		Figures many = parallel(keys, grant, MANY_THREADS, false);
		Figures manyFlushed = parallel(keys, grant, MANY_THREADS, true);

		long logged = jdbc.sql("select count(*) from exchange_access_log").query(Long.class).single() - logBefore;
		assertThat(logged).as("every governed lookup wrote its access log entry")
			.isEqualTo(3 * (3_000L + ROUNDS * PER_ROUND) + 2 * 2_000L
					+ (THREADS + 2L * MANY_THREADS) * ROUNDS * PER_ROUND);

		String http = overHttp(keys, single[0], parallel);
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
				Base registers and the governed gateway (%,d people in the population register)
				  loading %,d people with COPY: %.1f s = %,.0f rows/s
				  server: fsync = %s, synchronous_commit = %s; access-log records of lookups: %s
				  WAL flushes for 2,000 lookups: %,d as configured, %,d with each record flushed
				""", total, loaded, loadSeconds, loaded / Math.max(loadSeconds, 1e-9),
				jdbc.sql("show fsync").query(String.class).single(),
				jdbc.sql("show synchronous_commit").query(String.class).single(),
				properties.flushEachAccessRecord() ? "each flushed before the answer" : "committed asynchronously",
				asConfiguredFlushes, flushedFlushes));
		report.append(section("one thread, interleaved", single[0]));
		report.append(String.format(Locale.ROOT, """
				    of which the one statement (grant check, read, access log entry) alone: p50 %.3f ms, %,.0f /s (%.0f %%)
				    the statement with its record flushed before it answers:             p50 %.3f ms, %,.0f /s (%.0f %%)
				""", single[1].gatewayP(50), single[1].gatewayRate(), 100 * single[1].rateRatio(),
				single[2].gatewayP(50), single[2].gatewayRate(), 100 * single[2].rateRatio()));
		report.append(section(THREADS + " threads", parallel));
		report.append(section(MANY_THREADS + " threads", many));
		report.append(section(MANY_THREADS + " threads, the statement with each record flushed", manyFlushed));
		report.append(String.format(Locale.ROOT, "  gateway p99 on %,d people: %.3f ms (target <= 10 ms)%n", total,
				Math.max(single[0].gatewayP(99), Math.max(parallel.gatewayP(99), many.gatewayP(99)))));
		report.append("  ").append(http).append(System.lineSeparator());
		System.out.println(report);
		Path out = Path.of("target/benchmarks/gateway-" + total + ".txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private static String section(String label, Figures figures) {
		return String.format(Locale.ROOT, """
				  %s, %,d lookups per path:
				    direct indexed SQL lookup:  p50 %.3f ms, p99 %.3f ms, %,.0f /s
				    governed lookup:            p50 %.3f ms, p99 %.3f ms, %,.0f /s
				    throughput ratio %.0f %% (target >= 50 %%), p99 ratio %.2f (target <= 3)
				""", label, figures.gateway().length, figures.directP(50), figures.directP(99), figures.directRate(),
				figures.gatewayP(50), figures.gatewayP(99), figures.gatewayRate(), 100 * figures.rateRatio(),
				figures.p99Ratio());
	}

	/**
	 * One thread: direct, gateway, the gateway's statement alone and the statement with its record flushed,
	 * interleaved round by round after a warm-up of each. Answers the figures of the last three against direct.
	 */
	private Figures[] interleaved(String[] keys, AccessGrant grant) {
		runDirect(keys, 0, 3_000, new long[3_000]);
		as(SYSTEM, () -> runGateway(keys, 0, 3_000, new long[3_000]));
		runStatement(grant, keys, 0, 3_000, new long[3_000], false);
		runStatement(grant, keys, 0, 3_000, new long[3_000], true);
		int all = ROUNDS * PER_ROUND;
		long[] direct = new long[all];
		long[] gateway = new long[all];
		long[] statement = new long[all];
		long[] flushed = new long[all];
		long[] nanos = new long[4];
		for (int round = 0; round < ROUNDS; round++) {
			int from = round * PER_ROUND;
			long t = System.nanoTime();
			runDirect(keys, from, PER_ROUND, direct);
			nanos[0] += System.nanoTime() - t;
			t = System.nanoTime();
			as(SYSTEM, () -> runGateway(keys, from, PER_ROUND, gateway));
			nanos[1] += System.nanoTime() - t;
			t = System.nanoTime();
			runStatement(grant, keys, from, PER_ROUND, statement, false);
			nanos[2] += System.nanoTime() - t;
			t = System.nanoTime();
			runStatement(grant, keys, from, PER_ROUND, flushed, true);
			nanos[3] += System.nanoTime() - t;
		}
		return new Figures[] { new Figures(direct, nanos[0], gateway, nanos[1]),
				new Figures(direct, nanos[0], statement, nanos[2]), new Figures(direct, nanos[0], flushed, nanos[3]) };
	}

	/** The direct lookup alone on one thread, after a warm-up (its figures stand for both paths). */
	private Figures directOnly(String[] keys) {
		runDirect(keys, 0, 3_000, new long[3_000]);
		long[] direct = new long[ROUNDS * PER_ROUND];
		long t = System.nanoTime();
		runDirect(keys, 0, direct.length, direct);
		long nanos = System.nanoTime() - t;
		return new Figures(direct, nanos, direct, nanos);
	}

	/** The server's WAL flushes during {@code work} (PostgreSQL 18's I/O statistics, or its WAL statistics). */
	private long flushesDuring(Runnable work) {
		long before = walFlushes();
		work.run();
		walFlushes(); // a session reports its statistics when it ends a transaction after asking to
		return walFlushes() - before;
	}

	/** On one thread the pool hands out the connection the work used, so its statistics are reported. */
	private long walFlushes() {
		jdbc.sql("select pg_stat_force_next_flush()").query().singleRow();
		jdbc.sql("select pg_stat_clear_snapshot()").query().singleRow();
		int version = jdbc.sql("show server_version_num").query(Integer.class).single();
		return jdbc.sql(version >= 180_000 ? "select coalesce(sum(fsyncs), 0) from pg_stat_io where object = 'wal'"
				: "select wal_sync from pg_stat_wal").query(Long.class).single();
	}

	private long count() {
		return jdbc.sql("select count(*) from exchange_person").query(Long.class).single();
	}

	private void runDirect(String[] keys, int from, int count, long[] nanos) {
		for (int i = 0; i < count; i++) {
			String key = keys[(from + i) % keys.length];
			long t = System.nanoTime();
			Map<String, Object> row = jdbc.sql(DIRECT).param(key).query().singleRow();
			nanos[from + i] = System.nanoTime() - t;
			assertThat(row).hasSize(2);
		}
	}

	private Void runGateway(String[] keys, int from, int count, long[] nanos) {
		for (int i = 0; i < count; i++) {
			String key = keys[(from + i) % keys.length];
			long t = System.nanoTime();
			Lookup lookup = lookupsFacade.lookup("GAJ-SFHY", key, "基准测试", "127.0.0.1");
			nanos[from + i] = System.nanoTime() - t;
			assertThat(lookup.fields()).hasSize(2);
		}
		return null;
	}

	private Void runStatement(AccessGrant grant, String[] keys, int from, int count, long[] nanos, boolean flushed) {
		for (int i = 0; i < count; i++) {
			String key = keys[(from + i) % keys.length];
			long t = System.nanoTime();
			GovernedLookups.Answer answer = lookups.lookup(Register.PERSON, grant, key, "基准测试",
					new AccessContext("WJW", "client:bench-system", null, "MACHINE", null, java.time.Instant.now()),
					LocalDate.now(), flushed);
			nanos[from + i] = System.nanoTime() - t;
			assertThat(answer.found()).isTrue();
		}
		return null;
	}

	/** Direct, then the gateway (or the statement with each record flushed) on {@code threads} threads. */
	private Figures parallel(String[] keys, AccessGrant grant, int threads, boolean flushedStatement)
			throws Exception {
		int each = ROUNDS * PER_ROUND;
		long[] direct = new long[threads * each];
		long[] gateway = new long[threads * each];
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			long t = System.nanoTime();
			await(pool, threads, n -> () -> {
				runDirect(rotated(keys, n), n * each, each, direct);
				return null;
			});
			long directNanos = System.nanoTime() - t;
			t = System.nanoTime();
			await(pool, threads, n -> () -> flushedStatement
					? runStatement(grant, rotated(keys, n), n * each, each, gateway, true)
					: as(SYSTEM, () -> runGateway(rotated(keys, n), n * each, each, gateway)));
			long gatewayNanos = System.nanoTime() - t;
			return new Figures(direct, directNanos, gateway, gatewayNanos);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String[] rotated(String[] keys, int n) {
		String[] out = new String[keys.length];
		for (int i = 0; i < keys.length; i++) {
			out[i] = keys[(i + n * 4_999) % keys.length];
		}
		return out;
	}

	private static void await(ExecutorService pool, int threads, java.util.function.IntFunction<Callable<Void>> work)
			throws Exception {
		List<Future<Void>> futures = new ArrayList<>();
		for (int n = 0; n < threads; n++) {
			futures.add(pool.submit(work.apply(n)));
		}
		for (Future<Void> future : futures) {
			future.get();
		}
	}

	/**
	 * The gateway for department systems over HTTP from a second process: wrk posts lookups with a
	 * client-credentials token of the hall's OIDC provider, two connections for 15 s.
	 */
	private String overHttp(String[] keys, Figures single, Figures parallel) throws Exception {
		if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
			return "over HTTP: not measured (install Debian's wrk)";
		}
		String token = machineToken();
		StringBuilder lua = new StringBuilder("local keys = {");
		for (int i = 0; i < 1_000; i++) {
			lua.append('"').append(keys[i]).append("\",");
		}
		lua.append("""
				}
				local n = 0
				local failed = 0
				request = function()
				  n = n + 1
				  return wrk.format("POST", "/api/v1/exchange/machine/lookups", {
				    ["Authorization"] = "Bearer TOKEN", ["Content-Type"] = "application/json" },
				    '{"resource":"GAJ-SFHY","purpose":"基准测试","subject":"' .. keys[(n % #keys) + 1] .. '"}')
				end
				response = function(status, headers, body)
				  if status ~= 200 then failed = failed + 1 end
				end
				done = function(summary, latency, requests)
				  io.write(string.format("NON2XX %d\\n", summary.errors.status))
				end
				""".replace("TOKEN", token));
		Path script = Files.createTempFile("gateway", ".lua");
		Files.writeString(script, lua);
		// the server's JIT needs its warm-up too
		run("wrk", "-t2", "-c2", "-d20s", "-s", script.toString(), "http://localhost:" + port);
		String jfr = System.getProperty("govhall.bench.jfr", "");
		Recording recording = jfr.isBlank() ? null : profiling();
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuBefore = os.getProcessCpuTime();
		long serverBefore = serverThreadsCpu();
		String out = run("wrk", "-t2", "-c2", "-d15s", "--latency", "-s", script.toString(), "http://localhost:" + port);
		long cpuNanos = os.getProcessCpuTime() - cpuBefore;
		long serverNanos = serverThreadsCpu() - serverBefore;
		if (recording != null) {
			recording.dump(Path.of(jfr));
			recording.close();
		}
		assertThat(out).contains("NON2XX 0");
		long requests = Long.parseLong(match(out, "([0-9]+) requests in"));
		double rate = Double.parseDouble(match(out, "Requests/sec:\\s+([0-9.]+)"));
		double p50 = millis(match(out, "\\s50%\\s+([0-9.]+[mu]?s)"));
		double p99 = millis(match(out, "\\s99%\\s+([0-9.]+[mu]?s)"));
		return String.format(Locale.ROOT, """
				over HTTP from a second process (wrk, 2 connections, 15 s, client-credentials token, JSON):
				    gateway /api/v1/exchange/machine/lookups: p50 %.3f ms, p99 %.3f ms, %,.0f /s
				    JVM CPU per request: %.3f ms the whole process (JIT and GC included), %.3f ms the request threads%s
				    against the direct lookup in process: %.0f %% of one thread's rate, %.0f %% of %d threads'""",
				p50, p99, rate, cpuNanos / 1e6 / Math.max(requests, 1), serverNanos / 1e6 / Math.max(requests, 1),
				jfr.isBlank() ? "" : " (profiled: " + jfr + ")",
				100 * rate / single.directRate(), 100 * rate / parallel.directRate(), THREADS);
	}

	/** The CPU time of the web server's request threads so far (threads that ended are not counted). */
	private static long serverThreadsCpu() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long sum = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith("http-nio-")) {
				sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
			}
		}
		return sum;
	}

	/** Java Flight Recorder's profiling settings, started now. */
	private static Recording profiling() throws Exception {
		Recording recording = new Recording(Configuration.getConfiguration("profile"));
		recording.start();
		return recording;
	}

	private String machineToken() throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String clientId = "bench-gw-" + UUID.randomUUID().toString().substring(0, 8);
		String secret = admin.postJson("/api/v1/identity/clients", Map.of("clientId", clientId, "name", "bench",
				"scopes", List.of("exchange"), "signsUsersIn", false, "machine", true, "requireConsent", false))
			.jsonPath().getString("clientSecret");
		assertThat(admin.postJson("/api/v1/exchange/clients", Map.of("clientId", clientId, "department", "WJW",
				"requestsPerMinute", 10_000_000)).statusCode()).isEqualTo(204);
		String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
		String answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
				.header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=exchange")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		return JsonMapper.builder().build().readTree(answer).get("access_token").asText();
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(out).isZero();
		return out;
	}

	private static String match(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		assertThat(m.find()).as(regex + " in " + text).isTrue();
		return m.group(1);
	}

	private static double millis(String wrkTime) {
		if (wrkTime.endsWith("us")) {
			return Double.parseDouble(wrkTime.substring(0, wrkTime.length() - 2)) / 1000;
		}
		if (wrkTime.endsWith("ms")) {
			return Double.parseDouble(wrkTime.substring(0, wrkTime.length() - 2));
		}
		return Double.parseDouble(wrkTime.substring(0, wrkTime.length() - 1)) * 1000;
	}

	private static <T> T as(StaffMember staff, Callable<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, List.of()));
		try {
			return work.call();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Latencies of both paths and the wall-clock time each path took in all. */
	private record Figures(long[] direct, long directNanos, long[] gateway, long gatewayNanos) {

		Figures {
			direct = direct.clone();
			gateway = gateway.clone();
			Arrays.sort(direct);
			Arrays.sort(gateway);
		}

		double directP(int p) {
			return direct[(int) Math.min(direct.length - 1, (long) direct.length * p / 100)] / 1e6;
		}

		double gatewayP(int p) {
			return gateway[(int) Math.min(gateway.length - 1, (long) gateway.length * p / 100)] / 1e6;
		}

		/** Lookups per second, of all threads together. */
		double directRate() {
			return direct.length / (directNanos / 1e9);
		}

		double gatewayRate() {
			return gateway.length / (gatewayNanos / 1e9);
		}

		double rateRatio() {
			return gatewayRate() / directRate();
		}

		double p99Ratio() {
			return gatewayP(99) / directP(99);
		}
	}
}
