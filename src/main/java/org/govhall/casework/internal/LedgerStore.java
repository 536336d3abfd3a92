package org.govhall.casework.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govhall.casework.ApplicantKind;
import org.govhall.casework.BranchStatus;
import org.govhall.casework.CaseBranchRecord;
import org.govhall.shared.calendar.StatutoryClock;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.shared.database.SqlArrays;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's reads: branches with their case's facts and, for an open branch, who holds its task in the process
 * engine. The working days a clock has run are counted here from its periods, as the case's own pages count them.
 */
@Repository
public class LedgerStore {

	private static final TypeReference<List<StatutoryClock.Period>> PERIODS = new TypeReference<>() {
	};

	private static final String SELECT = """
			select b.id, b.case_number, b.stage, b.item_code, b.item_name, b.department, b.status, b.promised_limit,
			    b.legal_limit, b.clock_extension, b.clock_periods, b.due_on, b.legal_due_on, b.corrections_asked,
			    b.decided_at, c.bundle_code, c.division_code, c.applicant_kind, c.channel, c.submitted_on,
			    c.finished_at, c.process_instance
			from casework_branch b join casework_case c on c.number = b.case_number
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final WorkingDays workingDays;

	private final Clock clock;

	LedgerStore(JdbcClient jdbc, JsonMapper json, WorkingDays workingDays, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	public List<CaseBranchRecord> ofCase(String caseNumber) {
		return withHolders(jdbc.sql(SELECT + " where b.case_number = ? order by b.stage, b.id").param(caseNumber)
			.query(this::read).list());
	}

	public List<CaseBranchRecord> after(long afterBranch, int limit) {
		return withHolders(jdbc.sql(SELECT + " where b.id > ? order by b.id limit ?").params(afterBranch, limit)
			.query(this::read).list());
	}

	/** A branch as read, with its case's process instance while it is open. */
	private record Read(CaseBranchRecord record, String process) {
	}

	/**
	 * Who holds the open branches' tasks, asked of the engine in one query, and only when some branch is open in a
	 * running process (the imported history has none, and is read before the engine has made its tables).
	 */
	private List<CaseBranchRecord> withHolders(List<Read> rows) {
		List<String> processes = rows.stream().filter(r -> r.process() != null && r.record().status().open())
			.map(Read::process).distinct().toList();
		if (processes.isEmpty()) {
			return rows.stream().map(Read::record).toList();
		}
		Map<String, String> holders = new HashMap<>();
		jdbc.sql("""
				select category_, assignee_ from act_ru_task
				where proc_inst_id_ = any(?::varchar[]) and assignee_ is not null order by create_time_""")
			.param(SqlArrays.literal(processes))
			.query(rs -> {
				holders.put(rs.getString(1), rs.getString(2));
			});
		return rows.stream().map(Read::record).map(r -> holders.containsKey(String.valueOf(r.branch()))
				? new CaseBranchRecord(r.branch(), r.caseNumber(), r.stage(), r.item(), r.itemName(), r.department(),
						r.bundle(), r.division(), r.applicantKind(), r.channel(), r.submittedOn(), r.startedOn(),
						r.status(), r.promisedLimit(), r.legalLimit(), r.extension(), r.dueOn(), r.legalDueOn(),
						r.paused(), r.usedWorkingDays(), r.correctionsAsked(), r.closedOn(),
						holders.get(String.valueOf(r.branch())))
				: r).toList();
	}

	private Read read(ResultSet rs, int n) throws SQLException {
		return new Read(record(rs), rs.getString("process_instance"));
	}

	private CaseBranchRecord record(ResultSet rs) throws SQLException {
		BranchStatus status = BranchStatus.valueOf(rs.getString("status"));
		List<StatutoryClock.Period> periods = json.readValue(rs.getString("clock_periods"), PERIODS);
		StatutoryClock statutory = periods.isEmpty() ? null
				: new StatutoryClock(rs.getInt("promised_limit"), rs.getInt("clock_extension"), periods);
		ZoneId zone = clock.getZone();
		LocalDate closedOn = status.open() || status == BranchStatus.WAITING ? null
				: rs.getTimestamp("decided_at") != null ? rs.getTimestamp("decided_at").toInstant().atZone(zone).toLocalDate()
				: rs.getTimestamp("finished_at") != null ? rs.getTimestamp("finished_at").toInstant().atZone(zone).toLocalDate()
				: null;
		LocalDate countedTo = closedOn != null ? closedOn : LocalDate.now(clock);
		int used = statutory == null ? 0 : statutory.usedWorkingDays(workingDays.calendar(), countedTo);
		return new CaseBranchRecord(rs.getLong("id"), rs.getString("case_number"), rs.getInt("stage"),
				rs.getString("item_code"), rs.getString("item_name"), rs.getString("department"),
				rs.getString("bundle_code"), rs.getString("division_code"),
				ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("channel"),
				rs.getDate("submitted_on").toLocalDate(), statutory == null ? null : periods.get(0).start(), status,
				rs.getInt("promised_limit"), rs.getInt("legal_limit"), rs.getInt("clock_extension"),
				day(rs.getDate("due_on")), day(rs.getDate("legal_due_on")),
				statutory != null && statutory.state() == StatutoryClock.State.PAUSED && status.open(), used,
				rs.getInt("corrections_asked"), closedOn, null);
	}

	private static LocalDate day(Date date) {
		return date == null ? null : date.toLocalDate();
	}
}
