package org.govhall.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.govhall.casework.Extension;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The extension requests of branches (casework_extension). */
@Repository
public class ExtensionStore {

	private final JdbcClient jdbc;

	ExtensionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a request; empty when the branch was extended already (once per branch), DuplicateKeyException when
	 * it has one pending.
	 */
	public Optional<Long> request(CaseStore.BranchRow branch, int workingDays, String reason, String by, Instant at) {
		return jdbc.sql("""
				insert into casework_extension (branch_id, case_number, department, working_days, reason, requested_by,
				    requested_at)
				select ?, ?, ?, ?, ?, ?, ?
				where not exists (select 1 from casework_extension where branch_id = ? and status = 'APPROVED')
				returning id""")
			.params(branch.id(), branch.caseNumber(), branch.department(), workingDays, reason, by, Timestamp.from(at),
					branch.id())
			.query(Long.class).optional();
	}

	public Optional<Extension> byId(long id) {
		return jdbc.sql(SELECT + " where e.id = ?").param(id).query(this::row).optional();
	}

	/** A department's requests waiting for its head, oldest first. */
	public List<Extension> pendingOf(String department) {
		return jdbc.sql(SELECT + " where lower(e.department) = lower(?) and e.status = 'PENDING' order by e.requested_at limit 200")
			.param(department).query(this::row).list();
	}

	/** The requests of a case, oldest first. */
	public List<Extension> ofCase(String caseNumber) {
		return jdbc.sql(SELECT + " where e.case_number = ? order by e.requested_at").param(caseNumber).query(this::row)
			.list();
	}

	/** Decides a pending request; false when it was decided meanwhile. */
	public boolean decide(long id, boolean approve, String by, String note, Instant at) {
		return jdbc.sql("""
				update casework_extension set status = ?, decided_by = ?, decided_at = ?, decision_note = ?
				where id = ? and status = 'PENDING'""")
			.params(approve ? "APPROVED" : "DENIED", by, Timestamp.from(at), note, id).update() == 1;
	}

	private static final String SELECT = """
			select e.*, b.item_name, c.title from casework_extension e
			join casework_branch b on b.id = e.branch_id join casework_case c on c.number = e.case_number""";

	private Extension row(ResultSet rs, int n) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Extension(rs.getLong("id"), rs.getString("case_number"), rs.getString("title"),
				rs.getLong("branch_id"), rs.getString("item_name"), rs.getString("department"),
				rs.getInt("working_days"), rs.getString("reason"), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), Extension.Status.valueOf(rs.getString("status")),
				rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("decision_note"));
	}
}
