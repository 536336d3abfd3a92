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
import java.util.UUID;

import org.govhall.casework.ApplicantKind;
import org.govhall.casework.BranchStatus;
import org.govhall.casework.CaseStatus;
import org.govhall.casework.CorrectionRequest;
import org.govhall.casework.TimelineEntry;
import org.govhall.shared.calendar.StatutoryClock;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases, their branches, timelines, notes and submission keys ({@code casework_case} and the tables beside it). */
@Repository
public class CaseStore {

	private static final TypeReference<List<StatutoryClock.Period>> PERIODS = new TypeReference<>() {
	};

	private static final TypeReference<List<CorrectionRequest.Entry>> ENTRIES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CaseStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A case as stored. */
	public record CaseRow(String number, UUID applicationId, ApplicantKind kind, long personAccount, String personName,
			String creditCode, String companyName, String itemCode, String bundleCode, String title,
			String divisionCode, CaseStatus status, String processInstance, Instant submittedAt, LocalDate submittedOn,
			Instant finishedAt, String decisionReason, String channel) {
	}

	/** A branch as stored, its clock included. */
	public record BranchRow(long id, String caseNumber, int stage, String itemCode, int itemVersion, String itemName,
			String department, BranchStatus status, int promisedLimit, int legalLimit, StatutoryClock clock,
			LocalDate dueOn, LocalDate legalDueOn, int correctionsAsked, List<CorrectionRequest.Entry> corrections,
			String decidedBy, Instant decidedAt, String decisionReason, String legalBasis, Instant escalatedAt) {
	}

	/** A branch to create with its case. */
	public record NewBranch(int stage, String itemCode, int itemVersion, String itemName, String department,
			int promisedLimit, int legalLimit) {
	}

