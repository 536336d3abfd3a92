package org.govhall.supervision.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govhall.supervision.Notice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supervision notices ({@code supervision_notice}). */
@Repository
public class NoticeStore {

	private final JdbcClient jdbc;

	NoticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Notice insert(String department, String caseNumber, String subject, String body, String issuedBy,
			Instant issuedAt, int answerDays, LocalDate answerDueOn, int year) {
		return jdbc.sql("""
				insert into supervision_notice (id, number, department, case_number, subject, body, issued_by,
				    issued_at, answer_days, answer_due_on)
				values (?, 'DB' || ? || lpad(nextval('supervision_notice_number')::text, 6, '0'), ?, ?, ?, ?, ?, ?, ?, ?)
				returning *""")
			.params(UUID.randomUUID(), year, department, caseNumber, subject, body, issuedBy, Timestamp.from(issuedAt),
					answerDays, Date.valueOf(answerDueOn))
			.query(NoticeStore::notice).single();
	}

	public Optional<Notice> find(UUID id) {
		return jdbc.sql("select * from supervision_notice where id = ?").param(id).query(NoticeStore::notice).optional();
	}

	/** Sets the answer once; empty when it was answered already. */
	public Optional<Notice> answer(UUID id, String answer, String by, Instant at) {
		return jdbc.sql("""
				update supervision_notice set answer = ?, answered_by = ?, answered_at = ?, version = version + 1
				where id = ? and answered_at is null returning *""")
			.params(answer, by, Timestamp.from(at), id).query(NoticeStore::notice).optional();
	}

	/** Newest first; a department's only, or with {@code department} null every department's. */
	public List<Notice> list(String department, boolean openOnly, int page, int size) {
		return jdbc.sql("""
				select * from supervision_notice
				where (cast(? as text) is null or department = ?) and (not ? or answered_at is null)
				order by issued_at desc, number desc limit ? offset ?""")
			.params(department, department, openOnly, size, page * size).query(NoticeStore::notice).list();
	}

	/** Marks every unanswered notice past its answer day as escalated; answers them. */
	public List<Notice> escalateOverdue(LocalDate today, Instant now) {
		return jdbc.sql("""
				update supervision_notice set escalated_at = ?, version = version + 1
				where answered_at is null and escalated_at is null and answer_due_on < ? returning *""")
			.params(Timestamp.from(now), Date.valueOf(today)).query(NoticeStore::notice).list();
	}

	private static Notice notice(ResultSet rs, int n) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		Timestamp escalated = rs.getTimestamp("escalated_at");
		return new Notice(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("department"),
				rs.getString("case_number"), rs.getString("subject"), rs.getString("body"), rs.getString("issued_by"),
				rs.getTimestamp("issued_at").toInstant(), rs.getDate("answer_due_on").toLocalDate(),
				rs.getString("answer"), rs.getString("answered_by"), answered == null ? null : answered.toInstant(),
				escalated == null ? null : escalated.toInstant());
	}
}
