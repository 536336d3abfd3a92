package org.govhall.supervision.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govhall.casework.CaseBranchRecord;
import org.govhall.supervision.WarningLevel;
import org.govhall.supervision.WatchedBranch;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The branches supervision watches ({@code supervision_branch}): written from casework's ledger, many in one
 * statement, and read for the board. A branch whose facts changed so that it is closed or paused has its warning
 * level cleared at once; the sweep sets the others.
 */
@Repository
public class BranchStore {

	/** A day and key of the daily figures that a change touched. */
	record DayKey(LocalDate day, String department, String item, String division) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BranchStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The highest casework branch known here, 0 for none. */
	long lastBranch() {
		return jdbc.sql("select coalesce(max(branch_id), 0) from supervision_branch").query(Long.class).single();
	}

	/**
	 * Writes the branches as the ledger gives them; answers every day and key of the daily figures their old and
	 * new facts touch.
	 */
	List<DayKey> write(List<CaseBranchRecord> records, Instant now) {
		if (records.isEmpty()) {
			return List.of();
		}
		List<Map<String, Object>> rows = records.stream().map(BranchStore::row).toList();
		return jdbc.sql("""
				with incoming as (
				    select * from json_to_recordset(?::json) as x(branch_id bigint, case_number text, stage int,
				        item_code text, item_name text, department text, bundle_code text, division_code text,
				        applicant_kind text, channel text, submitted_on date, started_on date, status text,
				        is_open boolean, promised_limit int, legal_limit int, extension int, due_on date,
				        legal_due_on date, paused boolean, used_days int, corrections int, closed_on date,
				        refused boolean, holder text)),
				old as (
				    select b.submitted_on, b.closed_on, b.department, b.item_code, b.division_code
				    from supervision_branch b join incoming i on i.branch_id = b.branch_id),
				written as (
				    insert into supervision_branch (branch_id, case_number, stage, item_code, item_name, department,
				        bundle_code, division_code, applicant_kind, channel, submitted_on, started_on, status, is_open,
				        promised_limit, legal_limit, extension, due_on, legal_due_on, paused, used_days, corrections,
				        closed_on, refused, holder, level, level_since, synced_at)
				    select branch_id, case_number, stage, item_code, item_name, department, bundle_code, division_code,
				        applicant_kind, channel, submitted_on, started_on, status, is_open, promised_limit, legal_limit,
				        extension, due_on, legal_due_on, paused, used_days, corrections, closed_on, refused, holder,
				        'NONE', null, ?
				    from incoming
				    on conflict (branch_id) do update set status = excluded.status, is_open = excluded.is_open,
				        started_on = excluded.started_on, extension = excluded.extension, due_on = excluded.due_on,
				        legal_due_on = excluded.legal_due_on, paused = excluded.paused, used_days = excluded.used_days,
				        corrections = excluded.corrections, closed_on = excluded.closed_on, refused = excluded.refused,
				        holder = excluded.holder, synced_at = excluded.synced_at,
				        level = case when excluded.is_open and not excluded.paused
				                      and excluded.due_on is not distinct from supervision_branch.due_on
				                 then supervision_branch.level else 'NONE' end,
				        level_since = case when excluded.is_open and not excluded.paused
				                      and excluded.due_on is not distinct from supervision_branch.due_on
				                 then supervision_branch.level_since else null end
				    returning submitted_on, closed_on, department, item_code, division_code)
				select distinct day, department, item_code, division_code from (
				    select submitted_on as day, department, item_code, division_code from old
				    union all select closed_on, department, item_code, division_code from old where closed_on is not null
				    union all select submitted_on, department, item_code, division_code from written
				    union all select closed_on, department, item_code, division_code from written
				        where closed_on is not null) k
				order by 1, 2, 3, 4""")
			.params(json.writeValueAsString(rows), Timestamp.from(now))
			.query((rs, n) -> new DayKey(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/** The open branches at a level, the longest overdue or nearest first; a department's only, or all. */
	public List<WatchedBranch> atLevel(WarningLevel level, String department, LocalDate today, int limit) {
		return jdbc.sql("""
				select b.branch_id, b.case_number, b.item_code, b.item_name, b.department, b.holder, b.due_on,
				    b.level, b.level_since, coalesce(d.ordinal - t.ordinal, 0) as remaining
				from supervision_branch b
				left join supervision_workday d on d.day = b.due_on
				left join supervision_workday t on t.day = ?
				where b.level = ? and b.is_open and (cast(? as text) is null or b.department = ?)
				order by b.due_on, b.case_number limit ?""")
			.params(Date.valueOf(today), level.name(), department, department, limit)
			.query(BranchStore::watched).list();
	}

	/** Red and yellow branches per department. */
	public Map<String, long[]> levelsByDepartment() {
		Map<String, long[]> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select department, count(*) filter (where level = 'RED'), count(*) filter (where level = 'YELLOW')
				from supervision_branch where level <> 'NONE' and is_open group by department order by 2 desc, 3 desc, 1""")
			.query(rs -> {
				counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		return counts;
	}

	private static WatchedBranch watched(ResultSet rs, int n) throws SQLException {
		Date due = rs.getDate("due_on");
		Timestamp since = rs.getTimestamp("level_since");
		return new WatchedBranch(rs.getLong("branch_id"), rs.getString("case_number"), rs.getString("item_code"),
				rs.getString("item_name"), rs.getString("department"), rs.getString("holder"),
				due == null ? null : due.toLocalDate(), rs.getInt("remaining"), WarningLevel.valueOf(rs.getString("level")),
				since == null ? null : since.toInstant());
	}

	private static Map<String, Object> row(CaseBranchRecord r) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("branch_id", r.branch());
		row.put("case_number", r.caseNumber());
		row.put("stage", r.stage());
		row.put("item_code", r.item());
		row.put("item_name", r.itemName());
		row.put("department", r.department());
		row.put("bundle_code", r.bundle());
		row.put("division_code", r.division());
		row.put("applicant_kind", r.applicantKind().name());
		row.put("channel", r.channel());
		row.put("submitted_on", r.submittedOn().toString());
		row.put("started_on", r.startedOn() == null ? null : r.startedOn().toString());
		row.put("status", r.status().name());
		row.put("is_open", r.status().open());
		row.put("promised_limit", r.promisedLimit());
		row.put("legal_limit", r.legalLimit());
		row.put("extension", r.extension());
		row.put("due_on", r.dueOn() == null ? null : r.dueOn().toString());
		row.put("legal_due_on", r.legalDueOn() == null ? null : r.legalDueOn().toString());
		row.put("paused", r.paused());
		row.put("used_days", r.usedWorkingDays());
		row.put("corrections", r.correctionsAsked());
		row.put("closed_on", r.closedOn() == null ? null : r.closedOn().toString());
		row.put("refused", r.refused());
		row.put("holder", r.holder());
		return row;
	}
}
