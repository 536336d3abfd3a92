package org.govhall.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import javax.sql.DataSource;
import org.govhall.exchange.DataLookups;
import org.govhall.exchange.internal.AccessLogSeals;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.audit.AuditVerification;
import org.govhall.shared.audit.JournalVerification;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every read through the exchange is in the access log, the log cannot be changed, and it is sealed in blocks
 * into the hash-chained audit trail so that an altered entry is found.
 */
@GovHallTest
class AccessLogTests {

	private static final SyntheticPopulation POPULATION = new SyntheticPopulation(2026);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessLogSeals seals;

	@Autowired
	AuditTrail audit;

	@Autowired
	DataSource dataSource;

	@Autowired
	DataLookups sharing;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void a_lookup_writes_one_entry_that_the_next_seal_anchors_in_the_audit_trail() {
		HallClient wlj = new HallClient(port).signedIn("wlj.steward");
		wlj.postJson("/api/v1/exchange/grants", Map.of("resource", "SCJG-QYDJ", "fields", List.of("name"), "purpose",
				"文化市场经营许可核验", "legalBasis", "《娱乐场所管理条例》", "validUntil", LocalDate.now().plusYears(1).toString()));
		String subject = new org.govhall.exchange.internal.demo.SyntheticCompanies(POPULATION, 20_000, 2026).company(11)
			.creditCode();
		long before = entriesFor(subject);
		assertThat(wlj.postJson("/api/v1/exchange/lookups", Map.of("resource", "SCJG-QYDJ", "subject",
				" " + subject.toLowerCase() + " ", "purpose", "演出场所经营单位设立核验")).statusCode()).isEqualTo(200);
		assertThat(entriesFor(subject)).as("one entry, under the subject as the register holds it")
			.isEqualTo(before + 1);

		sealEverything();
		Map<String, Object> seal = jdbc.sql("select * from exchange_access_seal order by block desc limit 1").query()
			.singleRow();
		assertThat((Long) seal.get("entries")).isPositive();
		var anchor = audit.entry((Long) seal.get("audit_seq")).orElseThrow();
		assertThat(anchor.action()).isEqualTo("exchange.accessLogSealed");
		assertThat(anchor.details()).containsEntry("digest", (String) seal.get("digest"))
			.containsEntry("toTx", seal.get("to_tx").toString());
		assertThat(seals.seal()).as("nothing new to seal").isEmpty();

		AuditVerification verification = audit.verify();
		JournalVerification accessLog = verification.journals().get(0);
		assertThat(accessLog.intact()).isTrue();
		assertThat(accessLog.blocks()).isEqualTo((Long) seal.get("block"));
		assertThat(accessLog.unsealed()).isZero();
	}