	public void insertCase(CaseRow row) {
		jdbc.sql("""
				insert into casework_case (number, application_id, applicant_kind, person_account, person_name,
				    credit_code, company_name, item_code, bundle_code, title, division_code, status, process_instance,
				    submitted_at, submitted_on, channel)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.number(), row.applicationId(), row.kind().name(), row.personAccount(), row.personName(),
					row.creditCode(), row.companyName(), row.itemCode(), row.bundleCode(), row.title(),
					row.divisionCode(), row.status().name(), row.processInstance(), Timestamp.from(row.submittedAt()),
					Date.valueOf(row.submittedOn()), row.channel())
			.update();
	}

	public long insertBranch(String caseNumber, NewBranch b) {
		return jdbc.sql("""
				insert into casework_branch (case_number, stage, item_code, item_version, item_name, department, status,
				    promised_limit, legal_limit)
				values (?, ?, ?, ?, ?, ?, 'WAITING', ?, ?) returning id""")
			.params(caseNumber, b.stage(), b.itemCode(), b.itemVersion(), b.itemName(), b.department(),
					b.promisedLimit(), b.legalLimit())
			.query(Long.class).single();
	}

	public void setProcess(String caseNumber, String processInstance) {
		jdbc.sql("update casework_case set process_instance = ? where number = ?").params(processInstance, caseNumber)
			.update();
	}

	public Optional<CaseRow> byNumber(String number) {
		return jdbc.sql("select * from casework_case where number = ?").param(number).query(this::caseRow).optional();
	}

	/** Locks the case: the engine's steps on one case run one after another, never on a stale view. */
	public Optional<CaseRow> lock(String number) {
		return jdbc.sql("select * from casework_case where number = ? for update").param(number).query(this::caseRow)
			.optional();
	}

	public Optional<CaseRow> byApplication(UUID applicationId) {
		return jdbc.sql("select * from casework_case where application_id = ?").param(applicationId)
			.query(this::caseRow).optional();
	}

	/** The person's cases, as a private person and for companies they may act for, newest first. */
	public List<CaseRow> ofApplicant(long personAccount, List<String> creditCodes, int page, int size) {
		return jdbc.sql("""
				select * from casework_case
				where (person_account = :person and credit_code is null) or credit_code = any(:codes)
				order by submitted_at desc, number desc limit :size offset :offset""")
			.param("person", personAccount).param("codes", creditCodes.toArray(String[]::new)).param("size", size)
			.param("offset", page * size).query(this::caseRow).list();
	}

	/** Cases with a branch of the department, newest first. */
	public List<CaseRow> ofDepartment(String department, int page, int size) {
		return jdbc.sql("""
				select c.* from casework_case c
				where exists (select 1 from casework_branch b where b.case_number = c.number and b.department = :d)
				order by c.submitted_at desc, c.number desc limit :size offset :offset""")
			.param("d", department).param("size", size).param("offset", page * size).query(this::caseRow).list();
	}

	public void setStatus(String number, CaseStatus status, Instant finishedAt, String reason) {
		jdbc.sql("""
				update casework_case set status = ?, finished_at = coalesce(?, finished_at),
				    decision_reason = coalesce(?, decision_reason), version = version + 1 where number = ?""")
			.params(status.name(), finishedAt == null ? null : Timestamp.from(finishedAt), reason, number).update();
	}

	public List<BranchRow> branches(String caseNumber) {
		return jdbc.sql("select * from casework_branch where case_number = ? order by stage, id").param(caseNumber)
			.query(this::branchRow).list();
	}

	/** The latest last day of the open branches of each case, for a list of cases: one statement. */
	public Map<String, LocalDate> latestDueDates(List<String> caseNumbers) {
		Map<String, LocalDate> due = new HashMap<>();
		jdbc.sql("""
				select case_number, max(due_on) from casework_branch
				where case_number = any(?) and status in ('INTAKE', 'CORRECTION', 'REVIEW', 'DECISION')
				  and due_on is not null
				group by case_number""").param(caseNumbers.toArray(String[]::new))
			.query((ResultSet rs) -> {
				due.put(rs.getString(1), rs.getDate(2).toLocalDate());
			});
		return due;
	}

	/** Branches by id, in one statement (a list of tasks). */
	public Map<Long, BranchRow> branchesById(List<Long> ids) {
		Map<Long, BranchRow> found = new HashMap<>();
		jdbc.sql("select * from casework_branch where id = any(?)").param(ids.toArray(Long[]::new))
			.query(this::branchRow).list().forEach(b -> found.put(b.id(), b));
		return found;
	}

	/** Cases by number, in one statement. */
	public Map<String, CaseRow> byNumbers(List<String> numbers) {
		Map<String, CaseRow> found = new HashMap<>();
		jdbc.sql("select * from casework_case where number = any(?)").param(numbers.toArray(String[]::new))
			.query(this::caseRow).list().forEach(c -> found.put(c.number(), c));
		return found;
	}

	public Optional<BranchRow> branch(long id) {
		return jdbc.sql("select * from casework_branch where id = ?").param(id).query(this::branchRow).optional();
	}

	/** Saves a branch's status, clock and due dates. */
	public void saveBranch(long id, BranchStatus status, StatutoryClock clock, LocalDate dueOn, LocalDate legalDueOn) {
		jdbc.sql("""
				update casework_branch set status = ?, clock_extension = ?, clock_periods = ?::jsonb, due_on = ?,
				    legal_due_on = ?, version = version + 1 where id = ?""")
			.params(status.name(), clock == null ? 0 : clock.extension(),
					json.writeValueAsString(clock == null ? List.of() : clock.periods()),
					dueOn == null ? null : Date.valueOf(dueOn), legalDueOn == null ? null : Date.valueOf(legalDueOn), id)
			.update();
	}

	public void askCorrections(long id, List<CorrectionRequest.Entry> entries) {
		jdbc.sql("""
				update casework_branch set corrections_asked = corrections_asked + 1, correction_items = ?::jsonb
				where id = ?""").params(json.writeValueAsString(entries), id).update();
	}

	public void decide(long id, BranchStatus status, String by, Instant at, String reason, String basis) {
		jdbc.sql("""
				update casework_branch set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?,
				    legal_basis = ?, version = version + 1 where id = ?""")
			.params(status.name(), by, Timestamp.from(at), reason, basis, id).update();
	}

	/** Stops every open or waiting branch of the case (another branch refused, or a withdrawal). */
	public void stopOpenBranches(String caseNumber) {
		jdbc.sql("""
				update casework_branch set status = 'STOPPED', version = version + 1
				where case_number = ? and status in ('WAITING', 'INTAKE', 'CORRECTION', 'REVIEW', 'DECISION')""")
			.param(caseNumber).update();
	}

	public void addTimeline(String caseNumber, Long branch, Instant at, String kind, String actor, boolean visible,
			String detail) {
		jdbc.sql("""
				insert into casework_timeline (case_number, branch_id, occurred_at, kind, actor, public, detail)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(caseNumber, branch, Timestamp.from(at), kind, actor, visible, detail).update();
	}

	/** The timeline, oldest first; the applicant sees only its public entries. */
	public List<TimelineEntry> timeline(String caseNumber, boolean staff) {
		return jdbc.sql("""
				select occurred_at, kind, actor, branch_id, detail from casework_timeline
				where case_number = ? and (public or ?) order by occurred_at, id""").params(caseNumber, staff)
			.query((rs, n) -> {
				long branch = rs.getLong("branch_id");
				return new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"),
						rs.getString("actor"), rs.wasNull() ? null : branch, rs.getString("detail"));
			}).list();
	}

	public void addNote(String caseNumber, long branch, String author, String department, Instant at, String body) {
		jdbc.sql("""
				insert into casework_note (case_number, branch_id, author, department, written_at, body)
				values (?, ?, ?, ?, ?, ?)""").params(caseNumber, branch, author, department, Timestamp.from(at), body)
			.update();
	}

	/** An internal note. */
	public record Note(long branch, String author, String department, Instant writtenAt, String body) {
	}

