package org.govhall.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.govhall.supervision.EfficiencyStatistics;
import org.govhall.supervision.Grouping;
import org.govhall.supervision.StatisticsQuery;
import org.govhall.supervision.internal.DailyFigures;
import org.govhall.supervision.internal.SupervisionSweep;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervision at a city's scale (issue 20), against raw scans of the same rows in the same run: the sweep over
 * 1,000,000 open branches (generated) — first with most of them changing level, then again with none — with the
 * heap used before and after; the statistics over 5,000,000 decided branches from the daily pre-aggregates, per
 * department, item and month over a year, against counting the same branches directly. Run with
 * {@code mvn -Pbench verify -Dtest=SupervisionBenchmark}; figures printed and written to
 * {@code target/benchmarks/supervision.txt}. The generated rows are removed at the end.
 */
@GovHallTest
@Tag("benchmark")
class SupervisionBenchmark {

	static final int OPEN = Integer.getInteger("govhall.bench.open", 1_000_000);

	static final int DECIDED = Integer.getInteger("govhall.bench.decided", 5_000_000);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupervisionSweep sweep;

	@Autowired
	EfficiencyStatistics statistics;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DailyFigures figures;

	@Autowired
	Clock clock;

	@Test
	void the_sweep_and_the_statistics_at_scale() throws Exception {
		LocalDate today = LocalDate.now(clock);
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		try {
			long generateOpen = millis(() -> generate(OPEN, true, today));
			jdbc.sql("analyze supervision_branch").update();
			double scan = median(() -> millis(() -> jdbc.sql(
					"select count(*), sum(promised_limit) from supervision_branch where is_open and not paused")
				.query().singleRow()));
			System.gc();
			long heapBefore = memory.getHeapMemoryUsage().getUsed();
			Instant t0 = Instant.now();
			SupervisionSweep.Result first = sweep.sweep().orElseThrow();
			long firstSweep = java.time.Duration.between(t0, Instant.now()).toMillis();
			long heapAfterFirst = memory.getHeapMemoryUsage().getUsed();
			t0 = Instant.now();
			SupervisionSweep.Result second = sweep.sweep().orElseThrow();
			long secondSweep = java.time.Duration.between(t0, Instant.now()).toMillis();
			assertThat(first.red() + first.yellow()).isGreaterThan(OPEN / 4);
			assertThat(second.red() + second.yellow()).isZero();
			jdbc.sql("delete from supervision_branch where department = 'BENCH-OPEN'").update();

			long generateDecided = millis(() -> generate(DECIDED, false, today));
			long recount = 0;
			recount += millis(() -> transactions.executeWithoutResult(tx -> figures.recomputeAll()));
			jdbc.sql("analyze supervision_daily").update();
			LocalDate from = today.minusYears(1);
			double raw = median(() -> millis(() -> jdbc.sql("""
					select department, count(*), count(*) filter (where used_days <= promised_limit), avg(used_days),
					    percentile_disc(0.9) within group (order by used_days)
					from supervision_branch where closed_on between ? and ? group by department""")
				.params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(today)).query().listOfRows()));
			List<String> lines = new ArrayList<>();
			for (Grouping by : List.of(Grouping.DEPARTMENT, Grouping.ITEM, Grouping.MONTH, Grouping.TOTAL)) {
				StatisticsQuery query = new StatisticsQuery(from, today, by, null, null, null);
				int[] groups = new int[1];
				double ms = median(() -> millis(() -> groups[0] = statistics.figures(query).size()));
				lines.add(String.format(Locale.ROOT, "  statistics by %-10s %7.1f ms  (%d groups)  ratio to the raw count %.2f",
						by, ms, groups[0], raw / ms));
			}
			String report = String.format(Locale.ROOT, """
					Supervision benchmark (%s)
					sweep over %,d open branches (generated in %,d ms)
					  raw scan of the open branches   %7.1f ms (baseline, median of 5)
					  first sweep (%,d red, %,d yellow) %,d ms  ratio to the scan %.1f
					  second sweep (no change)         %,d ms  ratio to the scan %.1f
					  heap used before / after the first sweep: %,d / %,d KiB
					statistics over %,d decided branches (generated in %,d ms, counted into daily figures in %,d ms)
					  raw count per department over a year %7.1f ms (baseline, median of 5)
					%s
					""", Instant.now(), OPEN, generateOpen, scan, first.red(), first.yellow(), firstSweep,
					firstSweep / scan, secondSweep, secondSweep / scan, heapBefore / 1024, heapAfterFirst / 1024,
					DECIDED, generateDecided, recount, raw, String.join("\n", lines));
			System.out.println(report);
			Path out = Path.of("target/benchmarks/supervision.txt");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report, StandardCharsets.UTF_8);
		}
		finally {
			jdbc.sql("delete from supervision_branch where department in ('BENCH-OPEN', 'BENCH-DONE')").update();
			jdbc.sql("delete from supervision_daily where department in ('BENCH-OPEN', 'BENCH-DONE')").update();
		}
	}

	/** Branches in one statement: open ones due from 30 days ago to 60 days ahead, or decided ones over a year. */
	private void generate(int count, boolean open, LocalDate today) {
		String status = open ? "'REVIEW'" : "case when g % 17 = 0 then 'REFUSED' else 'APPROVED' end";
		String due = open ? "?::date - 30 + (g % 91)" : "?::date - (g % 365) + 14";
		String closed = open ? "case when ?::date is null then null else null::date end" : "?::date - (g % 365) + 7";
		jdbc.sql("""
				insert into supervision_branch (branch_id, case_number, stage, item_code, item_name, department,
				    division_code, applicant_kind, channel, submitted_on, started_on, status, is_open, promised_limit,
				    legal_limit, due_on, paused, used_days, corrections, closed_on, refused, level, synced_at)
				select -%d - g, 'B' || g, 1, 'BENCH-' || lpad((g %% 200)::text, 3, '0'), '基准事项', '%s',
				    (array['440604', '440605', '440606', '440607', '440608', '440600'])[1 + g %% 6], 'PERSON', 'ONLINE',
				    ?::date - (g %% 365), ?::date - (g %% 365), %s, %s, 5 + g %% 16, 20, %s, %s, g %% 25,
				    (g %% 11 = 0)::int, %s, %s, 'NONE', now()
				from generate_series(1, ?) g""".formatted(open ? 10_000_000_000L : 20_000_000_000L,
				open ? "BENCH-OPEN" : "BENCH-DONE", status, open, due, open ? "g % 23 = 0" : "false", closed,
				open ? "false" : "g % 17 = 0"))
			.params(java.sql.Date.valueOf(today), java.sql.Date.valueOf(today), java.sql.Date.valueOf(today),
					java.sql.Date.valueOf(today), count)
			.update();
	}

	private static long millis(Runnable work) {
		long started = System.nanoTime();
		work.run();
		return (System.nanoTime() - started) / 1_000_000;
	}

	private static double median(Supplier<Long> run) {
		List<Long> runs = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			runs.add(run.get());
		}
		Collections.sort(runs);
		return Math.max(0.1, runs.get(2));
	}
}
