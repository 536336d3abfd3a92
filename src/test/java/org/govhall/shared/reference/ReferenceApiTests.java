package org.govhall.shared.reference;

import java.util.Map;

import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public reference API: calendar, divisions and identifier checks, open to anyone, in both languages. */
@GovHallTest
class ReferenceApiTests {

	@LocalServerPort
	int port;

	@Test
	void a_deadline_counts_over_the_national_day_holiday_and_its_make_up_day() {
		Response response = new HallClient(port)
			.get("/api/v1/reference/working-days/deadline?received=2026-09-30&workingDays=5");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.jsonPath().getString("deadline")).isEqualTo("2026-10-13");
		assertThat(response.jsonPath().getInt("calendarDays")).isEqualTo(13);
		assertThat(response.jsonPath().getBoolean("officialData")).isTrue();
	}

	@Test
	void a_make_up_saturday_is_a_working_day_and_a_year_without_data_says_so() {
		HallClient anyone = new HallClient(port);
		Response makeUp = anyone.get("/api/v1/reference/working-days/2026-10-10");
		assertThat(makeUp.jsonPath().getBoolean("workingDay")).isTrue();
		assertThat(makeUp.jsonPath().getBoolean("officialData")).isTrue();
		Response future = anyone.get("/api/v1/reference/working-days/2031-10-01");
		assertThat(future.jsonPath().getBoolean("workingDay")).isTrue();
		assertThat(future.jsonPath().getBoolean("officialData")).isFalse();
	}

	@Test
	void working_days_between_two_dates() {
		Response response = new HallClient(port)
			.get("/api/v1/reference/working-days/between?from=2026-09-30&to=2026-10-13");
		assertThat(response.jsonPath().getInt("workingDays")).isEqualTo(5);
	}

	@Test
	void a_malformed_date_is_a_bilingual_problem() {
		Response zh = new HallClient(port).get("/api/v1/reference/working-days/deadline?received=2026-13-01&workingDays=5");
		assertThat(zh.statusCode()).isEqualTo(400);
		assertThat(zh.contentType()).startsWith("application/problem+json");
		assertThat(zh.jsonPath().getString("title")).isEqualTo("提交的内容有误");
		assertThat(zh.jsonPath().getString("errors[0].field")).isEqualTo("received");
		Response en = new HallClient(port, "en").get("/api/v1/reference/working-days/deadline?received=2026-10-01&workingDays=-1");
		assertThat(en.statusCode()).isEqualTo(400);
		assertThat(en.jsonPath().getString("title")).isEqualTo("Some of what you submitted is not valid");
	}

	@Test
	void a_division_shows_its_place_and_an_abolished_one_its_successor() {
		HallClient anyone = new HallClient(port);
		Response pudong = anyone.get("/api/v1/reference/divisions/310115");
		assertThat(pudong.jsonPath().getString("name")).isEqualTo("浦东新区");
		assertThat(pudong.jsonPath().getList("path", String.class)).startsWith("上海市").endsWith("浦东新区");
		Response luwan = anyone.get("/api/v1/reference/divisions/310103");
		assertThat(luwan.jsonPath().getBoolean("current")).isFalse();
		assertThat(luwan.jsonPath().getString("successorCode")).isEqualTo("310101");
		assertThat(anyone.get("/api/v1/reference/divisions/310100/children").jsonPath().getList("code", String.class))
			.contains("310115").doesNotContain("310103");
		Response unknown = anyone.get("/api/v1/reference/divisions/999999");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.jsonPath().getString("detail")).contains("999999");
	}

	@Test
	void an_identity_number_check_explains_a_wrong_check_character_in_both_languages() {
		Response zh = new HallClient(port).postJson("/api/v1/reference/checks/identity-number",
				Map.of("value", "110105194912310029"));
		assertThat(zh.statusCode()).isEqualTo(200);
		assertThat(zh.jsonPath().getBoolean("valid")).isFalse();
		assertThat(zh.jsonPath().getString("errors[0].code")).isEqualTo("validation.identityNumber.checkCharacter");
		assertThat(zh.jsonPath().getString("errors[0].message")).contains("校验位", "X");
		Response en = new HallClient(port, "en").postJson("/api/v1/reference/checks/identity-number",
				Map.of("value", "110105194912310029"));
		assertThat(en.jsonPath().getString("errors[0].message")).contains("check character", "X");
	}

	@Test
	void a_valid_identity_number_tells_birth_date_gender_and_division() {
		Response response = new HallClient(port).postJson("/api/v1/reference/checks/identity-number",
				Map.of("value", "11010519491231002X"));
		assertThat(response.jsonPath().getBoolean("valid")).isTrue();
		assertThat(response.jsonPath().getString("birthDate")).isEqualTo("1949-12-31");
		assertThat(response.jsonPath().getString("gender")).isEqualTo("FEMALE");
		assertThat(response.jsonPath().getString("division.name")).isEqualTo("朝阳区");
	}

	@Test
	void a_credit_code_check_separates_errors_from_warnings() {
		HallClient anyone = new HallClient(port);
		Response valid = anyone.postJson("/api/v1/reference/checks/credit-code", Map.of("value", "91350100M000100Y43"));
		assertThat(valid.jsonPath().getBoolean("valid")).isTrue();
		assertThat(valid.jsonPath().getList("errors")).isEmpty();
		Response wrong = anyone.postJson("/api/v1/reference/checks/credit-code", Map.of("value", "91350100M000100Y4Z"));
		assertThat(wrong.jsonPath().getBoolean("valid")).isFalse();
		assertThat(wrong.jsonPath().getString("errors[0].message")).contains("Z");
		Response missing = anyone.postJson("/api/v1/reference/checks/credit-code", Map.of());
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.jsonPath().getList("errors.field", String.class)).containsExactly("value");
	}

	@Test
	void only_an_administrator_may_reload_the_calendar_and_it_is_audited() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		long reloads = reloadsBy(admin, "sjj.admin");
		long refusedReloads = reloadsBy(admin, "scjg.clerk");
		HallClient stranger = new HallClient(port);
		// without the CSRF token the request is refused before anyone asks who is calling
		assertThat(stranger.post("/api/v1/admin/calendar/reload").statusCode()).isEqualTo(403);
		stranger.get("/login");
		assertThat(stranger.post("/api/v1/admin/calendar/reload").statusCode()).isEqualTo(401);
		assertThat(new HallClient(port).signedIn("scjg.clerk").post("/api/v1/admin/calendar/reload").statusCode())
			.isEqualTo(403);
		Response reloaded = admin.post("/api/v1/admin/calendar/reload");
		assertThat(reloaded.statusCode()).isEqualTo(200);
		assertThat(reloaded.jsonPath().getList("yearsWithData", Integer.class)).contains(2025, 2026);
		assertThat(reloadsBy(admin, "sjj.admin")).as("this reload, once").isEqualTo(reloads + 1);
		assertThat(reloadsBy(admin, "scjg.clerk")).as("a refused reload is no reload").isEqualTo(refusedReloads);
	}

	private static long reloadsBy(HallClient admin, String actor) {
		return admin.get("/api/v1/audit/entries?action=calendar.reloaded&actor=" + actor).jsonPath().getLong("total");
	}
}
