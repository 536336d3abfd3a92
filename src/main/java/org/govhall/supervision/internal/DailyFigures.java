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
class DailyFigures {

	/** The aggregate of the branches received or decided on {@code k.day} for a key, as one row. */
	private static final String FIGURES = """
			select k.day, k.department, k.item_code, k.division_code,
			    (select count(*) from supervision_branch r where r.submitted_on = k.day and r.department = k.department
			        and r.item_code = k.item_code and r.division_code = k.division_code) as received,
			    count(b.branch_id) as finished,
			    count(b.branch_id) filter (where b.used_days <= b.promised_limit + b.extension) as on_time,
			    count(b.branch_id) filter (where b.refused) as refused,
			    count(b.branch_id) filter (where b.corrections > 0) as corrections,
			    coalesce(sum(b.used_days), 0) as days_sum,
			    coalesce(sum(b.promised_limit), 0) as promised_sum,
			    coalesce(sum(b.legal_limit), 0) as legal_sum,
			    array(select count(h.branch_id)::int from generate_series(0, 60) g(d)
			          left join supervision_branch h on h.closed_on = k.day and h.department = k.department
			              and h.item_code = k.item_code and h.division_code = k.division_code
			              and h.status in ('APPROVED', 'REFUSED', 'NOT_ACCEPTED') and least(h.used_days, 60) = g.d
			          group by g.d order by g.d) as days_histogram
			from keys k
			left join supervision_branch b on b.closed_on = k.day and b.department = k.department
			    and b.item_code = k.item_code and b.division_code = k.division_code
			    and b.status in ('APPROVED', 'REFUSED', 'NOT_ACCEPTED')
			group by k.day, k.department, k.item_code, k.division_code
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DailyFigures(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
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
		jdbc.sql(keysCte + ", figures as (" + FIGURES + ")" + """
				insert into supervision_daily (day, department, item_code, division_code, received, finished, on_time,
				    refused, corrections, days_sum, promised_sum, legal_sum, days_histogram)
				select * from figures
				on conflict (day, department, item_code, division_code) do update set received = excluded.received,
				    finished = excluded.finished, on_time = excluded.on_time, refused = excluded.refused,
				    corrections = excluded.corrections, days_sum = excluded.days_sum,
				    promised_sum = excluded.promised_sum, legal_sum = excluded.legal_sum,
				    days_histogram = excluded.days_histogram""")
			.param(keysJson).update();
	}

	/** Counts every row again from the branches (after a bulk import); in the caller's transaction. */
	void recomputeAll() {
		jdbc.sql("lock table supervision_daily in exclusive mode").update();
		jdbc.sql("delete from supervision_daily").update();
		jdbc.sql("""
				with keys as (
				    select submitted_on as day, department, item_code, division_code from supervision_branch
				    union select closed_on, department, item_code, division_code from supervision_branch
				        where closed_on is not null),
				figures as (""" + FIGURES + ")" + """
				insert into supervision_daily (day, department, item_code, division_code, received, finished, on_time,
				    refused, corrections, days_sum, promised_sum, legal_sum, days_histogram)
				select * from figures""").update();
	}
}
