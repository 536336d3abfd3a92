package org.govhall.supervision.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import net.javacrumbs.shedlock.core.SimpleLock;
import org.govhall.casework.ApplicantKind;
import org.govhall.casework.BranchStatus;
import org.govhall.casework.CaseBranchRecord;
import org.govhall.shared.scheduling.OneNodeAtATime;
import org.govhall.supervision.EfficiencyFigure;
import org.govhall.supervision.EfficiencyStatistics;
import org.govhall.supervision.Grouping;
import org.govhall.supervision.StatisticsQuery;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervision sweep and the daily figures over fixtures of their own (a department code no other test uses):
 * warning levels counted in working days across the 2026 National Day holiday and its make-up Saturday, paused and
 * closed branches never warned, a second sweep changing nothing, one sweep at a time across nodes, and the
 * statistics against figures computed by hand — also after a late correction of a branch.
 */
@GovHallTest
class SupervisionSweepTests {

	/** The day before the 2026 National Day holiday (10-01..10-07 off, Saturday 10-10 worked). */
	static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

	@Autowired
	SupervisionSweep sweep;

	@Autowired
	BranchStore branches;

	@Autowired
	DailyFigures figures;

	@Autowired
	EfficiencyStatistics statistics;

	@Autowired
	OneNodeAtATime oneNode;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void levels_count_working_days_across_holidays_and_make_up_days() {
		String dept = department();
		long base = -ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
		write(List.of(
				open(base - 1, dept, 20, LocalDate.of(2026, 9, 29), false), // past its last day: red
				open(base - 2, dept, 20, TODAY, false), // its last day: 0 left, yellow
				open(base - 3, dept, 20, LocalDate.of(2026, 10, 13), false), // 13 days away but 5 working days: yellow
				open(base - 4, dept, 20, LocalDate.of(2026, 10, 14), false), // 6 working days: none
				open(base - 5, dept, 12, LocalDate.of(2026, 10, 10), false), // the make-up Saturday is day 3: yellow
				open(base - 6, dept, 12, LocalDate.of(2026, 10, 12), false), // 4 working days left: none
				open(base - 7, dept, 20, LocalDate.of(2026, 9, 1), true), // paused: never warned
				closed(base - 8, dept, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 28), 5, BranchStatus.APPROVED)));

		SupervisionSweep.Result first = transactions.execute(tx -> sweep.sweep(TODAY, Instant.now(), dept));

		assertThat(first.red()).isEqualTo(1);
		assertThat(first.yellow()).isEqualTo(3);
		assertThat(levels(dept)).containsExactlyInAnyOrderEntriesOf(Map.of(base - 1, "RED", base - 2, "YELLOW",
				base - 3, "YELLOW", base - 4, "NONE", base - 5, "YELLOW", base - 6, "NONE", base - 7, "NONE",
				base - 8, "NONE"));
		assertThat(warnings(dept)).isEqualTo(4);
		assertThat(alerts(dept)).isEqualTo(1);

		SupervisionSweep.Result second = transactions.execute(tx -> sweep.sweep(TODAY, Instant.now(), dept));

		assertThat(second.red() + second.yellow()).isZero();
		assertThat(warnings(dept)).isEqualTo(4);
		assertThat(alerts(dept)).isEqualTo(1);

