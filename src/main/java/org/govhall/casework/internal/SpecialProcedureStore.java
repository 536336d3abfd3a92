package org.govhall.casework.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govhall.casework.SpecialProcedure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The special procedures of branches (casework_special_procedure); at most one runs per branch. */
@Repository
public class SpecialProcedureStore {

	private final JdbcClient jdbc;

	SpecialProcedureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a running procedure; DuplicateKeyException when the branch has one running already. */
	public long start(CaseStore.BranchRow branch, String kind, String reason, int expectedDays, String by, Instant at,
			LocalDate on) {
		return jdbc.sql("""
				insert into casework_special_procedure (branch_id, case_number, department, kind, reason, expected_days,
				    started_by, started_at, started_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(branch.id(), branch.caseNumber(), branch.department(), kind, reason, expectedDays, by,
					Timestamp.from(at), Date.valueOf(on))
			.query(Long.class).single();
	}

	/** The branch's running procedure, if one runs. */
	public Optional<SpecialProcedure> running(long branch) {
		return jdbc.sql(SELECT + " where s.branch_id = ? and s.ended_at is null").param(branch).query(this::row)
			.optional();
	}


	/** Ends the branch's running procedure; false when none runs. */
	public boolean end(long branch, String by, Instant at, LocalDate on, String outcome) {
		return jdbc.sql("""
				update casework_special_procedure set ended_by = ?, ended_at = ?, ended_on = ?, outcome = ?
				where branch_id = ? and ended_at is null""")
			.params(by, Timestamp.from(at), Date.valueOf(on), outcome, branch).update() == 1;
	}

	/** Ends every procedure still running on the case (a branch stopped: withdrawal, or a refusal elsewhere). */
	public void endAllOf(String caseNumber, String by, Instant at, LocalDate on, String outcome) {
		jdbc.sql("""
				update casework_special_procedure set ended_by = ?, ended_at = ?, ended_on = ?, outcome = ?
				where case_number = ? and ended_at is null""")
			.params(by, Timestamp.from(at), Date.valueOf(on), outcome, caseNumber).update();
	}

	/** The kind of the procedure running on each branch of the case that has one. */
	public Map<Long, String> runningOfCase(String caseNumber) {
		Map<Long, String> running = new HashMap<>();
		jdbc.sql("select branch_id, kind from casework_special_procedure where case_number = ? and ended_at is null")
			.param(caseNumber).query((ResultSet rs) -> {
				running.put(rs.getLong(1), rs.getString(2));
			});
		return running;
	}

	public Optional<SpecialProcedure> byId(long id) {
		return jdbc.sql(SELECT + " where s.id = ?").param(id).query(this::row).optional();
	}

	/** The branch's procedures, oldest first. */
	public List<SpecialProcedure> ofBranch(long branch) {
		return jdbc.sql(SELECT + " where s.branch_id = ? order by s.started_at, s.id").param(branch).query(this::row)
			.list();
	}

	private static final String SELECT = """
			select s.*, b.item_name from casework_special_procedure s join casework_branch b on b.id = s.branch_id""";

	private SpecialProcedure row(ResultSet rs, int n) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		LocalDate started = rs.getDate("started_on").toLocalDate();
		int days = rs.getInt("expected_days");
		return new SpecialProcedure(rs.getLong("id"), rs.getString("case_number"), rs.getLong("branch_id"),
				rs.getString("item_name"), rs.getString("department"), rs.getString("kind"), rs.getString("reason"), days,
				started.plusDays(days), rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(), started,
				rs.getString("ended_by"), ended == null ? null : ended.toInstant(), rs.getString("outcome"));
	}
}
