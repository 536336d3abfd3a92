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
import static org.awaitility.Awaitility.await;

/** Administrators add synthetic people in the background and watch the progress. */
@GovHallTest
class PopulationGenerationTests {

	@LocalServerPort
	int port;

	@Autowired
	BaseRegisters registers;

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
}
