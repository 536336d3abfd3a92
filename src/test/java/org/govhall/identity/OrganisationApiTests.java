package org.govhall.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation API: authorisation per endpoint and per department, validation as problem documents. */
@GovHallTest
class OrganisationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymous_callers_get_a_401_problem_in_chinese_by_default() {
		Response response = new HallClient(port).get("/api/v1/organisation/departments");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:unauthorized");
		assertThat(response.jsonPath().getString("title")).isEqualTo("需要登录");
	}

	@Test
	void problems_come_in_english_when_asked_for() {
		Response response = new HallClient(port, "en").get("/api/v1/organisation/departments");
		assertThat(response.jsonPath().getString("title")).isEqualTo("Sign-in required");
		assertThat(response.header("Content-Language")).isEqualTo("en");
	}

	@Test
	void staff_see_their_own_department_staff_but_not_another_department_s() {
		HallClient clerk = new HallClient(port).signedIn("scjg.clerk");
		assertThat(clerk.get("/api/v1/organisation/departments/SCJG/staff").statusCode()).isEqualTo(200);
		Response other = clerk.get("/api/v1/organisation/departments/SWJ/staff");
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.jsonPath().getString("detail")).contains("SWJ");
	}

	@Test
	void a_citizen_asking_for_a_department_s_staff_gets_a_403_problem() {
		HallClient citizen = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		Response response = citizen.get("/api/v1/organisation/departments/SCJG/staff");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:forbidden");
		assertThat(response.jsonPath().getString("detail")).contains("仅供工作人员");
	}

	@Test
	void supervisors_see_every_department() {
		HallClient supervisor = new HallClient(port).signedIn("dcb.supervisor1");
		assertThat(supervisor.get("/api/v1/organisation/departments/SWJ/staff").statusCode()).isEqualTo(200);
	}

	@Test
	void a_department_has_a_valid_credit_code() {
		HallClient clerk = new HallClient(port).signedIn("scjg.clerk");
		Response response = clerk.get("/api/v1/organisation/departments/SCJG");
		assertThat(response.jsonPath().getString("creditCode")).hasSize(18).startsWith("11310000");
	}

	@Test
	void only_administrators_open_accounts() {
		HallClient clerk = new HallClient(port).signedIn("scjg.clerk");
		Response response = clerk.postJson("/api/v1/organisation/staff", account("x" + suffix()));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:forbidden");
	}

	@Test
	void an_administrator_opens_an_account_and_a_second_attempt_with_the_same_name_conflicts() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String username = "new." + suffix();
		Response created = admin.postJson("/api/v1/organisation/staff", account(username));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.header("Location")).contains("/api/v1/organisation/staff/");
		assertThat(created.body().asString()).doesNotContain("password");

		Response again = admin.postJson("/api/v1/organisation/staff", account(username));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.jsonPath().getString("detail")).contains(username);
	}

	@Test
	void invalid_input_lists_every_field_with_a_message_in_the_requested_language() {
		HallClient admin = new HallClient(port, "en").signedIn("sjj.admin");
		Response response = admin.postJson("/api/v1/organisation/staff",
				Map.of("username", "Bad Name!", "displayName", "", "departmentCode", "SCJG", "roles", List.of(),
						"password", "short"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:validation");
		assertThat(response.jsonPath().getList("errors.field", String.class))
			.contains("username", "displayName", "roles", "password");
		assertThat(response.jsonPath().getList("errors.message", String.class)).contains("This field is required.");
	}

	@Test
	void an_invalid_credit_code_is_rejected_with_a_reason() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		Response response = admin.postJson("/api/v1/organisation/departments", Map.of("code", "TEST" + suffix()
			.toUpperCase().replaceAll("[^A-Z0-9]", ""), "nameZh", "测试局", "nameEn", "Test Bureau", "creditCode",
				"91350100M000100Y4Z", "divisionCode", "310000"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.jsonPath().getList("errors.field", String.class)).containsExactly("creditCode");
	}

	@Test
	void a_state_changing_call_without_the_csrf_token_is_refused() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		Response forged = admin.requestWithCsrfToken("forged").contentType("application/json")
			.body(account("csrf." + suffix())).post("/api/v1/organisation/staff");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:forbidden");
		Response missing = admin.requestWithCsrfToken(null).contentType("application/json")
			.body(account("csrf." + suffix())).post("/api/v1/organisation/staff");
		assertThat(missing.statusCode()).isEqualTo(403);
	}

	@Test
	void an_unknown_api_path_is_a_404_problem() {
		HallClient clerk = new HallClient(port).signedIn("scjg.clerk");
		Response response = clerk.get("/api/v1/no-such-thing");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:not-found");
	}

	private static Map<String, Object> account(String username) {
		return Map.of("username", username, "displayName", "新同事", "departmentCode", "MZJ", "roles",
				List.of("WINDOW_CLERK"), "password", "A-long-enough-password");
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
