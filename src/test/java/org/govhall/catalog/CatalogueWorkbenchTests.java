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
		assertThat(page.body().asString()).contains("无权访问", "您只能编辑本部门的事项");
		assertThat(new HallClient(port).signedIn("scjg.clerk").get("/workbench").body().asString())
			.doesNotContain("事项目录");
	}

	@Test
	void an_unknown_guide_is_a_friendly_404_naming_the_code() {
		Response page = new HallClient(port).request().accept("text/html").get("/services/NO-SUCH-ITEM");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body().asString()).contains("页面不存在", "NO-SUCH-ITEM");
	}
}
