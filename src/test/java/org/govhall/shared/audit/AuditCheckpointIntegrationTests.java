package org.govhall.shared.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.restassured.response.Response;
import org.govhall.shared.audit.CheckpointVerification.Finding;
import org.govhall.shared.audit.CheckpointVerification.Problem;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hall checkpoints its audit chain outside the database, and verifying the trail finds what the chain alone
 * cannot: its newest entries deleted by someone who switched the append-only trigger off. Every change made to
 * the shared database is rolled back, and altered checkpoint files are copies or live in a folder of their own, so
 * that the rest of the suite still finds the trail intact.
 */
@GovHallTest
class AuditCheckpointIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	ChainCheckpoints checkpoints;

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	@Test
	void the_hall_checkpoints_its_chain_at_start_and_the_trail_verifies_with_its_checkpoints() throws Exception {
		assertThat(Files.readAllLines(checkpoints.file())).isNotEmpty();
		trail.record(AuditEvent.of("test.checkpointed").by("checkpoint-tester"));
		ChainCheckpoint written = checkpoints.checkpoint().orElseThrow();

		AuditVerification verification = trail.verify();

		assertThat(verification.intact()).isTrue();
		assertThat(verification.checkpoints().findings()).isEmpty();
		assertThat(verification.checkpoints().newest()).isEqualTo(written);
		assertThat(verification.lastSeq()).isGreaterThanOrEqualTo(written.seq());
	}

	@Test
	void deleting_the_newest_entries_with_the_trigger_switched_off_is_reported_as_truncated() {
		for (int i = 0; i < 3; i++) {
			trail.record(AuditEvent.of("test.soonDeleted").on("thing", i).by("checkpoint-tester"));
		}
		ChainCheckpoint anchored = checkpoints.checkpoint().orElseThrow();
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			// as the database's owner could: no entry is appended meanwhile, the trigger is off until the rollback
			jdbc.sql("select pg_advisory_xact_lock(?)").param(AuditLog.CHAIN_LOCK).query((rs, n) -> 1).list();
			jdbc.sql("alter table shared_audit_entry disable trigger shared_audit_entry_no_update_or_delete").update();
			assertThat(jdbc.sql("delete from shared_audit_entry where seq > ?").param(anchored.seq() - 3).update())
				.isEqualTo(3);

			AuditVerification verification = trail.verify();

			assertThat(verification.findings()).as("the chain alone still looks whole").isEmpty();
			assertThat(verification.checkpoints().findings()).singleElement().satisfies(f -> {
				assertThat(f.problem()).isEqualTo(Problem.TRUNCATED);
				assertThat(f.seq()).isEqualTo(anchored.seq());
				assertThat(f.count()).isEqualTo(3);
				assertThat(f.file()).isEqualTo(checkpoints.file().getFileName().toString());
			});
			assertThat(verification.intact()).isFalse();
		});
		assertThat(jdbc.sql("select tgenabled from pg_trigger where tgname = 'shared_audit_entry_no_update_or_delete'")
			.query(String.class).single()).isEqualTo("O");
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void a_copy_of_the_checkpoints_is_checked_over_the_api_and_an_altered_line_fails_its_signature() throws Exception {
		checkpoints.checkpoint();
		ChainCheckpoint newest = checkpoints.checkpoint().orElseThrow();
		List<String> lines = new ArrayList<>(Files.readAllLines(checkpoints.file()));
		HallClient admin = new HallClient(port, "en").signedIn("sjj.admin");

		Response untouched = admin.request().contentType("application/x-ndjson")
			.body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))
			.post("/api/v1/audit/checkpoints/verification?name=shipped.jsonl");
		assertThat(untouched.statusCode()).isEqualTo(200);
		assertThat(untouched.jsonPath().getBoolean("intact")).isTrue();
		assertThat(untouched.jsonPath().getLong("checkpoints")).isEqualTo(lines.size());
		Response named = admin.get("/api/v1/audit/entries/" + newest.seq());
		assertThat(named.jsonPath().getString("hash")).as("an outside party compares the hash").isEqualTo(newest.hash());
		assertThat(admin.get("/api/v1/audit/entries/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);

		int altered = lines.size() - 2;
		ChainCheckpoint c = CheckpointLine.read(lines.get(altered)).checkpoint();
		lines.set(altered, CheckpointLine.write(new ChainCheckpoint(c.node(), c.seq(), c.hash(), c.algorithm(),
				c.at().minusSeconds(3600), c.previous(), c.key(), c.signatureAlgorithm(), c.signature())));
		lines.add(lines.get(0).substring(0, 40));
		Response tampered = admin.request().contentType("text/plain; charset=UTF-8")
			.body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))
			.post("/api/v1/audit/checkpoints/verification?name=shipped.jsonl");
		assertThat(tampered.jsonPath().getBoolean("intact")).isFalse();
		assertThat(tampered.jsonPath().getList("findings.problem")).containsExactly("BAD_SIGNATURE", "TORN");
		assertThat(tampered.jsonPath().getLong("findings[0].line")).isEqualTo(altered + 1);
		assertThat(trail.verify().intact()).as("the hall's own file is untouched").isTrue();
	}

	@Test
	void a_checkpoint_file_removed_under_a_running_node_is_reported_and_a_failed_write_is_told() throws Exception {
		ChainCheckpoints node = new ChainCheckpoints(log, CheckpointKey.generate(AuditHashing.SM3),
				folder.resolve("checkpoints"), "test-node", Clock.systemUTC());
		ChainCheckpoint written = node.checkpoint().orElseThrow();
		Files.delete(node.file());
		Files.createDirectory(node.file()); // where the file was: the next write fails
		trail.record(AuditEvent.of("test.chainGrown").by("checkpoint-tester"));

		node.regularly();

		long head = log.head().orElseThrow().seq();
		List<Finding> findings = node.readFolder().result("checkpoints", head).findings();
		assertThat(findings).extracting(Finding::problem)
			.containsExactlyInAnyOrder(Problem.NO_FILE, Problem.WRITE_FAILED);
		assertThat(findings).filteredOn(f -> f.problem() == Problem.NO_FILE).singleElement()
			.satisfies(f -> assertThat(f.seq()).isEqualTo(written.seq()));
	}

	@Test
	void the_administrators_page_writes_a_checkpoint_shows_the_public_key_and_the_checkpoints_verified() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		Response written = admin.request().contentType("application/x-www-form-urlencoded")
			.post("/admin/audit/checkpoints");
		assertThat(written.statusCode()).isEqualTo(200);
		assertThat(written.body().asString()).contains("已写入检查点", "BEGIN PUBLIC KEY",
				checkpoints.publicKey().id());

		Response verified = new HallClient(port, "en").signedIn("sjj.admin").request()
			.contentType("application/x-www-form-urlencoded").post("/admin/audit/verification");
		assertThat(verified.body().asString()).contains("Checkpoints (", "does not end before the newest checkpoint");
	}
}
