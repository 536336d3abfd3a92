package org.govhall.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.govhall.casework.Handling;
import org.govhall.casework.SpecialProcedure;
import org.govhall.casework.SpecialProcedureTests;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.calendar.StatutoryClock;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A special procedure across holidays: a branch of 7 working days received on Friday 2026-09-18 (the make-up Sunday
 * 09-20 counts) would end on 09-29; paused from the end of 09-24 over the Mid-Autumn and National Day holidays until
 * 10-09, it ends on 10-12 (the make-up Saturday 10-10 counts), the five working days of the pause not counted.
 */
@GovHallTest
class SpecialProcedureClockTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseStore cases;

	@Autowired
	SpecialProcedureStore procedures;

	@Autowired
	CaseFlow flow;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void a_special_procedure_over_the_national_day_holidays_moves_the_due_date_by_the_working_days_it_took() {
		String number = SpecialProcedureTests.acceptedPlanningPermit(port, jdbc,
				Handling.demoRepresentative(port));
		long id = cases.branches(number).get(0).id();
		jdbc.sql("update casework_branch set promised_limit = 7, legal_limit = 20 where id = ?").param(id).update();
		CaseStore.BranchRow branch = cases.branch(id).orElseThrow();
		flow.saveClock(branch, branch.status(), StatutoryClock.start(LocalDate.of(2026, 9, 18), 7));
		assertThat(cases.branch(id).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 9, 29));

		transactions.executeWithoutResult(tx -> on(LocalDate.of(2026, 9, 24)).start(cases.lock(number).orElseThrow(),
				cases.branch(id).orElseThrow(), "方案公示", "设计方案依法公示", 10, "ghzy.reviewer"));
		CaseStore.BranchRow paused = cases.branch(id).orElseThrow();
		assertThat(paused.clock().state()).isEqualTo(StatutoryClock.State.PAUSED);
		assertThat(paused.dueOn()).as("unknown while the procedure runs").isNull();
		assertThat(paused.clock().usedWorkingDays(workingDays.calendar(), LocalDate.of(2026, 10, 9))).isEqualTo(5);

		SpecialProcedure ended = transactions.execute(tx -> on(LocalDate.of(2026, 10, 9)).end(
				cases.lock(number).orElseThrow(), cases.branch(id).orElseThrow(), procedures.running(id).orElseThrow(),
				"公示期满无异议", "ghzy.head"));
		CaseStore.BranchRow resumed = cases.branch(id).orElseThrow();
		assertThat(resumed.clock().state()).isEqualTo(StatutoryClock.State.RUNNING);
		assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2026, 10, 12));
		assertThat(resumed.legalDueOn()).isAfter(resumed.dueOn());
		assertThat(ended.running()).isFalse();
		assertThat(ended.startedOn()).isEqualTo(LocalDate.of(2026, 9, 24));
		assertThat(jdbc.sql("select detail from casework_timeline where case_number = ? and kind = 'SPECIAL_PROCEDURE_ENDED'")
			.param(number).query(String.class).single()).contains("5 个工作日不计入办理时限", "2026-10-12");
	}

	/** The flow as it runs on {@code day}, at noon in Shanghai. */
	private SpecialProcedureFlow on(LocalDate day) {
		Clock fixed = Clock.fixed(day.atTime(12, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
		return new SpecialProcedureFlow(procedures, cases, flow, workingDays, audit, events, fixed);
	}
}
