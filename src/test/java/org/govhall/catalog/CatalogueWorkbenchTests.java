package org.govhall.catalog;

import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue pages of the staff workbench, by role, and the public guide pages' errors. */
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
}