	@Test
	void the_access_log_refuses_changes_and_a_changed_entry_is_found_by_verification() {
		new HallClient(port).signedIn("wlj.steward").postJson("/api/v1/exchange/lookups", Map.of("resource",
				"GAJ-HJXX", "subject", POPULATION.person(31).idNumber(), "purpose", "无授权的查询也留痕"));
		seals.seal();
		long id = jdbc.sql("select max(id) from exchange_access_log").query(Long.class).single();
		assertThatThrownBy(() -> jdbc.sql("update exchange_access_log set purpose = 'x' where id = ?").param(id).update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from exchange_access_log where id = ?").param(id).update())
			.rootCause().hasMessageContaining("append-only");

		// what only a database superuser could do: switch the guard off and rewrite an entry
		String purpose = jdbc.sql("select purpose from exchange_access_log where id = ?").param(id).query(String.class)
			.single();
		jdbc.sql("alter table exchange_access_log disable trigger exchange_access_log_no_update_or_delete").update();
		try {
			jdbc.sql("update exchange_access_log set purpose = '例行核查' where id = ?").param(id).update();
			JournalVerification tampered = audit.verify().journals().get(0);
			assertThat(tampered.intact()).isFalse();
			assertThat(tampered.findings()).extracting(JournalVerification.Finding::problem)
				.containsExactly(JournalVerification.Problem.ALTERED);
		}
		finally {
			jdbc.sql("update exchange_access_log set purpose = ? where id = ?").params(purpose, id).update();
			jdbc.sql("alter table exchange_access_log enable trigger exchange_access_log_no_update_or_delete").update();
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void an_entry_that_commits_late_is_sealed_in_a_later_block_and_never_skipped() throws Exception {
		seals.seal();
		String subject = POPULATION.person(32).idNumber();
		try (Connection slow = dataSource.getConnection()) {
			slow.setAutoCommit(false);
			try (PreparedStatement insert = slow.prepareStatement("""
					insert into exchange_access_log (occurred_at, consumer, actor, channel, resource_code, subject, purpose,
					    fields, outcome) values (now(), 'WLJ', 'test', 'STAFF', 'GAJ-SFHY', ?, '慢事务', '{name}', 'ANSWERED')""")) {
				insert.setString(1, subject);
				insert.executeUpdate();
			}
			// a later read commits first
			new HallClient(port).signedIn("wlj.steward").postJson("/api/v1/exchange/lookups", Map.of("resource",
					"GAJ-HJXX", "subject", subject, "purpose", "后开始、先提交"));
			seals.seal();
			assertThat(audit.verify().journals().get(0).unsealed()).as("the later read waits for the slow one")
				.isGreaterThanOrEqualTo(1);
			slow.commit();
		}
		sealEverything();
		assertThat(jdbc.sql("""
				select count(*) from exchange_access_log l where l.subject = ? and exists (
				    select 1 from exchange_access_seal s where l.tx >= s.from_tx and l.tx < s.to_tx)""")
			.param(subject).query(Long.class).single()).as("both sealed, none skipped").isEqualTo(2);
		JournalVerification verified = audit.verify().journals().get(0);
		assertThat(verified.intact()).isTrue();
		assertThat(verified.unsealed()).isZero();
		assertThat(verified.entries()).isEqualTo(
				jdbc.sql("select count(*) from exchange_access_log").query(Long.class).single());
	}

	@Test
	void supervisors_search_the_access_log_by_subject_on_a_page_and_others_may_not() {
		String subject = POPULATION.person(33).idNumber();
		new HallClient(port).signedIn("wlj.steward").postJson("/api/v1/exchange/lookups", Map.of("resource", "GAJ-HJXX",
				"subject", subject, "purpose", "督查页面测试"));
		Response page = new HallClient(port).signedIn("dcb.supervisor1").postForm("/workbench/exchange/access-log",
				Map.of("subject", subject));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.asString()).contains("督查页面测试", "wlj.steward", "无授权，已拒绝");
		assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'exchange.accessLogRead'"
				+ " and object_id = ?").param(subject).query(Long.class).single()).isEqualTo(1);
		assertThat(new HallClient(port).signedIn("wlj.steward").postForm("/workbench/exchange/access-log",
				Map.of("subject", subject)).statusCode()).isEqualTo(403);
		assertThat(new HallClient(port, "en").signedIn("dcb.supervisor1").postForm("/workbench/exchange/access-log",
				Map.of("subject", " ")).asString()).contains("Please enter a subject");
	}

	/**
	 * Outside a transaction a lookup's record commits asynchronously (ADR 0010; the benchmark counts the WAL
	 * flushes); inside one, that would also make the caller's own writes asynchronous, so it must not.
	 */
	@Test
	void a_lookup_inside_a_callers_transaction_leaves_the_callers_commit_setting_alone() {
		String subject = POPULATION.person(321).idNumber();
		long before = entriesFor(subject);
		assertThat(sharing.lookupForService("SJJ", "identity", "GAJ-SFHY", subject, "实名核验").fields())
			.isNotEmpty();
		assertThat(entriesFor(subject)).as("committed, and visible at once").isEqualTo(before + 1);

		String inside = new TransactionTemplate(transactions).execute(status -> {
			sharing.lookupForService("SJJ", "identity", "GAJ-SFHY", subject, "实名核验");
			return jdbc.sql("show synchronous_commit").query(String.class).single();
		});
		assertThat(inside).as("the caller's own writes still commit as the server does").isEqualTo("on");
		assertThat(entriesFor(subject)).isEqualTo(before + 2);
		assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
			.as("the setting ends with the lookup's own transaction").isEqualTo("on");
	}

	/** Seals until nothing waits: every transaction below the rows must have ended, which a vacuum may delay. */
	private void sealEverything() {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			seals.seal();
			return audit.verify().journals().get(0).unsealed() == 0;
		});
	}

	private long entriesFor(String subject) {
		return jdbc.sql("select count(*) from exchange_access_log where subject = ?").param(subject)
			.query(Long.class).single();
	}
}
