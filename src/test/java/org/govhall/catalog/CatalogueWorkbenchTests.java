package org.govhall.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue pages of the staff workbench, by role, and the public guide pages' errors; the item editor's rows
 * (guide and application form) posted as a plain form, as a browser without script does.
 */
@GovHallTest
class CatalogueWorkbenchTests {

	@LocalServerPort
	int port;

	@Test
	void an_editor_sees_the_departments_items_and_no_review_queue() {
		Response page = new HallClient(port).signedIn("scjg.steward").request().accept("text/html")
			.get("/workbench/catalogue");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().asString()).contains("本部门事项", "有限责任公司设立登记").doesNotContain("待审核", "导入目录");
	}

	@Test
	void an_administrator_sees_review_import_and_export() {
		Response page = new HallClient(port).signedIn("sjj.admin").request().accept("text/html")
			.get("/workbench/catalogue");
		assertThat(page.body().asString()).contains("待审核", "导入目录", "导出为 Excel");
		assertThat(new HallClient(port).signedIn("sjj.admin").get("/workbench").body().asString()).contains("事项目录");
	}

	@Test
	void a_clerk_may_not_manage_the_catalogue() {
		Response page = new HallClient(port).signedIn("scjg.clerk").request().accept("text/html")
			.get("/workbench/catalogue");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body().asString()).contains("无权访问", "事项编辑仅供数据管理员和系统管理员使用");
		assertThat(new HallClient(port).signedIn("scjg.clerk").get("/workbench").body().asString())
			.doesNotContain("事项目录");
	}

	@Test
	void an_unknown_guide_is_a_friendly_404_naming_the_code() {
		Response page = new HallClient(port).request().accept("text/html").get("/services/NO-SUCH-ITEM");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body().asString()).contains("页面不存在", "NO-SUCH-ITEM");
	}

	@Test
	void an_editor_creates_an_item_with_the_form_and_sees_each_mistake_named() {
		HallClient steward = new HallClient(port).signedIn("scjg.steward");
		steward.get("/workbench/catalogue/items/new");
		Response invalid = steward.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
			.formParam("basicCode", "XK93001001").formParam("handlingCode", "00").formParam("name", "")
			.formParam("type", "ADMINISTRATIVE_LICENSING").formParam("level", "MUNICIPAL")
			.formParam("audiences", "LEGAL_PERSON").formParam("caseType", "PROMISED").formParam("legalLimit", "20")
			.formParam("legalUnit", "WORKING_DAYS").formParam("promisedLimit", "30").formParam("promisedUnit", "WORKING_DAYS")
			.formParam("visits", "0").formParam("onlineDepth", "FULLY_ONLINE").formParam("lifeEvents", "")
			.post("/workbench/catalogue/items");
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body().asString()).contains("请修改以下内容", "事项名称", "承诺办结时限不能长于法定办结时限");

		Response created = steward.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
			.formParam("basicCode", "XK93001001").formParam("handlingCode", "00").formParam("name", "表单新建测试事项")
			.formParam("type", "ADMINISTRATIVE_LICENSING").formParam("level", "MUNICIPAL")
			.formParam("audiences", "LEGAL_PERSON").formParam("caseType", "PROMISED").formParam("legalLimit", "20")
			.formParam("legalUnit", "WORKING_DAYS").formParam("promisedLimit", "5").formParam("promisedUnit", "WORKING_DAYS")
			.formParam("visits", "0").formParam("onlineDepth", "FULLY_ONLINE").formParam("lifeEvents", "准营准办")
			.formParam("keywords", "表单\n测试").post("/workbench/catalogue/items");
		assertThat(created.statusCode()).isEqualTo(302);
		String edit = created.header("Location");
		assertThat(edit).contains("XK9300100100/edit");
		assertThat(steward.get(edit).body().asString()).contains("表单新建测试事项", "草稿");
		assertThat(new HallClient(port).signedIn("swj.steward").request().accept("text/html").get(edit).statusCode())
			.isEqualTo(403);
	}

	@Test
	void an_administrator_suspends_an_item_from_the_workbench_and_the_guide_says_so() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String code = new HallClient(port).request().queryParam("q", "小餐饮登记").get("/api/v1/catalog/search")
			.jsonPath().getString("items[0].implementationCode");
		admin.get("/workbench/catalogue");
		Response changed = admin.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
			.formParam("code", code).formParam("lifecycle", "SUSPENDED").formParam("from", "")
			.formParam("reason", "系统升级暂停受理").post("/workbench/catalogue/lifecycle");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(admin.get(changed.header("Location")).body().asString()).contains("已变更");
		assertThat(new HallClient(port).request().accept("text/html").get("/services/" + code).body().asString())
			.contains("暂停办理", "系统升级暂停受理");
		Response unknown = admin.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
			.formParam("code", "NO-SUCH").formParam("lifecycle", "RETIRED").formParam("reason", "x")
			.post("/workbench/catalogue/lifecycle");
		assertThat(admin.get(unknown.header("Location")).body().asString()).contains("NO-SUCH");
	}

	@Test
	void the_services_page_browses_by_district() {
		Response page = new HallClient(port).request().accept("text/html").get("/services?division=310115");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().asString()).contains("按区域", "浦东新区", "浦东新区有限责任公司设立登记（一业一证）")
			.doesNotContain(">有限责任公司设立登记<");
	}

	@Test
	void a_draft_with_two_materials_and_three_form_fields_saved_through_the_rows_comes_back_as_its_content() {
		HallClient steward = new HallClient(port).signedIn("scjg.steward");
		String code = draft(steward, "XK99101002", "结构化编辑测试事项");

		JsonPath content = contentOf(steward, code);
		assertThat(content.getList("guide.basis", String.class)).containsExactly("《测试条例》第三条");
		assertThat(content.getList("guide.materials.name", String.class)).containsExactly("申请书", "场地证明");
		assertThat(content.getString("guide.materials[1].required")).isEqualTo("CONDITIONAL");
		assertThat(content.getString("guide.materials[1].condition")).isEqualTo("租用场地的");
		assertThat(content.getString("guide.materials[1].source")).isEqualTo("SHARED_DATA");
		assertThat(content.getList("guide.materials[0].fileFormats", String.class)).containsExactly("pdf", "ofd");
		assertThat(content.getInt("guide.materials[0].maxSizeMb")).isEqualTo(5);
		assertThat(content.getBoolean("guide.materials[0].blankForm")).isTrue();
		assertThat(content.getBoolean("guide.specialProcedures[0].countsTowardLimit")).isFalse();
		assertThat(content.getString("guide.result.name")).isEqualTo("测试许可证");
		assertThat(content.getList("form.fields.name", String.class))
			.containsExactly("companyName", "operatingTerm", "startDay");
		assertThat(content.getString("form.fields[0].element")).isEqualTo("COMPANY_NAME");
		assertThat(content.getList("form.fields[1].options", String.class)).containsExactly("长期", "20年");
		assertThat(content.getString("form.rules[0].kind")).isEqualTo("REQUIRED_IF");

		String page = steward.get("/workbench/catalogue/items/" + code + "/edit").body().asString();
		assertThat(page).contains("value=\"场地证明\"", "申请表预览", "企业名称", "营业期限", "（必填）", "type=\"date\"");
	}

	@Test
	void adding_moving_and_removing_rows_shows_the_form_again_and_saves_nothing() {
		HallClient steward = new HallClient(port).signedIn("scjg.steward");
		String code = draft(steward, "XK99101003", "整理表格测试事项");
		Map<String, String> form = structuredItem("XK99101003", "整理表格测试事项（未保存）");

		form.put("row", "up:form.fields:2");
		String moved = steward.postForm("/workbench/catalogue/items/" + code, form).body().asString();
		assertThat(moved).contains("申请表字段：已上移至第 2 行，尚未保存。", "整理表格测试事项（未保存）");
		assertThat(moved.indexOf("value=\"startDay\"")).isLessThan(moved.indexOf("value=\"operatingTerm\""));
		assertThat(moved).containsPattern("id=\"up-form\\.fields\\[1]\"[^>]*autofocus");

		form.put("row", "add:guide.materials");
		String added = steward.postForm("/workbench/catalogue/items/" + code, form).body().asString();
		assertThat(added).contains("申报材料：已添加第 3 行", "id=\"guide.materials[2].name\"", "value=\"场地证明\"")
			.containsPattern("id=\"guide\\.materials\\[2]\\.name\"[^>]*autofocus");

		form.put("row", "remove:guide.materials:0");
		String removed = steward.postForm("/workbench/catalogue/items/" + code, form).body().asString();
		assertThat(removed).contains("申报材料：已删除第 1 行").doesNotContain("value=\"申请书\"")
			.doesNotContain("id=\"guide.materials[1].name\"");

		form.remove("row");
		form.put("preview", "form");
		assertThat(steward.postForm("/workbench/catalogue/items/" + code, form).body().asString())
			.containsPattern("id=\"preview\"[^>]*autofocus").contains("营业期限");

		JsonPath saved = contentOf(steward, code);
		assertThat(saved.getString("name")).isEqualTo("整理表格测试事项");
		assertThat(saved.getList("form.fields.name", String.class))
			.containsExactly("companyName", "operatingTerm", "startDay");
		assertThat(saved.getList("guide.materials.name", String.class)).containsExactly("申请书", "场地证明");
	}

	@Test
	void a_choice_without_options_and_a_conditional_material_without_condition_are_refused_at_their_rows() {
		HallClient steward = new HallClient(port).signedIn("scjg.steward");
		String code = draft(steward, "XK99101004", "错误行测试事项");
		Map<String, String> form = structuredItem("XK99101004", "错误行测试事项（改）");
		form.put("form.fields[1].options", "");
		form.put("guide.materials[1].condition", " ");

		Response refused = steward.postForm("/workbench/catalogue/items/" + code, form);
		assertThat(refused.statusCode()).isEqualTo(200);
		String page = refused.body().asString();
		assertThat(page).contains("请修改以下内容", "href=\"#form.fields[1].options\"",
				"申请表字段第 2 行 · 可选项：选择字段须列出可选项（options）。",
				"href=\"#guide.materials[1].condition\"");
		assertThat(page).containsPattern("id=\"form\\.fields\\[1]\\.options\"[^>]*aria-invalid=\"true\"")
			.containsPattern("aria-describedby=\"form\\.fields\\[1]\\.options-hint form\\.fields\\[1]\\.options-error\"")
			.containsPattern("id=\"form\\.fields\\[1]\\.options-error\" class=\"field-error\">选择字段须列出可选项")
			.containsPattern("id=\"guide\\.materials\\[1]\\.condition-error\" class=\"field-error\">按情形提供的材料须写明情形");
		assertThat(contentOf(steward, code).getString("name")).as("nothing saved").isEqualTo("错误行测试事项");

		form.put("form.fields[1].options", "长期");
		form.put("guide.materials[1].copies", "两份");
		form.put("guide.materials[1].condition", "租用场地的");
		assertThat(steward.postForm("/workbench/catalogue/items/" + code, form).body().asString())
			.contains("纸质份数：请输入整数。");
		assertThat(contentOf(steward, code).getString("name")).isEqualTo("错误行测试事项");
	}

	/** Creates a draft through the structured form; answers its implementation code. */
	private static String draft(HallClient steward, String basicCode, String name) {
		steward.get("/workbench/catalogue/items/new");
		Response created = steward.postForm("/workbench/catalogue/items", structuredItem(basicCode, name));
		assertThat(created.statusCode()).as(created.body().asString()).isEqualTo(302);
		return created.header("Location").replaceAll(".*/items/(.*)/edit", "$1");
	}

	/** The editor's form for an item with a guide of two materials and a form of three fields, as a browser posts it. */
	private static Map<String, String> structuredItem(String basicCode, String name) {
		Map<String, String> form = new LinkedHashMap<>();
		form.putAll(Map.of("basicCode", basicCode, "handlingCode", "00", "name", name, "type",
				"ADMINISTRATIVE_LICENSING", "level", "MUNICIPAL", "audiences", "LEGAL_PERSON", "caseType", "PROMISED"));
		form.putAll(Map.of("legalLimit", "20", "legalUnit", "WORKING_DAYS", "promisedLimit", "5", "promisedUnit",
				"WORKING_DAYS", "visits", "0", "onlineDepth", "FULLY_ONLINE", "lifeEvents", "准营准办"));
		form.putAll(Map.of("guide.basis[0]", "《测试条例》第三条", "guide.conditions[0]", "依法设立的企业",
				"guide.steps[0].name", "网上申请", "guide.steps[0].description", "登录一网通办提交", "guide.location",
				"市政务服务中心", "guide.hours", "工作日 9:00-17:00", "guide.consultation", "12345", "guide.supervision",
				"12345", "guide.resultType", "LICENCE", "guide.resultName", "测试许可证"));
		form.putAll(Map.of("guide.specialProcedures[0].name", "现场核查", "guide.specialProcedures[0].time", "5个工作日",
				"_guide.specialProcedures[0].countsTowardLimit", "on"));
		material(form, 0, "申请书", "REQUIRED", "", "APPLICANT", "");
		form.putAll(Map.of("guide.materials[0].fileFormats", "PDF, .ofd", "guide.materials[0].maxSizeMb", "5",
				"guide.materials[0].blankForm", "true"));
		material(form, 1, "场地证明", "CONDITIONAL", "租用场地的", "SHARED_DATA", "不动产登记信息");
		form.putAll(Map.of("form.fields[0].name", "companyName", "form.fields[0].element", "COMPANY_NAME",
				"form.fields[0].required", "true", "form.fields[0].hint", "须经名称自主申报"));
		form.putAll(Map.of("form.fields[1].name", "operatingTerm", "form.fields[1].label", "营业期限",
				"form.fields[1].type", "CHOICE", "form.fields[1].options", "长期\n20年", "form.fields[1].required", "true"));
		form.putAll(Map.of("form.fields[2].name", "startDay", "form.fields[2].label", "开业日期", "form.fields[2].type",
				"DATE"));
		form.putAll(Map.of("form.rules[0].kind", "REQUIRED_IF", "form.rules[0].field", "startDay", "form.rules[0].other",
				"operatingTerm", "form.rules[0].value", "20年"));
		return form;
	}

	private static void material(Map<String, String> form, int row, String name, String required, String condition,
			String source, String sourceDetail) {
		String at = "guide.materials[" + row + "].";
		form.putAll(Map.of(at + "name", name, at + "kind", "ORIGINAL", at + "form", "PAPER_OR_ELECTRONIC",
				at + "required", required, at + "condition", condition, at + "source", source, at + "sourceDetail",
				sourceDetail, at + "copies", "1", at + "fileFormats", "pdf"));
	}

	private JsonPath contentOf(HallClient steward, String code) {
		Response items = steward.request().queryParam("department", "SCJG").get("/api/v1/catalog/editor/items");
		return new JsonPath(items.body().asString()).setRootPath("find { it.implementationCode == '" + code + "' }.content");
	}
}
