package org.govhall.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.govhall.casework.Applying;
import org.govhall.casework.CaseworkTests;
import org.govhall.identity.Applicants;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Texts to applicants go through the outbox (ADR 0020): a step run again after an engine conflict texts once, a
 * text committed before a crash is sent at the next dispatch, and two nodes dispatching at once send each text once.
 */
@GovHallTest
class ApplicantTextsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseStore cases;

	@Autowired
	CaseFlow flow;

	@Autowired
	CaseSteps steps;

	@Autowired
	ApplicantTexts texts;

	@Autowired
	TextOutbox outbox;

	@Autowired
	Applicants applicants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void a_step_run_again_after_an_engine_conflict_texts_the_applicant_once() {
		String number = freshCase();
		String marker = "重试-" + UUID.randomUUID();
		AtomicInteger attempts = new AtomicInteger();
		steps.run(() -> {
			CaseStore.CaseRow c = cases.lock(number).orElseThrow();
			flow.tell(c, marker);
			if (attempts.incrementAndGet() == 1) {
				throw new FlowableOptimisticLockingException("a job changed the execution meanwhile");
			}
		});
		assertThat(attempts).hasValue(2);
		texts.dispatch();
		await().atMost(Duration.ofSeconds(20)).until(() -> sent(marker) == 1);
		texts.dispatch();
		assertThat(sent(marker)).as("one text").isEqualTo(1);
		assertThat(count("casework_text_outbox where text like ?", marker)).as("one outbox row").isEqualTo(1);
		assertThat(count("casework_notification where text like ?", marker)).as("one in-app notification").isEqualTo(1);
	}

	@Test
	void a_text_committed_just_before_a_crash_is_sent_at_the_next_dispatch() {
		String number = freshCase();
		long account = cases.byNumber(number).orElseThrow().personAccount();
		String marker = "崩溃-" + UUID.randomUUID();
		// the step committed its text; the node died before the send after commit
		transactions.executeWithoutResult(tx -> outbox.add(account, number, "【政务服务】" + marker, clock.instant()));
		assertThat(count("casework_text_outbox where text like ?", marker)).isEqualTo(1);

		texts.dispatch();
		await().atMost(Duration.ofSeconds(20)).until(() -> sent(marker) == 1);
		assertThat(count("casework_text_outbox where sent_at is not null and text like ?", marker)).isEqualTo(1);
		texts.dispatch();
		assertThat(sent(marker)).isEqualTo(1);
	}

	@Test
	void two_nodes_dispatching_at_once_send_each_text_once() throws Exception {
		String number = freshCase();
		long account = cases.byNumber(number).orElseThrow().personAccount();
		String marker = "两节点-" + UUID.randomUUID();
		transactions.executeWithoutResult(tx -> {
			for (int i = 0; i < 10; i++) {
				outbox.add(account, number, marker + "-" + i, clock.instant());
			}
		});
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		List<Future<Integer>> dispatched = new ArrayList<>();
		for (int node = 0; node < 2; node++) {
			ApplicantTexts other = new ApplicantTexts(outbox, applicants, transactions, clock);
			dispatched.add(nodes.submit(() -> {
				start.await();
				return other.dispatch();
			}));
		}
		start.countDown();
		for (Future<Integer> each : dispatched) {
			each.get(2, TimeUnit.MINUTES);
		}
		nodes.shutdown();
		await().atMost(Duration.ofSeconds(20)).until(() -> sent(marker) == 10);
		assertThat(jdbc.sql("select count(distinct text) from identity_dev_sms where text like ?").param("%" + marker + "%")
			.query(Long.class).single()).isEqualTo(10);
	}

	private String freshCase() {
		HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		return Applying.applied(applicant, Map.of("item", CaseworkTests.personalItem(jdbc)));
	}

	private long sent(String marker) {
		return count("identity_dev_sms where text like ?", marker);
	}

	private long count(String fromWhere, String marker) {
		return jdbc.sql("select count(*) from " + fromWhere).param("%" + marker + "%").query(Long.class).single();
	}
}
