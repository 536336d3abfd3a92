package org.govhall.rating.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.govhall.casework.FinishedCase;
import org.govhall.rating.Channel;
import org.govhall.rating.FollowUp;
import org.govhall.rating.Rating;
import org.govhall.rating.RatingTag;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ratings' tables: the cases open for rating, the ratings (the case number is unique: once per case), the
 * follow-ups of bad ones and their escalation. Every change is one statement whose condition is the rule, so that
 * two requests or two nodes at once cannot both win.
 */
@Repository
public class RatingStore {

	private static final String FOLLOW_UP = """
			select case_number, department, stars, opened_on, due_on, contact_note, rectification, answered_by,
			       answered_at, escalated_at, verdict
			from rating_follow_up""";

	private static final String PENDING = """
			select r.case_number, c.item_name, c.department, r.stars, r.comment, r.rated_at, c.applicant_name,
			       c.applicant_id_number
			from rating r join rating_case c on c.case_number = r.case_number
			where r.comment_status = 'PENDING'""";

	private final JdbcClient jdbc;

	RatingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A finished case as this module keeps it. */
	public record CaseRow(String number, String item, String itemName, String department, List<String> departments,
			long applicantAccount, String applicantName, String applicantIdNumber, String outcome, Instant finishedAt,
			Instant linkExpiresAt) {

		public boolean concerns(String departmentCode) {
			return departments.stream().anyMatch(d -> d.equalsIgnoreCase(departmentCode));
		}
	}

	/** A comment awaiting moderation. */
	public record PendingComment(String caseNumber, String itemName, String department, int stars, String comment,
			Instant ratedAt, String applicantName, String applicantIdNumber) {
	}

	/** Opens a finished case for rating; false if it already was (the event heard twice). */
	public boolean open(FinishedCase c, Instant linkExpiresAt) {
		return jdbc.sql("""
				insert into rating_case (case_number, item_code, item_name, department, departments, applicant_account,
				    applicant_name, applicant_id_number, outcome, finished_at, link_expires_at)
				values (?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?)
				on conflict (case_number) do nothing""")
			.params(c.caseNumber(), c.item(), c.itemName(), c.departments().get(0).toUpperCase(Locale.ROOT),
					c.departments().stream().map(d -> d.toUpperCase(Locale.ROOT)).toArray(String[]::new),
					c.personAccount(), c.personName(), c.personIdNumber(), c.outcome().name(),
					Timestamp.from(c.finishedAt()), Timestamp.from(linkExpiresAt))
			.update() == 1;
	}

	public Optional<CaseRow> find(String number) {
		return jdbc.sql("select * from rating_case where case_number = ?").param(number).query(RatingStore::caseRow)
			.optional();
	}

	/** The applicant's cases open for rating, newest first. */
	public List<CaseRow> ofApplicant(long account, int limit) {
		return jdbc.sql("select * from rating_case where applicant_account = ? order by finished_at desc limit ?")
			.params(account, limit).query(RatingStore::caseRow).list();
	}

	/** Records the rating; false if the case was rated already. */
	public boolean rate(String number, int stars, List<RatingTag> tags, String comment, Channel channel, String by,
			Instant at, LocalDate on) {
		return jdbc.sql("""
				insert into rating (case_number, stars, tags, comment, channel, recorded_by, rated_at, rated_on,
				    comment_status)
				values (?, ?, ?::varchar[], ?, ?, ?, ?, ?, case when ?::text is null then null else 'PENDING' end)
				on conflict (case_number) do nothing""")
			.params(number, stars, tags.stream().map(Enum::name).toArray(String[]::new), comment, channel.name(), by,
					Timestamp.from(at), on, comment)
			.update() == 1;
	}

	public Optional<Rating> rating(String number) {
		return jdbc.sql("select * from rating where case_number = ?").param(number).query(RatingStore::rating)
			.optional();
	}

	/** Opens the follow-up of a bad rating. */
	public void openFollowUp(String number, String department, int stars, LocalDate openedOn, LocalDate dueOn) {
		jdbc.sql("""
				insert into rating_follow_up (case_number, department, stars, opened_on, due_on) values (?, ?, ?, ?, ?)
				on conflict (case_number) do nothing""").params(number, department, stars, openedOn, dueOn).update();
	}

	public Optional<FollowUp> followUp(String number) {
		return jdbc.sql(FOLLOW_UP + " where case_number = ?").param(number).query(RatingStore::followUp).optional();
	}

