package org.govhall.exchange;

import java.time.Duration;
import java.util.Map;

import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Administrators add synthetic people in the background and watch the progress. */
@GovHallTest
class PopulationGenerationTests {

	@LocalServerPort
	int port;

	@Autowired
	BaseRegisters registers;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void an_administrator_adds_people_in_the_background_with_progress() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		long before = registers.peopleCount();
		Response started = admin.postJson("/api/v1/exchange/admin/population-generation", Map.of("count", 12_345));
		assertThat(started.statusCode()).isEqualTo(202);
		String location = started.header("Location");
		await().atMost(Duration.ofSeconds(60)).until(() -> admin.get(location).jsonPath().getBoolean("finished"));
		Response done = admin.get(location);
		assertThat(done.jsonPath().getString("state")).isEqualTo("DONE");
		assertThat(done.jsonPath().getLong("loaded")).isEqualTo(12_345);
		assertThat(done.jsonPath().getInt("percent")).isEqualTo(100);
		assertThat(registers.peopleCount()).isEqualTo(before + 12_345);

		String id = location.substring(location.lastIndexOf('/') + 1);
		Response page = admin.request().accept("text/html").get("/workbench/exchange/generation/" + id);
		assertThat(page.body().asString()).contains("已完成", "value=\"100\"");
	}

	@Test
	void only_administrators_generate_and_only_sensible_counts() {
		assertThat(new HallClient(port).signedIn("gaj.steward")
			.postJson("/api/v1/exchange/admin/population-generation", Map.of("count", 10)).statusCode()).isEqualTo(403);
		assertThat(new HallClient(port).signedIn("sjj.admin")
			.postJson("/api/v1/exchange/admin/population-generation", Map.of("count", 30_000_000)).statusCode())
			.isEqualTo(400);
	}

	@Test
	void a_generation_cut_off_by_a_stopped_node_does_not_block_the_next_one() {
		java.util.UUID stale = java.util.UUID.randomUUID();
		jdbc.sql("""
				insert into exchange_generation_job (id, target, first_index, loaded, state, started_by, started_at,
				    updated_at) values (?, 1000000, 0, 30000, 'RUNNING', 'sjj.admin', now() - interval '1 hour',
				    now() - interval '1 hour')""").param(stale).update();
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		Response next = admin.postJson("/api/v1/exchange/admin/population-generation", Map.of("count", 10));
		assertThat(next.statusCode()).isEqualTo(202);
		Response old = admin.get("/api/v1/exchange/admin/population-generation/" + stale);
		assertThat(old.jsonPath().getString("state")).isEqualTo("FAILED");
		assertThat(old.jsonPath().getBoolean("finished")).isTrue();
		assertThat(old.jsonPath().getString("message")).contains("Interrupted");
		await().atMost(Duration.ofSeconds(60)).until(() -> admin.get(next.header("Location")).jsonPath()
			.getBoolean("finished"));
	}

	@Test
	void the_database_holds_at_most_one_running_generation() {
		java.util.UUID first = java.util.UUID.randomUUID();
		String insert = """
				insert into exchange_generation_job (id, target, first_index, state, started_by, started_at)
				values (?, 10, 0, 'RUNNING', 'sjj.admin', now())""";
		jdbc.sql(insert).param(first).update();
		try {
			assertThatThrownBy(() -> jdbc.sql(insert).param(java.util.UUID.randomUUID()).update())
				.isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
			Response refused = new HallClient(port).signedIn("sjj.admin")
				.postJson("/api/v1/exchange/admin/population-generation", Map.of("count", 10));
			assertThat(refused.statusCode()).isEqualTo(409);
		}
		finally {
			jdbc.sql("update exchange_generation_job set state = 'FAILED' where id = ?").param(first).update();
		}
	}

	@Test
	void of_several_simultaneous_starts_exactly_one_runs() throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		int starts = 4;
		// the register is held still, so that the started generation is still running when the others arrive
		java.sql.Connection holder = dataSource.getConnection();
		holder.setAutoCommit(false);
		holder.createStatement().execute("lock table exchange_person in share mode");
		java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(starts);
		java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(starts);
		try {
			java.util.List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < starts; i++) {
				HallClient clicker = new HallClient(port).signedIn("sjj.admin");
				answers.add(clicks.submit(() -> {
					together.await();
					return clicker.postJson("/api/v1/exchange/admin/population-generation", Map.of("count", 10));
				}));
			}
			java.util.List<Integer> statuses = new java.util.ArrayList<>();
			String location = null;
			for (var answer : answers) {
				Response response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
				statuses.add(response.statusCode());
				location = response.statusCode() == 202 ? response.header("Location") : location;
			}
			assertThat(statuses).containsOnly(202, 409).filteredOn(s -> s == 202).hasSize(1);
			holder.rollback();
			String started = location;
			await().atMost(Duration.ofSeconds(60)).until(() -> admin.get(started).jsonPath().getBoolean("finished"));
			assertThat(jdbc.sql("select count(*) from exchange_generation_job where state = 'RUNNING'")
				.query(Long.class).single()).isZero();
		}
		finally {
			clicks.shutdownNow();
			holder.rollback();
			holder.close();
		}
	}
}
