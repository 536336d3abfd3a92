package org.govhall.casework.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.govhall.casework.Applying;
import org.govhall.casework.CaseworkTests;
import org.govhall.casework.DeadlineNear;
import org.govhall.casework.DeadlinePassed;
import org.govhall.casework.RaisedEvents;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline sweep of two nodes at once (issue 18): two sweeps over the same due branches, in batches of two so
 * that they take turns, warn each near branch once and escalate each overdue branch once — one event, one
 * staff-only timeline entry, one audit entry each.
 */
@GovHallTest
class DeadlineSweepTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	CaseStore cases;

	@Autowired
	CaseFlow flow;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void two_sweeps_at_once_warn_and_escalate_each_due_branch_exactly_once() throws Exception {
		HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		String item = CaseworkTests.personalItem(jdbc);
		List<String> overdue = new ArrayList<>();
		List<String> near = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			overdue.add(Applying.applied(applicant, Map.of("item", item)));
			near.add(Applying.applied(applicant, Map.of("item", item)));
		}
		LocalDate today = LocalDate.now(clock);
		dueOn(overdue, today.minusDays(3));
		dueOn(near, today);

		List<Object> raised;
		try (RaisedEvents published = RaisedEvents.of(context, DeadlineNear.class, DeadlinePassed.class)) {
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService nodes = Executors.newFixedThreadPool(2);
			List<Future<Integer>> swept = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				DeadlineSweep sweep = new DeadlineSweep(cases, flow, workingDays, new CaseworkProperties("SJJ", 2, 2, "database"),
						events, audit, transactions, clock);
				Callable<Integer> run = () -> {
					start.await();
					return sweep.sweep();
				};
				swept.add(nodes.submit(run));
			}
			start.countDown();
			int total = swept.get(0).get(2, TimeUnit.MINUTES) + swept.get(1).get(2, TimeUnit.MINUTES);
			nodes.shutdown();
			assertThat(total).as("branches handled by both sweeps together").isGreaterThanOrEqualTo(10);
			raised = published.stream().toList();
		}

		for (String number : overdue) {
			assertThat(raised.stream().filter(e -> e instanceof DeadlinePassed p && p.facts().caseNumber().equals(number)))
				.as("DeadlinePassed of %s", number).hasSize(1);
			assertThat(count("casework_timeline where kind = 'ESCALATED' and case_number = ?", number)).isEqualTo(1);
			assertThat(count("shared_audit_entry where action = 'casework.escalated' and object_id = ?", number))
				.isEqualTo(1);
		}
		for (String number : near) {
			assertThat(raised.stream().filter(e -> e instanceof DeadlineNear n && n.facts().caseNumber().equals(number)))
				.as("DeadlineNear of %s", number).hasSize(1);
			assertThat(count("casework_branch where warned_at is not null and case_number = ?", number)).isEqualTo(1);
		}
		assertThat(raised.stream().filter(e -> e instanceof DeadlineNear n && overdue.contains(n.facts().caseNumber())))
			.as("an overdue branch is not also near").isEmpty();
	}

	private void dueOn(List<String> numbers, LocalDate day) {
		jdbc.sql("update casework_branch set due_on = ? where case_number = any(?)")
			.params(Date.valueOf(day), numbers.toArray(String[]::new)).update();
	}

	private long count(String fromWhere, String number) {
		return jdbc.sql("select count(*) from " + fromWhere).param(number).query(Long.class).single();
	}
}
