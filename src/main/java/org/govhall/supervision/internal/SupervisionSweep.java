package org.govhall.supervision.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.scheduling.OneNodeAtATime;
import org.govhall.supervision.Notice;
import org.govhall.supervision.NoticeEscalated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The supervision sweep: recalculates every watched branch's warning level in one statement — red past its last
 * day, yellow when {@code yellow-share} of its limit or less is left, counted in working days against the
 * calendar's ordinals (one hash join of the branches with the calendar) — records each level a branch newly reaches, tells each department's heads and the
 * supervisors what turned yellow or red, and escalates the notices whose answer day passed. Nothing is loaded per
 * branch, a second sweep on the same day changes nothing, and it runs on one node at a time.
 */
@Component
public class SupervisionSweep {

	static final String JOB = "supervision.sweep";

	private static final Logger log = LoggerFactory.getLogger(SupervisionSweep.class);

	/** What one sweep did. */
	public record Result(int red, int yellow, int escalated) {
	}

	private final JdbcClient jdbc;

	private final WorkdayTable workdays;

	private final NoticeStore notices;

	private final StaffTexts texts;

	private final SupervisionProperties properties;

	private final OneNodeAtATime oneNode;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	SupervisionSweep(JdbcClient jdbc, WorkdayTable workdays, NoticeStore notices, StaffTexts texts,
			SupervisionProperties properties, OneNodeAtATime oneNode, TransactionTemplate transactions,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.workdays = workdays;
		this.notices = notices;
		this.texts = texts;
		this.properties = properties;
		this.oneNode = oneNode;
		this.transactions = transactions;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${govhall.supervision.sweep-every:PT5M}",
			initialDelayString = "${govhall.supervision.sweep-first-after:PT1M}")
	void scheduled() {
		sweep();
	}

	/** Sweeps unless another node is sweeping now; empty then. */
	public java.util.Optional<Result> sweep() {
		return oneNode.run(JOB, Duration.ofMinutes(10),
				() -> transactions.execute(tx -> sweep(LocalDate.now(clock), clock.instant(), null)));
	}

	/**
	 * One sweep as of {@code today}: every department's branches, or with {@code onlyDepartment} one department's
	 * (a test's own fixture); notices are escalated either way. In the caller's transaction, without the lock.
	 */
	Result sweep(LocalDate today, Instant now, String onlyDepartment) {
		workdays.refresh();
		List<long[]> totals = new ArrayList<>();
		List<String> departments = new ArrayList<>();
		Integer todayOrdinal = jdbc.sql("select ordinal from supervision_workday where day = ?")
			.param(Date.valueOf(today)).query(Integer.class).optional().orElse(null);
		// a plan without just-in-time compilation: one hash join of the branches with the calendar, no self-join
		jdbc.sql("set local jit = off").update();
		String level = """
				case when d.day < ? then 'RED'
				     when d.ordinal - ? <= floor((b.promised_limit + b.extension) * ?) then 'YELLOW'
				     else 'NONE' end""";
		jdbc.sql("""
				with changed as (
				    update supervision_branch b set level = """ + level + """
				, level_since = ?
				    from supervision_workday d
				    where cast(? as int) is not null and d.day = b.due_on and b.is_open and not b.paused
				        and (cast(? as text) is null or b.department = ?) and b.level <> """ + level + """

				    returning b.branch_id, b.case_number, b.department, b.level, b.due_on),
				warned as (
				    insert into supervision_warning (branch_id, case_number, department, level, due_on, raised_at)
				    select branch_id, case_number, department, level, due_on, ? from changed where level <> 'NONE'
				    returning department, level)
				select department, count(*) filter (where level = 'RED'), count(*) filter (where level = 'YELLOW')
				from warned group by department order by department""")
			.params(Date.valueOf(today), todayOrdinal, properties.yellowShare(), Timestamp.from(now), todayOrdinal,
					onlyDepartment, onlyDepartment, Date.valueOf(today), todayOrdinal, properties.yellowShare(),
					Timestamp.from(now))
			.query(rs -> {
				departments.add(rs.getString(1));
				totals.add(new long[] { rs.getLong(2), rs.getLong(3) });
			});
		long red = 0;
		long yellow = 0;
		for (int i = 0; i < departments.size(); i++) {
			long[] t = totals.get(i);
			red += t[0];
			yellow += t[1];
			texts.tell(AlertStore.at(now, departments.get(i), "WARNINGS",
					"本部门新增红牌办件 " + t[0] + " 件、黄牌办件 " + t[1] + " 件，请及时办理。",
					"Your department has " + t[0] + " new red and " + t[1] + " new yellow cases: please act on them.",
					"/workbench/supervision"));
		}
		if (red + yellow > 0) {
			texts.tell(AlertStore.at(now, null, "WARNINGS",
					"全市新增红牌办件 " + red + " 件、黄牌办件 " + yellow + " 件，涉及 " + departments.size() + " 个部门。",
					red + " new red and " + yellow + " new yellow cases in " + departments.size() + " departments.",
					"/workbench/supervision"));
			audit.record(AuditEvent.of("supervision.warned").by(AuditTrail.SYSTEM).detail("red", red)
				.detail("yellow", yellow).detail("departments", departments.size()));
		}
		List<Notice> escalated = notices.escalateOverdue(today, now);
		for (Notice notice : escalated) {
			String zh = "督办通知 " + notice.number() + "（" + notice.subject() + "）已超过答复期限 " + notice.answerDueOn()
					+ "，未答复，已升级督办。";
			String en = "Supervision notice " + notice.number() + " (" + notice.subject() + ") was not answered by "
					+ notice.answerDueOn() + " and has been escalated.";
			String link = "/workbench/supervision/notices/" + notice.id();
			texts.tell(AlertStore.at(now, null, "ESCALATED", zh, en, link));
			texts.tell(AlertStore.at(now, notice.department(), "ESCALATED", zh, en, link));
			audit.record(AuditEvent.of("supervision.noticeEscalated").by(AuditTrail.SYSTEM)
				.on("supervisionNotice", notice.number()).detail("department", notice.department())
				.detail("answerDueOn", notice.answerDueOn()));
			events.publishEvent(new NoticeEscalated(notice));
		}
		if (red + yellow + escalated.size() > 0) {
			log.info("Supervision sweep: {} red, {} yellow, {} notices escalated", red, yellow, escalated.size());
		}
		return new Result((int) red, (int) yellow, escalated.size());
	}
}
