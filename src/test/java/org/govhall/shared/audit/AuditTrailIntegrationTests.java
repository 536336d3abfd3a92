package org.govhall.shared.audit;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GovHallTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void recorded_entries_are_chained_and_the_whole_trail_verifies() {
		AuditEntry first = trail.record(AuditEvent.of("test.first").on("thing", 1).by("tester").because("testing"));
		AuditEntry second = trail.record(AuditEvent.of("test.second").on("thing", 2).by("tester"));
		assertThat(second.seq()).isEqualTo(first.seq() + 1);
		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(first.algorithm()).isEqualTo(AuditHashing.SM3);
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void the_database_refuses_to_update_or_delete_an_entry() {
		AuditEntry entry = trail.record(AuditEvent.of("test.protected").by("tester"));
		assertThatThrownBy(() -> jdbc.sql("update shared_audit_entry set actor = 'mallory' where seq = ?")
			.param(entry.seq()).update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from shared_audit_entry where seq = ?").param(entry.seq()).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("select actor from shared_audit_entry where seq = ?").param(entry.seq()).query(String.class)
			.single()).isEqualTo("tester");
	}

	@Test
	void a_rolled_back_change_leaves_no_entry_and_no_gap() {
		long before = count();
		try {
			transactions.executeWithoutResult(status -> {
				trail.record(AuditEvent.of("test.rolledBack").by("tester"));
				status.setRollbackOnly();
			});
		}
		finally {
			assertThat(count()).isEqualTo(before);
		}
		trail.record(AuditEvent.of("test.afterRollback").by("tester"));
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void concurrent_writers_form_one_unbroken_chain() throws Exception {
		var pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<AuditEntry>> writers = IntStream.range(0, 40)
				.<Callable<AuditEntry>>mapToObj(i -> () -> trail.record(AuditEvent.of("test.concurrent").by("w" + i)))
				.toList();
			for (var f : pool.invokeAll(writers)) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		AuditVerification result = trail.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.lastSeq()).isEqualTo(count());
	}

	@Test
	void tampering_behind_the_trigger_is_detected_by_verification() {
		AuditEntry entry = trail.record(AuditEvent.of("test.tampered").by("honest").because("original"));
		tamper("update shared_audit_entry set actor = 'mallory' where seq = " + entry.seq());
		try {
			AuditVerification result = trail.verify();
			assertThat(result.findings()).contains(
					new AuditVerification.Finding(entry.seq(), AuditVerification.Problem.ALTERED, 1));
		}
		finally {
			tamper("update shared_audit_entry set actor = 'honest' where seq = " + entry.seq());
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void search_filters_by_actor_action_and_object() {
		trail.record(AuditEvent.of("test.searchable").on("case", "C-42").by("searcher"));
		trail.record(AuditEvent.of("test.other").on("case", "C-43").by("searcher"));
		AuditPage page = trail.search(new AuditQuery("searcher", "test.searchable", "case", "C-42", null, null, 0, 10));
		assertThat(page.total()).isEqualTo(1);
		assertThat(page.entries()).singleElement().satisfies(e -> assertThat(e.objectId()).isEqualTo("C-42"));
	}

	/** Writes past the append-only trigger, as a database superuser could. */
	private void tamper(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql(sql).update();
		});
	}

	private long count() {
		return jdbc.sql("select count(*) from shared_audit_entry").query(Long.class).single();
	}
}
