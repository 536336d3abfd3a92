package org.govhall.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A catalogue file is imported whole or not at all, with a report naming every rejected entry. */
@GovHallTest
class CatalogueImportTests {

	@LocalServerPort
	int port;

	@Test
	void a_file_with_any_bad_entry_imports_nothing_and_reports_each_problem() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		long before = total();
		Map<String, Object> good = item("XK98001001", "SCJG", "导入测试事项甲");
		Map<String, Object> duplicate = item("XK98001001", "SCJG", "导入测试事项重复");
		Map<String, Object> unknownDepartment = item("XK98001002", "NOSUCH", "导入测试事项乙");
		Map<String, Object> wrongType = item("GG98001003", "SCJG", "导入测试事项丙");
		Map<String, Object> noName = item("XK98001004", "SCJG", "");
		Map<String, Object> bundle = Map.of("code", "YJS-IMPORT", "name", "导入测试一件事", "audiences",
				List.of("LEGAL_PERSON"), "description", "测试", "promisedLimit",
				Map.of("value", 1, "unit", "WORKING_DAYS", "note", ""), "stages",
				List.of(List.of("XK98001001"), List.of("XK98009999")));

		Response response = admin.postJson("/api/v1/catalog/editor/import", Map.of("items",
				List.of(good, duplicate, unknownDepartment, wrongType, noName), "bundles", List.of(bundle)));

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.jsonPath().getBoolean("imported")).isFalse();
		assertThat(response.jsonPath().getList("problems.entry", String.class))
			.contains("items[1]", "items[2]", "items[3]", "items[4]", "bundles[0]").doesNotContain("items[0]");
		assertThat(response.jsonPath().getList("problems.message", String.class))
			.anySatisfy(m -> assertThat(m).contains("NOSUCH"))
			.anySatisfy(m -> assertThat(m).contains("XK98009999"));
		assertThat(total()).as("nothing half-imported").isEqualTo(before);
	}

	@Test
	void a_clean_file_is_imported_published_and_searchable() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		long before = total();
		Response response = admin.postJson("/api/v1/catalog/editor/import",
				Map.of("items", List.of(item("XK98002001", "SCJG", "导入测试燃气经营许可"),
						item("XK98002002", "SCJG", "导入测试危险化学品经营许可"))));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.jsonPath().getInt("items")).isEqualTo(2);
		assertThat(total()).isEqualTo(before + 2);
		assertThat(new HallClient(port).request().queryParam("q", "燃气经营").get("/api/v1/catalog/search").jsonPath()
			.getList("items.name", String.class)).contains("导入测试燃气经营许可");
	}

	@Test
	void only_administrators_import_and_a_malformed_file_is_a_clear_problem() {
		Response steward = new HallClient(port).signedIn("scjg.steward").postJson("/api/v1/catalog/editor/import",
				Map.of("items", List.of()));
		assertThat(steward.statusCode()).isEqualTo(403);
		Response broken = new HallClient(port).signedIn("sjj.admin").request().contentType("application/json")
			.body("{\"items\": [ {\"basicCode\": ").post("/api/v1/catalog/editor/import");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.contentType()).startsWith("application/problem+json");
	}

	private long total() {
		return new HallClient(port).get("/api/v1/catalog/items?size=1").jsonPath().getLong("total");
	}

	private static Map<String, Object> item(String basicCode, String department, String name) {
		Map<String, Object> item = new HashMap<>();
		item.put("basicCode", basicCode);
		item.put("handlingCode", "00");
		item.put("department", department);
		item.put("divisionCode", "310000");
		item.put("monthlyApplications", 10);
		item.put("name", name);
		item.put("type", "ADMINISTRATIVE_LICENSING");
		item.put("level", "MUNICIPAL");
		item.put("audiences", List.of("LEGAL_PERSON"));
		item.put("caseType", "PROMISED");
		item.put("legalLimit", Map.of("value", 20, "unit", "WORKING_DAYS", "note", ""));
		item.put("promisedLimit", Map.of("value", 5, "unit", "WORKING_DAYS", "note", ""));
		item.put("visits", 0);
		item.put("onlineDepth", "FULLY_ONLINE");
		item.put("fee", Map.of("charged", false, "standard", "", "basis", ""));
		item.put("lifeEvents", List.of("准营准办"));
		item.put("keywords", List.of());
		return item;
	}
}
