package org.govhall.portal;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators' endpoints: health and info for everyone, metrics, Prometheus and the modules for administrators. */
@GovHallTest
class ActuatorTests {

	@LocalServerPort
	int port;

	@Test
	void health_is_public_but_its_details_are_for_administrators() {
		Response open = RestAssured.given().port(port).get("/actuator/health");
		assertThat(open.statusCode()).isEqualTo(200);
		assertThat(open.jsonPath().getString("status")).isEqualTo("UP");
		assertThat(open.jsonPath().getMap("components")).isNull();

		Response health = RestAssured.given().port(port).auth().preemptive()
			.basic("sjj.admin", HallClient.DEMO_PASSWORD).get("/actuator/health");
		assertThat(health.jsonPath().getString("components.db.status")).isEqualTo("UP");
		assertThat(health.jsonPath().getList("components.workingDayCalendar.details.yearsWithData", Integer.class))
			.contains(2025, 2026);
	}

	@Test
	void info_is_public() {
		assertThat(RestAssured.given().port(port).get("/actuator/info").statusCode()).isEqualTo(200);
	}

	@Test
	void metrics_need_an_administrator() {
		assertThat(RestAssured.given().port(port).get("/actuator/metrics").statusCode()).isEqualTo(401);
		assertThat(RestAssured.given().port(port).auth().preemptive().basic("scjg.clerk", HallClient.DEMO_PASSWORD)
			.get("/actuator/metrics").statusCode()).isEqualTo(403);
		assertThat(RestAssured.given().port(port).auth().preemptive().basic("sjj.admin", HallClient.DEMO_PASSWORD)
			.get("/actuator/metrics").statusCode()).isEqualTo(200);
	}

	@Test
	void prometheus_exposes_jvm_and_http_metrics_to_administrators() {
		Response scrape = RestAssured.given().port(port).auth().preemptive()
			.basic("sjj.admin", HallClient.DEMO_PASSWORD).get("/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body().asString()).contains("jvm_memory_used_bytes", "application=\"govhall\"");
	}

	@Test
	void the_module_structure_is_described_to_administrators_when_they_ask() {
		assertThat(RestAssured.given().port(port).get("/actuator/modulith").statusCode()).isEqualTo(401);
		Response modules = RestAssured.given().port(port).auth().preemptive()
			.basic("sjj.admin", HallClient.DEMO_PASSWORD).get("/actuator/modulith");
		assertThat(modules.statusCode()).isEqualTo(200);
		assertThat(modules.jsonPath().getMap("$")).containsKeys("catalog", "exchange", "identity", "portal", "shared");
		assertThat(modules.jsonPath().getList("identity.dependencies.target", String.class)).contains("exchange");
	}
}
