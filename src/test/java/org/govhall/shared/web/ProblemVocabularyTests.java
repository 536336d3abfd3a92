package org.govhall.shared.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One vocabulary for errors across the modules (ADR 0004): a wrong value is a 400 {@code validation} problem naming
 * its field, a parameter that does not parse says which form it should have, and a staff endpoint tells a citizen
 * only that it is not for them — before it reads what they sent.
 */
@GovHallTest
class ProblemVocabularyTests {

	private static final String VALIDATION = "urn:govhall:problem:validation";

	@LocalServerPort
	int port;

	@Test
	void an_impossible_date_in_a_query_names_the_parameter_and_the_expected_form() {
		Response zh = new HallClient(port).get("/api/v1/reference/working-days/deadline?received=2026-02-30&workingDays=5");
		assertThat(zh.statusCode()).isEqualTo(400);
		assertThat(zh.jsonPath().getString("type")).isEqualTo(VALIDATION);
		assertThat(zh.jsonPath().getString("errors[0].field")).isEqualTo("received");
		assertThat(zh.jsonPath().getString("detail")).contains("received", "年-月-日");

		Response en = new HallClient(port, "en").get("/api/v1/reference/working-days/deadline?received=soon&workingDays=5");
		assertThat(en.jsonPath().getString("detail")).contains("received", "year-month-day");
	}

	@Test
	void a_number_that_is_not_one_and_a_missing_parameter_are_named() {
		Response text = new HallClient(port).get("/api/v1/reference/working-days/deadline?received=2026-03-02&workingDays=five");
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat(text.jsonPath().getString("errors[0].field")).isEqualTo("workingDays");
		assertThat(text.jsonPath().getString("detail")).contains("整数");

		Response missing = new HallClient(port).get("/api/v1/reference/working-days/deadline?workingDays=5");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.jsonPath().getString("type")).isEqualTo(VALIDATION);
		assertThat(missing.jsonPath().getString("errors[0].field")).isEqualTo("received");
	}

	@Test
	void a_field_of_a_json_body_that_does_not_parse_is_named_with_its_form() {
		HallClient steward = new HallClient(port).signedIn("wjw.steward");
		Response response = steward.postJson("/api/v1/exchange/grants", Map.of("resource", "GAJ-SFHY", "fields",
				List.of("name"), "purpose", "测试", "legalBasis", "测试", "validUntil", "2026-13-01"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.jsonPath().getString("type")).isEqualTo(VALIDATION);
		assertThat(response.jsonPath().getString("errors[0].field")).isEqualTo("validUntil");
		assertThat(response.jsonPath().getString("detail")).contains("validUntil", "年-月-日");
	}

	@Test
	void a_rule_broken_in_any_module_answers_the_same_status_and_type_with_the_field() {
		HallClient steward = new HallClient(port).signedIn("wjw.steward");
		Response exchange = steward.postJson("/api/v1/exchange/grants", Map.of("resource", "GAJ-SFHY", "fields",
				List.of("name"), "purpose", "测试", "legalBasis", "测试", "validUntil",
				LocalDate.now().plusYears(9).toString()));
		assertThat(exchange.statusCode()).isEqualTo(400);
		assertThat(exchange.jsonPath().getString("type")).isEqualTo(VALIDATION);
		assertThat(exchange.jsonPath().getString("errors[0].field")).isEqualTo("validUntil");
		assertThat(exchange.jsonPath().getString("errors[0].code")).isEqualTo("exchange.request.period");

		HallClient visitor = new HallClient(port);
		visitor.get("/register");
		Response identity = visitor.postJson("/api/v1/identity/registrations",
				Map.of("identityNumber", "110105194912310029", "name", "张三", "mobile", "13900000000",
						"password", "Citizen2026pass", "consent", true));
		assertThat(identity.statusCode()).isEqualTo(400);
		assertThat(identity.jsonPath().getString("type")).isEqualTo(VALIDATION);
		assertThat(identity.jsonPath().getString("errors[0].field")).isEqualTo("identityNumber");

		Response reference = new HallClient(port).get("/api/v1/reference/working-days/between?from=2000-01-01&to=2030-01-01");
		assertThat(reference.statusCode()).isEqualTo(400);
		assertThat(reference.jsonPath().getString("type")).isEqualTo(VALIDATION);
		assertThat(reference.jsonPath().getString("errors[0].field")).isEqualTo("to");
	}

	@Test
	void a_citizen_sending_a_malformed_request_to_a_staff_endpoint_is_refused_before_it_is_read() {
		HallClient citizen = new HallClient(port);
		assertThat(citizen.signIn("13800000001", HallClient.DEMO_PASSWORD).header("Location")).endsWith("/my");
		String malformed = "{\"resource\": ";
		for (String path : List.of("/api/v1/exchange/grants", "/api/v1/exchange/lookups", "/api/v1/exchange/access-log",
				"/api/v1/exchange/resources", "/api/v1/exchange/clients", "/api/v1/catalog/editor/items",
				"/api/v1/identity/people/in-person-checks")) {
			Response response = citizen.request().contentType(ContentType.JSON).body(malformed).post(path);
			assertThat(response.statusCode()).as(path).isEqualTo(403);
			assertThat(response.jsonPath().getString("type")).as(path).isEqualTo("urn:govhall:problem:forbidden");
		}
		Response query = citizen.get("/api/v1/exchange/addresses?q=x&limit=many");
		assertThat(query.statusCode()).as("malformed query").isEqualTo(403);
	}

	@Test
	void nobody_signed_in_gets_401_from_a_staff_endpoint_whatever_the_body() {
		HallClient anonymous = new HallClient(port);
		anonymous.get("/");
		Response response = anonymous.request().contentType(ContentType.JSON).body("not json")
			.post("/api/v1/exchange/lookups");
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void staff_without_the_role_are_refused_before_their_body_is_read() {
		HallClient clerk = new HallClient(port).signedIn("scjg.clerk");
		Response response = clerk.request().contentType(ContentType.JSON).body("{").post("/api/v1/exchange/grants");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.jsonPath().getString("detail")).contains("数据管理员");
	}
}
