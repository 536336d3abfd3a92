package org.govhall.catalog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors draft their own department's items, administrators review and publish; every published version is
 * kept, and a publication is searchable at once. All over the real HTTP API.
 */
@GovHallTest
class CatalogueEditingTests {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 900) * 10);

	@LocalServerPort
	int port;

	@Test
	void a_draft_is_reviewed_published_revised_and_both_versions_are_kept() {
		HallClient steward = new HallClient(port).signedIn("scjg.steward");
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String basic = nextBasicCode();

		Response created = steward.postJson("/api/v1/catalog/editor/items", newItem(basic, "SCJG", "电梯维修保养单位备案甲"));
		assertThat(created.statusCode()).isEqualTo(201);
		String code = created.jsonPath().getString("implementationCode");
		assertThat(code).endsWith(basic + "00").hasSize(30);
		assertThat(created.jsonPath().getString("status")).isEqualTo("DRAFT");
		assertThat(new HallClient(port).get("/api/v1/catalog/items/" + code).statusCode()).as("not public yet")
			.isEqualTo(404);

		assertThat(steward.post("/api/v1/catalog/editor/items/" + code + "/submission").jsonPath().getString("status"))
			.isEqualTo("IN_REVIEW");
		Response editInReview = steward.request().contentType("application/json")
			.body(content("电梯维修保养单位备案乙")).put("/api/v1/catalog/editor/items/" + code + "/draft");
		assertThat(editInReview.statusCode()).isEqualTo(409);

		assertThat(admin.post("/api/v1/catalog/editor/items/" + code + "/publication").jsonPath().getString("status"))
			.isEqualTo("PUBLISHED");
		assertThat(searchNames("电梯维修保养单位备案甲")).contains("电梯维修保养单位备案甲");

		Response revised = steward.request().contentType("application/json").body(content("电梯维修保养单位备案乙"))
			.put("/api/v1/catalog/editor/items/" + code + "/draft");
		assertThat(revised.jsonPath().getInt("version")).isEqualTo(2);
		assertThat(new HallClient(port).get("/api/v1/catalog/items/" + code).jsonPath().getString("content.name"))
			.as("the public still sees version 1").isEqualTo("电梯维修保养单位备案甲");
		steward.post("/api/v1/catalog/editor/items/" + code + "/submission");
		admin.post("/api/v1/catalog/editor/items/" + code + "/publication");

		HallClient anyone = new HallClient(port);
		assertThat(anyone.get("/api/v1/catalog/items/" + code).jsonPath().getString("content.name"))
			.isEqualTo("电梯维修保养单位备案乙");
		Response first = anyone.get("/api/v1/catalog/items/" + code + "/versions/1");
		assertThat(first.jsonPath().getString("status")).isEqualTo("SUPERSEDED");
		assertThat(first.jsonPath().getString("content.name")).isEqualTo("电梯维修保养单位备案甲");
		assertThat(anyone.get("/api/v1/catalog/items/" + code + "/versions").jsonPath().getList("version", Integer.class))
			.containsExactly(1, 2);
		assertThat(searchNames("电梯维修保养单位备案乙")).contains("电梯维修保养单位备案乙")
			.doesNotContain("电梯维修保养单位备案甲");
		assertThat(anyone.get("/services/" + code + "/versions/1").body().asString()).contains("电梯维修保养单位备案甲");

		Response audit = admin.get("/api/v1/audit/entries?objectId=" + code);
		assertThat(audit.jsonPath().getList("entries.action", String.class))
			.contains("catalog.draftCreated", "catalog.submitted", "catalog.published", "catalog.draftSaved");
	}

	@Test
	void editors_work_only_on_their_own_department_and_clerks_not_at_all() {
		String basic = nextBasicCode();
		Response otherDepartment = new HallClient(port).signedIn("swj.steward")
			.postJson("/api/v1/catalog/editor/items", newItem(basic, "SCJG", "跨部门事项"));
		assertThat(otherDepartment.statusCode()).isEqualTo(403);
		assertThat(otherDepartment.jsonPath().getString("detail")).contains("SCJG");
		Response clerk = new HallClient(port).signedIn("scjg.clerk")
			.postJson("/api/v1/catalog/editor/items", newItem(basic, "SCJG", "窗口人员事项"));
		assertThat(clerk.statusCode()).isEqualTo(403);
		Response stranger = new HallClient(port).get("/api/v1/catalog/editor/review");
		assertThat(stranger.statusCode()).isEqualTo(401);
		Response stewardPublishes = new HallClient(port).signedIn("scjg.steward").get("/api/v1/catalog/editor/review");
		assertThat(stewardPublishes.statusCode()).isEqualTo(403);
	}

	@Test
	void a_version_sent_back_carries_the_note_and_can_be_edited_again() {
		HallClient steward = new HallClient(port).signedIn("scjg.steward");
		String code = steward.postJson("/api/v1/catalog/editor/items", newItem(nextBasicCode(), "SCJG", "退回测试事项"))
			.jsonPath().getString("implementationCode");
		steward.post("/api/v1/catalog/editor/items/" + code + "/submission");
		Response sentBack = new HallClient(port).signedIn("sjj.admin")
			.postJson("/api/v1/catalog/editor/items/" + code + "/send-back", Map.of("note", "请补充设定依据"));
		assertThat(sentBack.jsonPath().getString("status")).isEqualTo("DRAFT");
		assertThat(sentBack.jsonPath().getString("reviewNote")).isEqualTo("请补充设定依据");
		assertThat(steward.request().contentType("application/json").body(content("退回测试事项（修改）"))
			.put("/api/v1/catalog/editor/items/" + code + "/draft").jsonPath().getInt("version")).isEqualTo(1);
	}

	@Test
	void invalid_content_is_refused_field_by_field_and_nothing_is_created() {
		HallClient steward = new HallClient(port).signedIn("scjg.steward");
		Map<String, Object> item = newItem("GG" + nextBasicCode().substring(2), "SCJG", "");
		Response response = steward.postJson("/api/v1/catalog/editor/items", item);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.jsonPath().getList("errors.field", String.class)).contains("content.name");

		Map<String, Object> content = content("承诺时限过长事项");
		content.put("promisedLimit", Map.of("value", 30, "unit", "WORKING_DAYS", "note", ""));
		Map<String, Object> tooLong = new HashMap<>(newItem(nextBasicCode(), "SCJG", "x"));
		tooLong.put("content", content);
		Response limit = steward.postJson("/api/v1/catalog/editor/items", tooLong);
		assertThat(limit.statusCode()).isEqualTo(400);
		assertThat(limit.jsonPath().getList("errors.message", String.class))
			.contains("承诺办结时限不能长于法定办结时限。");

		Response typeMismatch = steward.postJson("/api/v1/catalog/editor/items",
				newItem("GG" + nextBasicCode().substring(2), "SCJG", "类型不符事项"));
		assertThat(typeMismatch.statusCode()).isEqualTo(400);
	}

	@Test
	void an_item_is_suspended_from_a_future_date_and_a_past_date_is_refused() {
		HallClient steward = new HallClient(port).signedIn("scjg.steward");
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String code = steward.postJson("/api/v1/catalog/editor/items", newItem(nextBasicCode(), "SCJG", "暂停测试事项"))
			.jsonPath().getString("implementationCode");
		steward.post("/api/v1/catalog/editor/items/" + code + "/submission");
		admin.post("/api/v1/catalog/editor/items/" + code + "/publication");

		Response past = admin.postJson("/api/v1/catalog/editor/items/" + code + "/lifecycle",
				Map.of("lifecycle", "SUSPENDED", "from", "2020-01-01", "reason", "系统升级"));
		assertThat(past.statusCode()).isEqualTo(400);
		String nextMonth = LocalDate.now().plusMonths(1).toString();
		Response future = admin.postJson("/api/v1/catalog/editor/items/" + code + "/lifecycle",
				Map.of("lifecycle", "SUSPENDED", "from", nextMonth, "reason", "系统升级"));
		assertThat(future.statusCode()).isEqualTo(200);
		assertThat(future.jsonPath().getString("lifecycle")).isEqualTo("SUSPENDED");
		assertThat(new HallClient(port).get("/services/" + code).body().asString()).contains("将于", nextMonth);
	}

	private List<String> searchNames(String query) {
		return new HallClient(port).request().queryParam("q", query).get("/api/v1/catalog/search").jsonPath()
			.getList("items.name", String.class);
	}

	private static String nextBasicCode() {
		return String.format("XK9%04d%03d", NEXT.incrementAndGet() % 10000, NEXT.get() % 1000);
	}

	private static Map<String, Object> newItem(String basicCode, String department, String name) {
		return Map.of("basicCode", basicCode, "handlingCode", "00", "departmentCode", department, "divisionCode",
				"310000", "content", content(name));
	}

	private static Map<String, Object> content(String name) {
		Map<String, Object> content = new HashMap<>();
		content.put("name", name);
		content.put("type", "ADMINISTRATIVE_LICENSING");
		content.put("level", "MUNICIPAL");
		content.put("audiences", List.of("LEGAL_PERSON"));
		content.put("caseType", "PROMISED");
		content.put("legalLimit", Map.of("value", 20, "unit", "WORKING_DAYS", "note", "自受理之日起"));
		content.put("promisedLimit", Map.of("value", 5, "unit", "WORKING_DAYS", "note", ""));
		content.put("visits", 0);
		content.put("onlineDepth", "FULLY_ONLINE");
		content.put("fee", Map.of("charged", false, "standard", "", "basis", ""));
		content.put("lifeEvents", List.of("准营准办"));
		content.put("keywords", List.of("电梯"));
		return content;
	}
}
