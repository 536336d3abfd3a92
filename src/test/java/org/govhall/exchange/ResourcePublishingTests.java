package org.govhall.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every term of a published resource comes from its closed set and fits its register: a missing or wrong value is a
 * 400 problem naming the property (in Chinese and English), never a database error, and nothing is stored.
 */
@GovHallTest
class ResourcePublishingTests {

	private static int next;

	@LocalServerPort
	int port;

	@Test
	void a_complete_description_is_published_with_its_terms() {
		Map<String, Object> resource = resource(r -> r.put("updateCycle", "QUARTERLY"));
		Response published = steward().postJson("/api/v1/exchange/resources", resource);
		assertThat(published.statusCode()).as(published.asString()).isEqualTo(201);
		assertThat(published.jsonPath().getString("updateCycle")).isEqualTo("QUARTERLY");
		assertThat(published.jsonPath().getList("fields.label", String.class)).containsExactly("性别", "出生日期");
	}

	@Test
	void the_subject_key_must_be_given_and_fit_the_register() {
		refused(r -> r.remove("subjectKey"), "subjectKey", "null");
		refused(r -> r.put("subjectKey", "PASSPORT"), "subjectKey", "PASSPORT", "ID_NUMBER, CREDIT_CODE");
		refused(r -> r.put("subjectKey", "CREDIT_CODE"), "PERSON", "ID_NUMBER", "CREDIT_CODE");
	}

	@Test
	void the_open_type_update_cycle_and_format_come_from_their_closed_sets() {
		refused(r -> r.remove("openType"), "openType", "OPEN, CONDITIONAL_OPEN, NOT_OPEN");
		refused(r -> r.put("openType", "PUBLIC"), "openType", "PUBLIC");
		refused(r -> r.remove("updateCycle"), "updateCycle", "REAL_TIME");
		refused(r -> r.put("updateCycle", "HOURLY"), "updateCycle", "HOURLY");
		refused(r -> r.remove("format"), "format", "API, DATABASE, FILE");
		refused(r -> r.put("format", "EXCEL"), "format", "EXCEL");
	}

	@Test
	void the_provider_must_be_a_department_code() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		Response missing = admin.postJson("/api/v1/exchange/resources", resource(r -> r.remove("providerDepartment")));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.jsonPath().getString("detail")).contains("提供部门");
	}

	@Test
	void each_field_has_a_known_type_that_matches_its_column() {
		refused(r -> field(r, 0, "dataType", "TEXT"), "gender", "dataType", "TEXT", "STRING, DATE, DECIMAL");
		refused(r -> field(r, 0, "dataType", null), "gender", "dataType", "null");
		refused(r -> field(r, 1, "dataType", "STRING"), "birth_date", "DATE", "STRING");
	}

	@Test
	void each_field_has_a_length_within_its_column() {
		refused(r -> field(r, 0, "length", 0), "gender", "6");
		refused(r -> field(r, 0, "length", 7), "gender", "6");
	}

	@Test
	void each_field_has_a_label_and_a_description_and_appears_once() {
		refused(r -> field(r, 0, "label", " "), "gender", "label");
		refused(r -> field(r, 0, "label", "很".repeat(101)), "gender", "label");
		refused(r -> field(r, 1, "description", null), "birth_date", "description");
		refused(r -> r.put("fields", List.of(gender(), gender())), "gender", "重复");
	}

	@Test
	void refusals_are_explained_in_english_too() {
		Map<String, Object> resource = resource(r -> field(r, 0, "dataType", "TEXT"));
		Response refused = new HallClient(port, "en").signedIn("gaj.steward").postJson("/api/v1/exchange/resources",
				resource);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.jsonPath().getString("detail"))
			.isEqualTo("Field gender: dataType \"TEXT\" is not valid; choose one of STRING, DATE, DECIMAL.");
		Response cycle = new HallClient(port, "en").signedIn("gaj.steward").postJson("/api/v1/exchange/resources",
				resource(r -> r.put("updateCycle", "HOURLY")));
		assertThat(cycle.jsonPath().getString("detail")).startsWith("updateCycle: \"HOURLY\" is not valid");
	}

	private void refused(Consumer<Map<String, Object>> change, String... mentioned) {
		Map<String, Object> resource = resource(change);
		HallClient steward = steward();
		Response response = steward.postJson("/api/v1/exchange/resources", resource);
		assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
		assertThat(response.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:validation");
		assertThat(response.jsonPath().getString("detail")).contains(mentioned);
		assertThat(steward.get("/api/v1/exchange/resources/" + resource.get("code")).statusCode())
			.as("nothing stored").isEqualTo(404);
	}

	private HallClient steward;

	private HallClient steward() {
		if (steward == null) {
			steward = new HallClient(port).signedIn("gaj.steward");
		}
		return steward;
	}

	@SuppressWarnings("unchecked")
	private static void field(Map<String, Object> resource, int index, String property, Object value) {
		List<Map<String, Object>> fields = new java.util.ArrayList<>((List<Map<String, Object>>) resource.get("fields"));
		Map<String, Object> field = new HashMap<>(fields.get(index));
		field.put(property, value);
		fields.set(index, field);
		resource.put("fields", fields);
	}

	private static Map<String, Object> resource(Consumer<Map<String, Object>> change) {
		Map<String, Object> resource = new HashMap<>(Map.of("code", "GAJ-CHECK-" + (++next) + "-"
				+ Long.toString(System.nanoTime() % 100_000), "name", "出生信息核验", "providerDepartment", "GAJ",
				"description", "核验性别与出生日期（发布规则测试）", "register", "PERSON", "subjectKey", "ID_NUMBER",
				"sharingType", "CONDITIONAL", "openType", "NOT_OPEN", "updateCycle", "REAL_TIME", "format", "API"));
		resource.put("fields", List.of(gender(), Map.of("name", "birth_date", "label", "出生日期", "dataType", "DATE",
				"length", 10, "description", "公历出生日期", "personal", true, "sensitive", false)));
		change.accept(resource);
		return resource;
	}

	private static Map<String, Object> gender() {
		return Map.of("name", "gender", "label", "性别", "dataType", "STRING", "length", 6, "description", "性别",
				"personal", true, "sensitive", false);
	}
}
