package org.govhall.rating.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up sweep as two nodes run it: started at once, they share the overdue follow-ups and escalate each
 * exactly once, and a later sweep finds nothing more to do.
 */
@GovHallTest
class FollowUpSweepTests {

	@Autowired
	FollowUpSweep sweep;

	@Autowired
	JdbcClient jdbc;

	@Test
	void two_sweeps_at_once_escalate_each_overdue_follow_up_exactly_once() throws Exception {
		String run = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			numbers.add(run + "-" + i);
		}
		String[] array = numbers.toArray(String[]::new);
		jdbc.sql("""
				insert into rating_case (case_number, item_code, item_name, department, departments, applicant_account,
				    outcome, finished_at, link_expires_at)
				select n, 'ITEM', '测试事项', 'TEST', '{TEST}', -1, 'APPROVED', now(), now() from unnest(?::text[]) n""")
			.param(array).update();
		jdbc.sql("""
				insert into rating (case_number, stars, channel, recorded_by, rated_at, rated_on)
				select n, 1, 'ONLINE', 'test', now(), ? from unnest(?::text[]) n""")
			.params(LocalDate.of(2020, 1, 2), array).update();
		jdbc.sql("""
				insert into rating_follow_up (case_number, department, stars, opened_on, due_on)
				select n, 'TEST', 1, ?, ? from unnest(?::text[]) n""")
			.params(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 9), array).update();
		try {
			ExecutorService nodes = Executors.newFixedThreadPool(2);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> swept = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				Callable<Integer> task = () -> {
					start.await();
					return sweep.sweep();
				};
				swept.add(nodes.submit(task));
			}
			start.countDown();
			int total = swept.get(0).get(2, TimeUnit.MINUTES) + swept.get(1).get(2, TimeUnit.MINUTES);
			nodes.shutdown();
			assertThat(total).isGreaterThanOrEqualTo(numbers.size());
			assertThat(jdbc.sql("""
					select count(*) from shared_audit_entry where action = 'rating.followUpEscalated' and object_id like ?""")
				.param(run + "-%").query(Long.class).single()).as("each once").isEqualTo(numbers.size());
			assertThat(jdbc.sql("select count(*) from rating_follow_up where case_number like ? and escalated_at is null")
				.param(run + "-%").query(Long.class).single()).isZero();
			sweep.sweep();
			assertThat(jdbc.sql("""
					select count(*) from shared_audit_entry where action = 'rating.followUpEscalated' and object_id like ?""")
				.param(run + "-%").query(Long.class).single()).as("idempotent").isEqualTo(numbers.size());
		}
		finally {
			// answered, so that they do not crowd the follow-ups to watch of later runs on a kept database
			jdbc.sql("""
					update rating_follow_up set answered_at = now(), answered_by = 'test', contact_note = 'test',
					    rectification = 'test' where case_number like ?""").param(run + "-%").update();
		}
	}
}