		// two days on (the holiday's first days are not counted), the yellow branch due on its last day is red
		SupervisionSweep.Result later = transactions.execute(tx -> sweep.sweep(LocalDate.of(2026, 10, 8),
				Instant.now(), dept));
		assertThat(later.red()).isEqualTo(1);
		assertThat(levels(dept).get(base - 2)).isEqualTo("RED");
	}

	@Test
	void a_branch_whose_clock_pauses_or_ends_loses_its_warning_and_an_extension_clears_it() {
		String dept = department();
		long id = -ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
		write(List.of(open(id, dept, 20, LocalDate.of(2026, 9, 29), false)));
		transactions.execute(tx -> sweep.sweep(TODAY, Instant.now(), dept));
		assertThat(levels(dept).get(id)).isEqualTo("RED");

		write(List.of(open(id, dept, 20, LocalDate.of(2026, 10, 30), false)));
		assertThat(levels(dept).get(id)).isEqualTo("NONE");
		transactions.execute(tx -> sweep.sweep(TODAY, Instant.now(), dept));
		assertThat(levels(dept).get(id)).isEqualTo("NONE");

		write(List.of(open(id, dept, 20, LocalDate.of(2026, 9, 29), true)));
		transactions.execute(tx -> sweep.sweep(TODAY, Instant.now(), dept));
		assertThat(levels(dept).get(id)).isEqualTo("NONE");
	}

	@Test
	void only_one_node_sweeps_at_a_time() {
		Optional<SimpleLock> otherNode = oneNode.hold(SupervisionSweep.JOB, Duration.ofMinutes(1));
		assertThat(otherNode).as("the sweep's lock is free to begin with").isPresent();
		try {
			assertThat(sweep.sweep()).as("a sweep while another node holds the lock").isEmpty();
		}
		finally {
			otherNode.get().unlock();
		}
		assertThat(sweep.sweep()).as("a sweep once the lock is free").isPresent();
	}

	@Test
	void the_statistics_match_figures_computed_by_hand_also_after_a_late_correction() {
		String dept = department();
		long base = -ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
		LocalDate in = LocalDate.of(2026, 11, 2);
		LocalDate out = LocalDate.of(2026, 11, 10);
		write(List.of(
				decided(base - 1, dept, "I-ONE", in, out, 3, BranchStatus.APPROVED, 0),
				decided(base - 2, dept, "I-ONE", in, out, 5, BranchStatus.REFUSED, 0),
				decided(base - 3, dept, "I-ONE", in, out, 7, BranchStatus.APPROVED, 1),
				decided(base - 4, dept, "I-ONE", in, out, 12, BranchStatus.APPROVED, 0),
				open(base - 5, dept, "I-TWO", LocalDate.of(2026, 11, 3), 10, LocalDate.of(2026, 11, 17), false)));
		StatisticsQuery byItem = new StatisticsQuery(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
				Grouping.ITEM, dept, null, null);

		Map<String, EfficiencyFigure> found = byKey(statistics.figures(byItem));

		EfficiencyFigure one = found.get("I-ONE");
		assertThat(one.received()).isEqualTo(4);
		assertThat(one.finished()).isEqualTo(4);
		assertThat(one.onTime()).isEqualTo(3); // 12 > the promised 10
		assertThat(one.late()).isEqualTo(1);
		assertThat(one.refusals()).isEqualTo(1);
		assertThat(one.corrections()).isEqualTo(1);
		assertThat(one.averageDays()).isEqualTo(6.75); // (3 + 5 + 7 + 12) / 4
		assertThat(one.p90Days()).isEqualTo(12); // the 4th of 4 (ceil(0.9 × 4))
		assertThat(one.averagePromisedLimit()).isEqualTo(10.0);
		assertThat(one.averageLegalLimit()).isEqualTo(20.0);
		assertThat(one.onTimeShare()).isEqualTo(0.75);
		EfficiencyFigure two = found.get("I-TWO");
		assertThat(two.received()).isEqualTo(1);
		assertThat(two.finished()).isZero();
		assertThat(two.averageDays()).isNull();

		// a late event: the 12-day branch was in fact decided two days later, in 8 working days
		write(List.of(decided(base - 4, dept, "I-ONE", in, out.plusDays(2), 8, BranchStatus.APPROVED, 0)));
		EfficiencyFigure corrected = byKey(statistics.figures(byItem)).get("I-ONE");
		assertThat(corrected.finished()).isEqualTo(4);
		assertThat(corrected.onTime()).isEqualTo(4);
		assertThat(corrected.averageDays()).isEqualTo(5.75);
		assertThat(corrected.p90Days()).isEqualTo(8);
		Map<String, EfficiencyFigure> byDay = byKey(statistics.figures(new StatisticsQuery(out, out.plusDays(2),
				Grouping.WEEK, dept, "I-ONE", null)));
		assertThat(byDay.values().stream().mapToLong(EfficiencyFigure::finished).sum()).isEqualTo(4);
		long rowsOfTheFirstDay = jdbc.sql("select finished from supervision_daily where department = ? and day = ?")
			.params(dept, java.sql.Date.valueOf(out)).query(Long.class).single();
		assertThat(rowsOfTheFirstDay).as("the old day's row counted down").isEqualTo(3);
		// a full recount gives the same figures as the incremental ones
		transactions.executeWithoutResult(tx -> figures.recomputeAll());
		assertThat(byKey(statistics.figures(byItem)).get("I-ONE")).isEqualTo(corrected);
	}

	@Test
	void the_90th_percentile_is_read_from_the_histogram() {
		long[] histogram = new long[61];
		histogram[2] = 9;
		histogram[30] = 1;
		assertThat(EfficiencyStatistics.percentile(histogram, 10, 0.9)).isEqualTo(2);
		histogram[2] = 8;
		histogram[30] = 2;
		assertThat(EfficiencyStatistics.percentile(histogram, 10, 0.9)).isEqualTo(30);
		assertThat(EfficiencyStatistics.percentile(null, 0, 0.9)).isNull();
	}

	private void write(List<CaseBranchRecord> records) {
		transactions.executeWithoutResult(tx -> figures.recompute(branches.write(records, Instant.now())));
	}

	private static String department() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	private static CaseBranchRecord open(long id, String dept, int limit, LocalDate due, boolean paused) {
		return open(id, dept, "I-WATCH", LocalDate.of(2026, 9, 1), limit, due, paused);
	}

	private static CaseBranchRecord open(long id, String dept, String item, LocalDate submitted, int limit,
			LocalDate due, boolean paused) {
		return new CaseBranchRecord(id, "T" + (-id), 1, item, "测试事项", dept, null, "440600", ApplicantKind.PERSON,
				"ONLINE", submitted, submitted, paused ? BranchStatus.CORRECTION : BranchStatus.REVIEW, limit, 20, 0,
				paused ? null : due, null, paused, 3, paused ? 1 : 0, null, "tester.reviewer");
	}

	private static CaseBranchRecord closed(long id, String dept, LocalDate submitted, LocalDate closed, int used,
			BranchStatus status) {
		return decided(id, dept, "I-WATCH", submitted, closed, used, status, 0);
	}

	private static CaseBranchRecord decided(long id, String dept, String item, LocalDate submitted, LocalDate closed,
			int used, BranchStatus status, int corrections) {
		return new CaseBranchRecord(id, "T" + (-id), 1, item, "测试事项", dept, null, "440600", ApplicantKind.COMPANY,
				"ONLINE", submitted, submitted, status, 10, 20, 0, submitted.plusDays(14), submitted.plusDays(28), false,
				used, corrections, closed, null);
	}

	private Map<Long, String> levels(String dept) {
		Map<Long, String> levels = new java.util.HashMap<>();
		jdbc.sql("select branch_id, level from supervision_branch where department = ?").param(dept)
			.query(rs -> {
				levels.put(rs.getLong(1), rs.getString(2));
			});
		return levels;
	}

	private long warnings(String dept) {
		return jdbc.sql("select count(*) from supervision_warning where department = ?").param(dept)
			.query(Long.class).single();
	}

	private long alerts(String dept) {
		return jdbc.sql("select count(*) from supervision_alert where department = ?").param(dept)
			.query(Long.class).single();
	}

	private static Map<String, EfficiencyFigure> byKey(List<EfficiencyFigure> figures) {
		Map<String, EfficiencyFigure> byKey = new java.util.HashMap<>();
		figures.forEach(f -> byKey.put(f.key(), f));
		return byKey;
	}
}
