package org.govhall.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.time.LocalDate;

import org.govhall.exchange.DataSharing;
import org.govhall.exchange.internal.BaseRegisterLoader;
import org.govhall.exchange.internal.SyntheticPopulation;
import org.govhall.shared.security.StaffMember;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading one million synthetic people into the population register with COPY (rows/s, with the share of
 * generation measured alone), and the p99 of a direct indexed key lookup on the million-row table: the baseline
 * the governed gateway will be measured against. Run with {@code mvn -Pbench verify}.
 */
@GovHallTest
@Tag("benchmark")
class BaseRegisterLoadBenchmark {

	private static final long MILLION = 1_000_000;

	@Autowired
	BaseRegisterLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSharing sharing;

	private String gatewayReport = "";

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
		public Set<String> roleNames() {
			return Set.of("DATA_STEWARD");
		}
	}

	@Test
	void load_a_million_people_and_look_them_up_by_key() throws Exception {
		SyntheticPopulation population = new SyntheticPopulation(2026);
		long existing = jdbc.sql("select count(*) from exchange_person").query(Long.class).single();

		long generationStart = System.nanoTime();
		long checksum = 0;
		for (long i = existing; i < existing + 200_000; i++) {
			checksum += population.person(i).idNumber().hashCode();
		}
		double generationRate = 200_000 / ((System.nanoTime() - generationStart) / 1e9);
		assertThat(checksum).isNotZero();

		long start = System.nanoTime();
		long loaded = loader.loadPeople(population, existing, MILLION, (done, total) -> {
			if (done % 200_000 == 0) {
				System.out.printf("loaded %,d of %,d%n", done, total);
			}
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		jdbc.sql("analyze exchange_person").update();
		long total = jdbc.sql("select count(*) from exchange_person").query(Long.class).single();
		assertThat(total).isEqualTo(existing + loaded);

		SplittableRandom random = new SplittableRandom(1);
		List<Long> lookups = new ArrayList<>();
		for (int i = 0; i < 22_000; i++) {
			String id = population.person(random.nextLong(total)).idNumber();
			long t = System.nanoTime();
			String name = jdbc.sql("select name from exchange_person where id_number = ?").param(id)
				.query(String.class).single();
			if (i >= 2_000) {
				lookups.add(System.nanoTime() - t);
			}
			assertThat(name).isNotBlank();
		}
		long[] sorted = lookups.stream().mapToLong(Long::longValue).sorted().toArray();
		double directSeconds = lookups.stream().mapToLong(Long::longValue).sum() / 1e9;

		// the same lookups through the governed gateway (grant check, projection, masking, audit entry)
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(new BenchStaff(), null, List.of()));
		try {
			sharing.request(new DataSharing.AccessRequest("GAJ-SFHY", List.of("name", "birth_date"), "基准测试", "基准测试",
					List.of(), LocalDate.now().plusDays(30), false));
			List<Long> gateway = new ArrayList<>();
			SplittableRandom again = new SplittableRandom(1);
			for (int i = 0; i < 12_000; i++) {
				String id = population.person(again.nextLong(total)).idNumber();
				long t = System.nanoTime();
				sharing.lookup("GAJ-SFHY", id, "基准测试");
				if (i >= 2_000) {
					gateway.add(System.nanoTime() - t);
				}
			}
			long[] g = gateway.stream().mapToLong(Long::longValue).sorted().toArray();
			double gatewaySeconds = gateway.stream().mapToLong(Long::longValue).sum() / 1e9;
			gatewayReport = String.format(Locale.ROOT, """
					governed gateway lookup in process (10,000 lookups, each audited): p50 %.3f ms, p99 %.3f ms
					throughput gateway %,.0f/s vs direct %,.0f/s = %.0f %% (target >= 50 %%); p99 ratio %.1f (target <= 3)
					""", g[g.length / 2] / 1e6, g[(int) (g.length * 0.99)] / 1e6, gateway.size() / gatewaySeconds,
					lookups.size() / directSeconds, 100 * (gateway.size() / gatewaySeconds) / (lookups.size() / directSeconds),
					(g[(int) (g.length * 0.99)] / 1e6) / (sorted[(int) (sorted.length * 0.99)] / 1e6));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String report = String.format(Locale.ROOT, """
				base register load benchmark: %,d people loaded with COPY in %.1f s = %,.0f rows/s
				(generation alone: %,.0f people/s; table now %,d rows)
				direct indexed key lookup on %,d rows (20,000 lookups, JdbcClient): p50 %.3f ms, p99 %.3f ms
				""", loaded, seconds, loaded / seconds, generationRate, total, total,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6) + gatewayReport;
		System.out.println(report);
		Path out = Path.of("target/benchmarks/base-register-load.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}
}