	public List<Note> notes(String caseNumber) {
		return jdbc.sql("""
				select branch_id, author, department, written_at, body from casework_note where case_number = ?
				order by written_at, id""").param(caseNumber)
			.query((rs, n) -> new Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getString(5)))
			.list();
	}

	/** The case a submission key made, if it made one. */
	public Optional<String> caseOfKey(long personAccount, String key) {
		return jdbc.sql("select case_number from casework_submission_key where person_account = ? and idempotency_key = ?")
			.params(personAccount, key).query(String.class).optional();
	}

	public void rememberKey(long personAccount, String key, UUID application, String caseNumber, Instant at) {
		jdbc.sql("""
				insert into casework_submission_key (person_account, idempotency_key, application_id, case_number,
				    created_at) values (?, ?, ?, ?, ?)""")
			.params(personAccount, key, application, caseNumber, Timestamp.from(at)).update();
	}

	public void notify(long personAccount, String caseNumber, Instant at, String text) {
		jdbc.sql("""
				insert into casework_notification (person_account, case_number, created_at, text) values (?, ?, ?, ?)""")
			.params(personAccount, caseNumber, Timestamp.from(at), text).update();
	}

	/** An in-app notification. */
	public record Notification(long id, String caseNumber, Instant at, String text, boolean read) {
	}

	public List<Notification> notifications(long personAccount) {
		return jdbc.sql("""
				select id, case_number, created_at, text, read_at from casework_notification where person_account = ?
				order by id desc limit 50""").param(personAccount)
			.query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), rs.getTimestamp(5) != null))
			.list();
	}

	/**
	 * Marks at most {@code batch} open branches whose last day passed before {@code today} as escalated and
	 * answers them: each branch once, whichever node gets there first. The rows are taken with
	 * {@code for update skip locked}: a branch another node's sweep holds is left to it, one it marked is no
	 * longer unmarked when this sweep reads it again under the lock. A branch in a special procedure is left
	 * alone: its clock is paused.
	 */
	public List<BranchRow> escalateOverdue(LocalDate today, Instant now, int batch) {
		return jdbc.sql("""
				update casework_branch set escalated_at = ?
				where id in (select id from casework_branch
				    where status in ('INTAKE', 'REVIEW', 'DECISION') and escalated_at is null and due_on < ?
				      and not exists (select 1 from casework_special_procedure s
				          where s.branch_id = casework_branch.id and s.ended_at is null)
				    order by due_on, id limit ? for update skip locked)
				returning *""").params(Timestamp.from(now), Date.valueOf(today), batch).query(this::branchRow).list();
	}

	/** As {@link #escalateOverdue}, for the branches whose last day is within the warning margin. */
	public List<BranchRow> warnNear(LocalDate lastDay, LocalDate today, Instant now, int batch) {
		return jdbc.sql("""
				update casework_branch set warned_at = ?
				where id in (select id from casework_branch
				    where status in ('INTAKE', 'REVIEW', 'DECISION') and warned_at is null and due_on >= ?
				      and due_on <= ?
				      and not exists (select 1 from casework_special_procedure s
				          where s.branch_id = casework_branch.id and s.ended_at is null)
				    order by due_on, id limit ? for update skip locked)
				returning *""").params(Timestamp.from(now), Date.valueOf(today), Date.valueOf(lastDay), batch)
			.query(this::branchRow).list();
	}

	private CaseRow caseRow(ResultSet rs, int n) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new CaseRow(rs.getString("number"), rs.getObject("application_id", UUID.class),
				ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getLong("person_account"),
				rs.getString("person_name"), rs.getString("credit_code"), rs.getString("company_name"),
				rs.getString("item_code"), rs.getString("bundle_code"), rs.getString("title"),
				rs.getString("division_code"), CaseStatus.valueOf(rs.getString("status")),
				rs.getString("process_instance"), rs.getTimestamp("submitted_at").toInstant(),
				rs.getDate("submitted_on").toLocalDate(), finished == null ? null : finished.toInstant(),
				rs.getString("decision_reason"), rs.getString("channel"));
	}

	private BranchRow branchRow(ResultSet rs, int n) throws SQLException {
		List<StatutoryClock.Period> periods = json.readValue(rs.getString("clock_periods"), PERIODS);
		StatutoryClock clock = periods.isEmpty() ? null
				: new StatutoryClock(rs.getInt("promised_limit"), rs.getInt("clock_extension"), periods);
		String corrections = rs.getString("correction_items");
		Date due = rs.getDate("due_on");
		Date legalDue = rs.getDate("legal_due_on");
		Timestamp decided = rs.getTimestamp("decided_at");
		Timestamp escalated = rs.getTimestamp("escalated_at");
		return new BranchRow(rs.getLong("id"), rs.getString("case_number"), rs.getInt("stage"),
				rs.getString("item_code"), rs.getInt("item_version"), rs.getString("item_name"),
				rs.getString("department"), BranchStatus.valueOf(rs.getString("status")), rs.getInt("promised_limit"),
				rs.getInt("legal_limit"), clock, due == null ? null : due.toLocalDate(),
				legalDue == null ? null : legalDue.toLocalDate(), rs.getInt("corrections_asked"),
				corrections == null ? List.of() : json.readValue(corrections, ENTRIES), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant(), rs.getString("decision_reason"),
				rs.getString("legal_basis"), escalated == null ? null : escalated.toInstant());
	}
}
