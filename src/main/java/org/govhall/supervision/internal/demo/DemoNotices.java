package org.govhall.supervision.internal.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

import org.govhall.shared.GovHallProperties;
import org.govhall.shared.calendar.WorkingDayCalendar;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.shared.startup.StartupTask;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's supervision notices (督办): on a first start, three from the demo supervisor — one answered by the tax
 * bureau, one open at market regulation, one whose answer day has passed (the first sweep escalates it) — written
 * in one statement.
 */
@Component
class DemoNotices implements StartupTask {

	private final GovHallProperties properties;

	private final WorkingDays workingDays;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoNotices(GovHallProperties properties, WorkingDays workingDays, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.workingDays = workingDays;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "supervision.demo-notices";
	}

	@Override
	public Set<String> after() {
		return Set.of("identity.demo-organisation");
	}

	@Override
	@Transactional
	public void run() {
		if (!properties.demo().enabled()) {
			return;
		}
		// two nodes starting on one new database write the demo's notices once
		jdbc.sql("select count(pg_advisory_xact_lock(hashtext('supervision.demo-notices')))").query(Long.class).single();
		if (jdbc.sql("select exists (select 1 from supervision_notice)").query(Boolean.class).single()) {
			return;
		}
		WorkingDayCalendar calendar = workingDays.calendar();
		ZonedDateTime now = ZonedDateTime.now(clock);
		LocalDate today = now.toLocalDate();
		LocalDate tenDaysAgo = today.minusDays(10);
		LocalDate fiveDaysAgo = today.minusDays(5);
		jdbc.sql("""
				insert into supervision_notice (id, number, department, subject, body, issued_by, issued_at, answer_days,
				    answer_due_on, answer, answered_by, answered_at)
				select gen_random_uuid(), 'DB' || ? || lpad(nextval('supervision_notice_number')::text, 6, '0'), d, s, b,
				    'dcb.supervisor1', i, 3, due, a, ab, aa
				from (values
				    ('SWJ', '办税服务厅高峰期排队时间过长', '请说明近一周排队时间超过 30 分钟的原因，并提出整改措施。',
				     ?::timestamptz, ?::date, '已增开两个潮汐窗口，推行预约办税，高峰期平均等候时间降至 12 分钟。',
				     'swj.head', ?::timestamptz),
				    ('SCJG', '企业开办环节用时偏长', '请核查近一个月企业开办平均用时超过承诺时限的事项，并报送整改计划。',
				     ?::timestamptz, ?::date, null, null, null),
				    ('RSJ', '社保卡补换领超时办结', '请说明上月社保卡补换领超时办结的原因。',
				     ?::timestamptz, ?::date, null, null, null))
				    as v(d, s, b, i, due, a, ab, aa)""")
			.params(today.getYear(), Timestamp.from(now.minusDays(10).toInstant()),
					Date.valueOf(calendar.addWorkingDays(tenDaysAgo, 3)), Timestamp.from(now.minusDays(9).toInstant()),
					Timestamp.from(now.minusHours(3).toInstant()), Date.valueOf(calendar.addWorkingDays(today, 3)),
					Timestamp.from(now.minusDays(5).toInstant()), Date.valueOf(calendar.addWorkingDays(fiveDaysAgo, 1)))
			.update();
	}
}
