package org.govhall.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.govhall.exchange.internal.BaseRegisterLoader;
import org.govhall.exchange.internal.SyntheticPopulation;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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
		String report = String.format(Locale.ROOT, """
				base register load benchmark: %,d people loaded with COPY in %.1f s = %,.0f rows/s
				(generation alone: %,.0f people/s; table now %,d rows)
				direct indexed key lookup on %,d rows (20,000 lookups, JdbcClient): p50 %.3f ms, p99 %.3f ms
				""", loaded, seconds, loaded / seconds, generationRate, total, total,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
		System.out.println(report);
		Path out = Path.of("target/benchmarks/base-register-load.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}
}