	/** A department's follow-ups (every department's when null), unanswered first, oldest first. */
	public List<FollowUp> followUps(String department, boolean escalatedOnly, int limit) {
		return jdbc.sql(FOLLOW_UP + """
				 where (?::text is null or department = ?) and (not ? or escalated_at is not null)
				order by answered_at is not null, verdict is not null, due_on, case_number limit ?""")
			.params(department, department, escalatedOnly, limit).query(RatingStore::followUp).list();
	}

	/** The department's answer; false if it was answered already. */
	public boolean answer(String number, String contactNote, String rectification, String by, Instant at) {
		return jdbc.sql("""
				update rating_follow_up set contact_note = ?, rectification = ?, answered_by = ?, answered_at = ?
				where case_number = ? and answered_at is null""")
			.params(contactNote, rectification, by, Timestamp.from(at), number).update() == 1;
	}

	/** The applicant's verdict; false unless answered and not yet judged. */
	public boolean judge(String number, boolean satisfied, Instant at) {
		return jdbc.sql("""
				update rating_follow_up set verdict = ?, verdict_at = ?
				where case_number = ? and answered_at is not null and verdict is null""")
			.params(satisfied ? "SATISFIED" : "UNSATISFIED", Timestamp.from(at), number).update() == 1;
	}

	/**
	 * Claims and marks up to {@code batch} unanswered follow-ups whose last day is before {@code today} as escalated,
	 * skipping rows another node holds; answers those this call marked.
	 */
	public List<FollowUp> escalateOverdue(LocalDate today, Instant now, int batch) {
		return jdbc.sql("""
				with due as (
				    select case_number from rating_follow_up
				    where answered_at is null and escalated_at is null and due_on < ?
				    order by due_on, case_number limit ? for update skip locked)
				update rating_follow_up f set escalated_at = ? from due where f.case_number = due.case_number
				returning f.case_number, f.department, f.stars, f.opened_on, f.due_on, f.contact_note, f.rectification,
				          f.answered_by, f.answered_at, f.escalated_at, f.verdict""")
			.params(today, batch, Timestamp.from(now)).query(RatingStore::followUp).list();
	}

	/** Comments awaiting moderation, oldest first. */
	public List<PendingComment> pendingComments(int limit) {
		return jdbc.sql(PENDING + " order by r.rated_at, r.case_number limit ?").param(limit).query(RatingStore::pending)
			.list();
	}

	public Optional<PendingComment> pendingComment(String number) {
		return jdbc.sql(PENDING + " and r.case_number = ?").param(number).query(RatingStore::pending).optional();
	}

	/** Publishes (masked) or rejects a pending comment; false if it was not pending. */
	public boolean moderate(String number, String published, String by, Instant at) {
		return jdbc.sql("""
				update rating set comment_status = case when ?::text is null then 'REJECTED' else 'PUBLISHED' end,
				    published_comment = ?, moderated_by = ?, moderated_at = ?
				where case_number = ? and comment_status = 'PENDING'""")
			.params(published, published, by, Timestamp.from(at), number).update() == 1;
	}

	private static PendingComment pending(ResultSet rs, int n) throws SQLException {
		return new PendingComment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
				rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8));
	}

	private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
		return new CaseRow(rs.getString("case_number"), rs.getString("item_code"), rs.getString("item_name"),
				rs.getString("department"), strings(rs.getArray("departments")), rs.getLong("applicant_account"),
				rs.getString("applicant_name"), rs.getString("applicant_id_number"), rs.getString("outcome"),
				rs.getTimestamp("finished_at").toInstant(), rs.getTimestamp("link_expires_at").toInstant());
	}

	private static Rating rating(ResultSet rs, int n) throws SQLException {
		List<RatingTag> tags = strings(rs.getArray("tags")).stream().map(RatingTag::of).flatMap(Optional::stream)
			.toList();
		return new Rating(rs.getString("case_number"), rs.getInt("stars"), tags, rs.getString("comment"),
				Channel.valueOf(rs.getString("channel")), rs.getTimestamp("rated_at").toInstant(),
				rs.getString("comment_status"));
	}

	private static FollowUp followUp(ResultSet rs, int n) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new FollowUp(rs.getString("case_number"), rs.getString("department"), rs.getInt("stars"),
				rs.getObject("opened_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
				rs.getString("contact_note"), rs.getString("rectification"), rs.getString("answered_by"),
				answered == null ? null : answered.toInstant(), rs.getTimestamp("escalated_at") != null,
				rs.getString("verdict"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}
}
