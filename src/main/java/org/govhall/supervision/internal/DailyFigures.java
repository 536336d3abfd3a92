package org.govhall.supervision.internal;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statistics' daily pre-aggregates ({@code supervision_daily}): for a day, department, item and division,
 * what was received that day and what was decided that day — how many, on time, refused, after corrections, the
 * working days they took (summed and as a histogram for the percentiles) and the limits they had. A change of a
 * branch recomputes the rows of the days and keys its old and new facts touch from the branches themselves, so
 * that a late or repeated event leaves the figures as correct as a full recount; each key is recomputed under a
 * transaction-scoped advisory lock, so that two changes of one key never count each other's work out.
 */
@Component
public class DailyFigures {

	/** Decided branches: what the figures count as finished (a stopped branch was decided by nobody). */
	private static final String DECIDED = " b.status in ('APPROVED', 'REFUSED', 'NOT_ACCEPTED')";

	/**
	 * The figures of every day and key in the CTE {@code keys}: the branches received that day, joined with those
	 * decided that day, in one pass each; the histogram as 61 filtered counts (0 … 60 or more working days).
	 */
	private static final String FIGURES = """
			received as (
			    select k.day, k.department, k.item_code, k.division_code, count(b.branch_id) as received
			    from keys k left join supervision_branch b on b.submitted_on = k.day and b.department = k.department
			        and b.item_code = k.item_code and b.division_code = k.division_code
			    group by k.day, k.department, k.item_code, k.division_code),
			decided as (
			    select k.day, k.department, k.item_code, k.division_code, b.used_days, b.promised_limit,
			        b.legal_limit, b.extension, b.refused, b.corrections
			    from keys k join supervision_branch b on b.closed_on = k.day and b.department = k.department
			        and b.item_code = k.item_code and b.division_code = k.division_code and """ + DECIDED + """
			),
			figures as (
			    select r.day, r.department, r.item_code, r.division_code, r.received,
			        count(d.used_days) as finished,
			        count(d.used_days) filter (where d.used_days <= d.promised_limit + d.extension) as on_time,
			        count(d.used_days) filter (where d.refused) as refused,
			        count(d.used_days) filter (where d.corrections > 0) as corrections,
			        coalesce(sum(d.used_days), 0) as days_sum,
			        coalesce(sum(d.promised_limit), 0) as promised_sum,
			        coalesce(sum(d.legal_limit), 0) as legal_sum,
			        """ + histogram("d.used_days") + """
			 as days_histogram
			    from received r left join decided d on d.day = r.day and d.department = r.department
			        and d.item_code = r.item_code and d.division_code = r.division_code
			    group by r.day, r.department, r.item_code, r.division_code, r.received)
			""";

	private static final String INSERT = """
			insert into supervision_daily (day, department, item_code, division_code, received, finished, on_time,
			    refused, corrections, days_sum, promised_sum, legal_sum, days_histogram)
			select * from figures
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DailyFigures(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** {@code array[count(x) filter (where least(x, 60) = 0), …, … = 60]::int[]}. */
	private static String histogram(String days) {
		StringBuilder sql = new StringBuilder("array[");
		for (int d = 0; d <= 60; d++) {
			sql.append(d == 0 ? "" : ", ").append("count(").append(days).append(") filter (where least(").append(days)
				.append(", 60) = ").append(d).append(')');
		}
		return sql.append("]::int[]").toString();
	}

	/** Recomputes the rows of these days and keys; in the caller's transaction. */
	void recompute(List<BranchStore.DayKey> keys) {
		if (keys.isEmpty()) {
			return;
		}
		String keysJson = json.writeValueAsString(keys.stream()
			.map(k -> Map.of("day", k.day().toString(), "department", k.department(), "item_code", k.item(),
					"division_code", k.division()))
			.toList());
		String keysCte = """
				with keys as (select * from json_to_recordset(?::json)
				    as x(day date, department text, item_code text, division_code text))
				""";
		jdbc.sql(keysCte + """
				select count(pg_advisory_xact_lock(hashtextextended(
				    day::text || '|' || department || '|' || item_code || '|' || division_code, 0)))
				from (select * from keys order by day, department, item_code, division_code) ordered""")
			.param(keysJson).query(Long.class).single();
		jdbc.sql(keysCte + ", " + FIGURES + INSERT + """
				on conflict (day, department, item_code, division_code) do update set received = excluded.received,
				    finished = excluded.finished, on_time = excluded.on_time, refused = excluded.refused,
				    corrections = excluded.corrections, days_sum = excluded.days_sum,
				    promised_sum = excluded.promised_sum, legal_sum = excluded.legal_sum,
				    days_histogram = excluded.days_histogram""")
			.param(keysJson).update();
	}

	/** Counts every row again from the branches (after a bulk import); in the caller's transaction. */
	public void recomputeAll() {
		jdbc.sql("lock table supervision_daily in exclusive mode").update();
		jdbc.sql("delete from supervision_daily").update();
		jdbc.sql("""
				with keys as (
				    select submitted_on as day, department, item_code, division_code from supervision_branch
				    union select closed_on, department, item_code, division_code from supervision_branch b
				        where closed_on is not null and """ + DECIDED + "), " + FIGURES + INSERT).update();
	}
}
